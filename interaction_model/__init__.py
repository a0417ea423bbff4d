"""The voice interface as Alexa reads it: the English language model and the skill manifest.

The JSON files beside this module are the single source of what people can say. They are parsed in
one place, :mod:`interaction_model.model` (typed, immutable, cached per locale), which the skill,
the local runner, `validate` and `package` all read. This package's top level stays import-light:
the skill's Lambda cold start imports the parser only when a request needs it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MODEL_DIR = Path(__file__).resolve().parent
MODEL_FILE = MODEL_DIR / "en-US.json"
MANIFEST_FILE = MODEL_DIR / "skill.json"

#: Locales served by the one English model (packaged as one file per locale).
ENGLISH_LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")


def load_document(path: str | Path | None = None) -> dict[str, Any]:
    """The model file's JSON as Alexa gets it (the project's own unless *path* is given).

    For copying the model as it is (packaging, tests); to read what it says, use
    :func:`interaction_model.model.load`.
    """
    return json.loads(Path(path or MODEL_FILE).read_text(encoding="utf-8"))


def load_manifest(path: str | Path | None = None) -> dict[str, Any]:
    """Return the parsed skill manifest (skill.json)."""
    return json.loads(Path(path or MANIFEST_FILE).read_text(encoding="utf-8"))
