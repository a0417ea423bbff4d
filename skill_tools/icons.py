"""The skill's store icons, drawn by code so anyone can regenerate them: `python -m skill_tools.icons`.

Amazon wants a 108 x 108 and a 512 x 512 PNG per locale. Both are drawn here from one description (a
spine seen from the front on a teal field, its lumbar vertebrae picked out in warm orange), each at its own size, so
the small one is drawn for 108 pixels rather than shrunk from the large: few, bold shapes that stay
legible in the Alexa app's lists. Drawing at four times the size and scaling down once smooths the
edges; nothing random and no fonts are involved, so the same Pillow gives the same pixels.

Pillow is a developer dependency (the `test` extra), not something the skill ships with.
tests/test_icons.py checks the committed files are what this module draws.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from skill_tools.project import locate

if TYPE_CHECKING:  # pragma: no cover
    from PIL.Image import Image

#: Where the icons live, relative to the folder holding skill.json (as in an ASK CLI skill package).
ICON_DIR = Path("assets") / "images"
#: file name -> side in pixels, as the manifest names them (smallIconUri, largeIconUri).
ICONS = {"small-icon.png": 108, "large-icon.png": 512}
SUPERSAMPLE = 4

BACKGROUND = (10, 90, 100)       # deep teal: 7.5:1 against the vertebrae, 3.7:1 against the orange
BONE = (250, 250, 247)           # off-white vertebrae
LUMBAR = (255, 153, 51)          # the lower back, where this guide's pain is
DISC = (5, 55, 62)               # the discs between vertebrae, a darker teal

#: Vertebrae from the top, seen from the front: (centre y, body width, body height, wing span) as fractions
#: of the side. They grow downwards like a real spine; the last two are the lumbar vertebrae the guide
#: is about. Everything stays inside the middle circle, where a round crop in the Alexa app keeps it.
VERTEBRAE = (
    (0.235, 0.17, 0.090, 0.34),
    (0.350, 0.19, 0.095, 0.38),
    (0.470, 0.21, 0.100, 0.42),
    (0.600, 0.24, 0.110, 0.48),
    (0.745, 0.27, 0.120, 0.54),
)
LUMBAR_FROM = 3
CENTRE_X = 0.5


def draw(side: int) -> "Image":
    """The icon at *side* x *side* pixels (RGB)."""
    try:
        from PIL import Image, ImageDraw
    except ImportError:
        raise SystemExit("drawing the icons needs Pillow: pip install '.[test]' (or pip install Pillow)") from None
    big = side * SUPERSAMPLE
    image = Image.new("RGB", (big, big), BACKGROUND)
    pen = ImageDraw.Draw(image)

    def box(x: float, y: float, width: float, height: float) -> tuple[float, float, float, float]:
        return ((x - width / 2) * big, (y - height / 2) * big, (x + width / 2) * big, (y + height / 2) * big)

    # The discs first: one dark column behind the bodies shows as a short bar in each gap.
    top, bottom = VERTEBRAE[0][0], VERTEBRAE[-1][0]
    pen.rounded_rectangle(box(CENTRE_X, (top + bottom) / 2, 0.11, bottom - top), radius=0.02 * big, fill=DISC)
    for index, (y, width, height, span) in enumerate(VERTEBRAE):
        colour = LUMBAR if index >= LUMBAR_FROM else BONE
        wing = height * 0.42  # the transverse processes: a slimmer bar across the body
        pen.rounded_rectangle(box(CENTRE_X, y - height * 0.12, span, wing), radius=wing * big / 2, fill=colour)
        pen.rounded_rectangle(box(CENTRE_X, y, width, height), radius=height * big * 0.3, fill=colour)
    return image.resize((side, side), Image.Resampling.LANCZOS)


def write_icons(folder: Path) -> list[Path]:
    """Draw every icon into *folder* (created if needed); returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, side in ICONS.items():
        path = folder / name
        draw(side).save(path, format="PNG", optimize=True)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Regenerate the icons (into the checkout's interaction_model/assets/images/ unless told otherwise)."""
    parser = argparse.ArgumentParser(prog="python -m skill_tools.icons", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path,
                        help="folder to write the PNGs into (default: interaction_model/assets/images/ of the "
                        "checkout around the current directory)")
    args = parser.parse_args(argv)
    for path in write_icons(args.out or locate().model_dir / ICON_DIR):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
