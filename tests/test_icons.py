"""The store icons: drawn by skill_tools.icons, committed as the PNGs the manifest names, legible small."""
from __future__ import annotations

import pytest

PIL = pytest.importorskip("PIL", reason="the icon tests draw with Pillow (pip install '.[test]')")
from PIL import Image, ImageChops  # noqa: E402

from interaction_model import MODEL_DIR, load_manifest  # noqa: E402
from skill_tools.icons import BACKGROUND, BONE, ICON_DIR, ICONS, LUMBAR, draw, main  # noqa: E402
from skill_tools.validate.asset_rules import png_size  # noqa: E402

COMMITTED = MODEL_DIR / ICON_DIR


@pytest.mark.parametrize("name, side", ICONS.items())
def test_the_committed_icon_is_what_the_generator_draws(name: str, side: int) -> None:
    committed = Image.open(COMMITTED / name).convert("RGB")
    drawn = draw(side)
    assert committed.size == drawn.size == (side, side)
    # A small tolerance absorbs resampling changes between Pillow releases; any change of design is far larger.
    low, high = zip(*ImageChops.difference(committed, drawn).getextrema())
    assert max(high) <= 3, "the icons differ from what skill_tools.icons draws: run python -m skill_tools.icons"


def test_every_locale_names_the_committed_icons() -> None:
    for locale, info in load_manifest()["manifest"]["publishingInformation"]["locales"].items():
        assert (info["smallIconUri"], info["largeIconUri"]) == \
            ("file://assets/images/small-icon.png", "file://assets/images/large-icon.png"), locale
    assert png_size(COMMITTED / "small-icon.png") == (108, 108)
    assert png_size(COMMITTED / "large-icon.png") == (512, 512)


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("colour", [BONE, LUMBAR], ids=["vertebra", "lumbar vertebra"])
def test_the_shapes_stand_out_from_the_background(colour) -> None:
    # WCAG 2.1 asks 3:1 of graphical objects that must be recognised.
    assert contrast(colour, BACKGROUND) >= 3


def near(a: tuple[int, int, int], b: tuple[int, int, int], tolerance: int = 12) -> bool:
    return max(abs(x - y) for x, y in zip(a, b)) <= tolerance


def test_at_108_pixels_the_spine_is_big_and_solid_enough_to_read() -> None:
    small = Image.open(COMMITTED / "small-icon.png").convert("RGB")
    colours = small.getcolors(108 * 108)  # (count, colour) for every colour used
    total = sum(count for count, _ in colours)
    shape = [(count, c) for count, c in colours if contrast(c, BACKGROUND) >= 2]
    in_shape = sum(count for count, _ in shape)
    assert 0.15 <= in_shape / total <= 0.6, "the spine should fill a good part of the icon, not all of it"
    # Solid colour, not a blur: most of the spine is (nearly) one of its two colours, edges are thin.
    solid = sum(count for count, c in shape if near(c, BONE) or near(c, LUMBAR))
    assert solid / in_shape >= 0.75


def test_the_generator_writes_both_pngs_where_asked(tmp_path, capsys) -> None:
    assert main(["--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(ICONS)
    assert all(png_size(tmp_path / name) == (side, side) for name, side in ICONS.items())
    assert capsys.readouterr().out.count("wrote ") == 2
