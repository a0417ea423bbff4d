"""Find and read the things `validate` checks: the model, the manifest (and the icons it names), the
content file, and the screen's APL document and labels.

PATH is one of three layouts:
- the project's: a directory holding ``en-US.json`` (the one English language model) and ``skill.json``
  (the manifest), like ``interaction_model/``;
- an ASK CLI skill package: ``skill.json`` and ``interactionModels/custom/<locale>.json``;
- an ASK CLI project, as `package` writes it: ``skill-package/`` as above, and the Lambda code in
  ``lambda/``, whose content file and APL document are then the default ones to check.
Files the manifest names as ``file://...`` (the icons) are found relative to the folder holding
skill.json, as the ASK CLI finds them. A file that cannot be read becomes a finding, so a broken copy
is reported rather than crashing the checker.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import interaction_model
from skill.content import CONTENT_DIR, Content, ContentError, load_content_file
from skill.screen import DOCUMENT_FILE, LABELS_FILE
from skill_tools.validate.findings import Finding, error

MODEL_NAME = interaction_model.MODEL_FILE.name
MANIFEST_NAME = interaction_model.MANIFEST_FILE.name
DEFAULT_CONTENT_FILE = CONTENT_DIR / "en.json"
DEFAULT_APL_FILE = DOCUMENT_FILE
APL_NAME, LABELS_NAME = DOCUMENT_FILE.name, LABELS_FILE.name


@dataclass(frozen=True)
class Layout:
    """Where a PATH's files are: the model checked, the manifest, and in an ASK CLI skill package the
    model file of each locale; in an ASK CLI project also the content file the Lambda code carries."""

    model_file: Path
    manifest_file: Path
    locale_models: Path | None = None  # interactionModels/custom/ of a skill package
    content_file: Path | None = None
    apl_file: Path | None = None


def layout_of(directory: Path) -> Layout:
    """The Layout of *directory* (see the module docstring)."""
    package = directory / "skill-package"
    if package.is_dir():
        packaged = layout_of(package)
        code = directory / "lambda" / "skill"
        content, apl = code / "content" / "en.json", code / "apl" / APL_NAME
        return Layout(packaged.model_file, packaged.manifest_file, packaged.locale_models,
                      content if content.is_file() else None, apl if apl.is_file() else None)
    models = directory / "interactionModels" / "custom"
    if models.is_dir():
        return Layout(models / MODEL_NAME, directory / MANIFEST_NAME, models)
    return Layout(directory / MODEL_NAME, directory / MANIFEST_NAME)


@dataclass(frozen=True)
class Sources:
    """The files under check and what could be parsed from them (None when unreadable)."""

    model_file: Path
    manifest_file: Path
    content_file: Path
    model: Any
    manifest: Any
    content: Content | None
    locale_models: Path | None = None
    apl_file: Path = DEFAULT_APL_FILE
    apl: Any = None  # the APL document, parsed
    labels_file: Path = DEFAULT_APL_FILE.with_name(LABELS_NAME)
    labels: Any = None  # the screen's labels, parsed

    @property
    def manifest_dir(self) -> Path:
        """The folder file:// URIs in the manifest are relative to (the skill package's root)."""
        return self.manifest_file.parent

    def files(self) -> list[tuple[str, str]]:
        """What was read: (what it is, path)."""
        icons = sorted({str(path) for *_, path in manifest_file_uris(self) if path is not None})
        return [("model", str(self.model_file)), ("manifest", str(self.manifest_file)),
                *(("icon", icon) for icon in icons), ("content", str(self.content_file)),
                ("screen", str(self.apl_file)), ("labels", str(self.labels_file))]

    @property
    def language_model(self) -> dict[str, Any] | None:
        """The model document's ``interactionModel.languageModel`` object, if it has one."""
        return language_model_of(self.model)


#: The manifest's per-locale fields that name an image, and the size Amazon requires of each.
ICON_FIELDS = {"smallIconUri": (108, 108), "largeIconUri": (512, 512)}
FILE_SCHEME = "file://"


def manifest_file_uris(sources: "Sources") -> list[tuple[str, str, Any, Path | None]]:
    """Each locale's icon fields: (locale, field, the value as written, the file it names or None).

    The file is None unless the value is a ``file://`` URI of a relative path inside the skill package.
    """
    node = sources.manifest
    for key in ("manifest", "publishingInformation", "locales"):
        node = node.get(key) if isinstance(node, dict) else None
    found = []
    for locale, info in (node or {}).items() if isinstance(node, dict) else ():
        for field in ICON_FIELDS:
            value = info.get(field) if isinstance(info, dict) else None
            found.append((locale, field, value, local_file(sources.manifest_dir, value)))
    return found


def local_file(root: Path, uri: Any) -> Path | None:
    """The file a ``file://`` URI names relative to *root*, or None (another scheme, or outside *root*)."""
    if not isinstance(uri, str) or not uri.startswith(FILE_SCHEME):
        return None
    relative = Path(uri[len(FILE_SCHEME):])
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        return None
    return root / relative


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


def load_sources(model_dir: Path | None = None, content_file: Path | None = None,
                 apl_file: Path | None = None) -> tuple[Sources, list[Finding]]:
    """Read the model and manifest from *model_dir*, the content from *content_file* and the screen's
    APL document from *apl_file* (its labels from labels.json beside it).

    Returns the sources and a finding for each file that could not be read or parsed.
    """
    layout = layout_of(Path(model_dir) if model_dir else interaction_model.MODEL_DIR)
    model_file, manifest_file = layout.model_file, layout.manifest_file
    content_file = Path(content_file) if content_file else layout.content_file or DEFAULT_CONTENT_FILE
    model, model_findings = _read_json(model_file)
    manifest, manifest_findings = _read_json(manifest_file)
    content, content_findings = _read_content(content_file)
    apl_file = Path(apl_file) if apl_file else layout.apl_file or DEFAULT_APL_FILE
    labels_file = apl_file.with_name(LABELS_NAME)
    apl, apl_findings = _read_json(apl_file)
    labels, labels_findings = _read_json(labels_file)
    sources = Sources(model_file, manifest_file, content_file, model, manifest, content, layout.locale_models,
                      apl_file, apl, labels_file, labels)
    return sources, model_findings + manifest_findings + content_findings + apl_findings + labels_findings
