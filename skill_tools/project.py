"""Which copy of the skill's files `validate` and `package` work on: the checkout a person edits.

After a plain ``pip install .`` the imported packages live in site-packages, a copy taken at install
time; an edited model, manifest, content file or screen document in the clone would be validated and
shipped stale. So the tools look for a checkout first: ``--project DIR``, else the current directory or
one of its parents holding a ``pyproject.toml`` that names this project. Only when there is none (the
tools run from anywhere else) do they use the installed copy, and they always say which they use.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import interaction_model
import skill

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

#: The distribution name in pyproject.toml that marks a checkout of this project.
PROJECT_NAME = "backpain-skill"
#: This project's packages that ship (to Lambda and the web service), each a directory in a checkout.
SHIPPED_PACKAGES = (skill, interaction_model)


class ProjectError(Exception):
    """--project names a directory that is not a checkout of this project; the message says so."""


@dataclass(frozen=True)
class Project:
    """Where the shipped packages' files are: a checkout's folders, or the installed packages."""

    root: Path | None  # the checkout, or None for the installed copy
    packages: dict[str, Path]  # package name -> its directory (skill, interaction_model)

    @property
    def model_dir(self) -> Path:
        """The folder holding the interaction model, the manifest and the skill's icons."""
        return self.packages["interaction_model"]

    @property
    def content_file(self) -> Path:
        """The English content file."""
        return self.packages["skill"] / "content" / "en.json"

    @property
    def apl_file(self) -> Path:
        """The screen's APL document (its labels sit beside it)."""
        return self.packages["skill"] / "apl" / "document.json"

    def describe(self) -> str:
        """One line saying which copy this is."""
        if self.root is None:
            return (f"the installed copy in {self.packages['skill'].parent} (no checkout here: run inside the "
                    "clone, or pass --project DIR, to use the files you edit)")
        return f"the checkout at {self.root}"

    def code_note(self) -> str | None:
        """A note when the code that runs is not this checkout's (a non-editable install), else None."""
        if self.root is None:
            return None
        running = Path(skill.__file__).resolve().parent
        if running == self.packages["skill"]:
            return None
        return (f"note: the files are the checkout's, but the checks that run the skill's code use the installed "
                f"copy in {running.parent}; `pip install -e .` there makes them the checkout's too")


def names_this_project(pyproject: Path) -> bool:
    """True if *pyproject* is readable TOML whose [project] name is this project's."""
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    project = data.get("project")
    return isinstance(project, dict) and project.get("name") == PROJECT_NAME


def find_checkout(start: Path) -> Path | None:
    """The nearest of *start* and its parents that is a checkout of this project, or None."""
    start = start.resolve()
    for directory in (start, *start.parents):
        if (directory / "pyproject.toml").is_file() and names_this_project(directory / "pyproject.toml"):
            return directory
    return None


def installed() -> Project:
    """The packages as Python imports them."""
    return Project(None, {p.__name__: Path(p.__file__).resolve().parent for p in SHIPPED_PACKAGES})


def locate(explicit: Path | None = None, cwd: Path | None = None) -> Project:
    """The checkout named by *explicit*, else the one around *cwd* (default: the current directory),
    else the installed packages. Raises ProjectError if *explicit* is not a checkout of this project."""
    if explicit is not None:
        root = explicit.resolve()
        if not names_this_project(root / "pyproject.toml"):
            raise ProjectError(f"--project {explicit}: no pyproject.toml naming {PROJECT_NAME} there; "
                               "give the folder of a Back Pain Guide clone")
    else:
        root = find_checkout(cwd or Path.cwd())
        if root is None:
            return installed()
    packages = {p.__name__: root / p.__name__ for p in SHIPPED_PACKAGES}
    missing = [name for name, path in packages.items() if not (path / "__init__.py").is_file()]
    if missing:
        raise ProjectError(f"the checkout at {root} has no {', '.join(f'{m}/' for m in missing)}; "
                           "is it a complete clone?")
    return Project(root, packages)


def show_path(path: Path) -> str:
    """*path* relative to the current directory when it lies below it, else absolute."""
    absolute = path.resolve()
    try:
        return str(absolute.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(absolute)


def reading_report(command: str, project: Project, files: Iterable[tuple[str, str]], *, ships: bool = False,
                   named: Path | None = None) -> list[str]:
    """The lines that say which copy *command* works on (the folder the user *named*, if any) and each
    file it read (and, if it *ships*, the code folders it copies), with the note when the running code
    is not the checkout's."""
    origin = f"files in {show_path(named)}" if named is not None else f"files of {project.describe()}"
    lines = [f"{command}: {origin}"]
    lines += [f"  read {role + ':':9} {show_path(Path(path))}" for role, path in files]
    if ships:
        lines.append(f"  ship code:     {', '.join(show_path(path) + os.sep for path in project.packages.values())}")
    note = project.code_note()
    return [*lines, note] if note else lines
