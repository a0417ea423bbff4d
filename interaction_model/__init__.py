"""The voice interface as Alexa reads it: the English language model and the skill manifest.

The JSON files beside this module are the single source of what people can say; the skill,
the local runner, `validate` and `package` all read them from here.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL_DIR = Path(__file__).resolve().parent
MODEL_FILE = MODEL_DIR / "en-US.json"
MANIFEST_FILE = MODEL_DIR / "skill.json"

#: Locales served by the one English model (packaged as one file per locale).
ENGLISH_LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")


@lru_cache(maxsize=None)
def load_model(path: str | None = None) -> dict[str, Any]:
    """Return the parsed interaction model (the project's own unless *path* is given)."""
    return json.loads(Path(path or MODEL_FILE).read_text(encoding="utf-8"))


def load_manifest(path: str | None = None) -> dict[str, Any]:
    """Return the parsed skill manifest (skill.json)."""
    return json.loads(Path(path or MANIFEST_FILE).read_text(encoding="utf-8"))
