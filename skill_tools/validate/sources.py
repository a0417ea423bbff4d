"""Find and read the three things `validate` checks: the model, the manifest and the content file.

PATH is a directory holding ``en-US.json`` (the one English language model) and ``skill.json`` (the
manifest); by default the project's own ``interaction_model`` package directory. The content file is
``skill/content/en.json`` unless another is named. A file that cannot be read becomes a finding, so a
broken copy is reported rather than crashing the checker.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import interaction_model
from skill.content import CONTENT_DIR, Content, ContentError, load_content_file
from skill_tools.validate.findings import Finding, error

MODEL_NAME = interaction_model.MODEL_FILE.name
MANIFEST_NAME = interaction_model.MANIFEST_FILE.name
DEFAULT_CONTENT_FILE = CONTENT_DIR / "en.json"


@dataclass(frozen=True)
class Sources:
    """The files under check and what could be parsed from them (None when unreadable)."""

    model_file: Path
    manifest_file: Path
    content_file: Path
    model: Any
    manifest: Any
    content: Content | None

    def files(self) -> list[tuple[str, str]]:
        """What was read: (what it is, path)."""
        return [("model", str(self.model_file)), ("manifest", str(self.manifest_file)),
                ("content", str(self.content_file))]

    @property
    def language_model(self) -> dict[str, Any] | None:
        """The model document's ``interactionModel.languageModel`` object, if it has one."""
        return language_model_of(self.model)


def language_model_of(document: Any) -> dict[str, Any] | None:
    """``interactionModel.languageModel`` if *document* has that shape, else None."""
    if isinstance(document, dict) and isinstance(document.get("interactionModel"), dict):
        language_model = document["interactionModel"].get("languageModel")
        if isinstance(language_model, dict):
            return language_model
    return None


def _read_json(path: Path) -> tuple[Any, list[Finding]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [error("file.missing", path, "", "file not found",
                            f"put {path.name} in this directory, or point PATH at the directory that holds it")]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [error("file.unreadable", path, "", f"cannot read the file: {exc}",
                            "check the file's permissions and that it is UTF-8 text")]
    try:
        return json.loads(text), []
    except json.JSONDecodeError as exc:
        return None, [error("file.json", path, "", f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                            "fix the JSON syntax there (a missing comma or quote, or a trailing comma)")]


def _read_content(path: Path) -> tuple[Content | None, list[Finding]]:
    try:
        return load_content_file(path), []
    except ContentError as exc:
        return None, [error("content.load", path, "", str(exc),
                            "fix the content file at the key named in the message (its \"about\" key explains the shape)")]


def load_sources(model_dir: Path | None = None, content_file: Path | None = None) -> tuple[Sources, list[Finding]]:
    """Read the model and manifest from *model_dir* and the content from *content_file*.

    Returns the sources and a finding for each file that could not be read or parsed.
    """
    directory = Path(model_dir) if model_dir else interaction_model.MODEL_DIR
    model_file, manifest_file = directory / MODEL_NAME, directory / MANIFEST_NAME
    content_file = Path(content_file) if content_file else DEFAULT_CONTENT_FILE
    model, model_findings = _read_json(model_file)
    manifest, manifest_findings = _read_json(manifest_file)
    content, content_findings = _read_content(content_file)
    sources = Sources(model_file, manifest_file, content_file, model, manifest, content)
    return sources, model_findings + manifest_findings + content_findings
