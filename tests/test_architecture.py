"""The rooms of the house and which way their imports run.

skill/ is what ships to Alexa (Lambda and the web service); interaction_model/ is the voice
interface and its one parser; local_runner/ is the offline Alexa; skill_tools/ holds the developer
tools. Dependencies run one way: the runner and the tools depend on the skill, never the reverse,
so the Lambda bundle is the skill package and its dependencies with nothing left out by name.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: package -> our packages it must never import (at module level or inside a function).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "skill": ("local_runner", "skill_tools", "bench", "tests"),
    "interaction_model": ("skill", "local_runner", "skill_tools", "bench", "tests"),
    "local_runner": ("skill_tools", "bench", "tests"),
    "skill_tools": ("bench", "tests"),
}


def imported_modules(path: Path) -> set[str]:
    """Every absolute module a file imports, anywhere in it."""
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
    return modules


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_run_one_way(package: str) -> None:
    offending = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for module in sorted(imported_modules(path))
        if module.split(".")[0] in FORBIDDEN[package]
    ]
    assert offending == []


def test_one_module_parses_the_interaction_model() -> None:
    """Only interaction_model/model.py turns the model JSON into intents, samples and slot types."""
    readers = [
        path.relative_to(ROOT).as_posix()
        for package in FORBIDDEN
        for path in (ROOT / package).rglob("*.py")
        if any(isinstance(node, ast.Constant) and node.value == "languageModel"  # a key lookup
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
    ]
    # validate's schema rules check the raw document's shape (that is their job); nothing else reads it.
    assert sorted(readers) == ["interaction_model/model.py", "skill_tools/validate/sources.py"]


def test_the_tree_says_what_ships() -> None:
    shipped = {p.name for p in (ROOT / "skill").iterdir() if p.suffix == ".py" or p.is_dir()} - {"__pycache__"}
    tools = {"cli.py", "validate", "package.py", "signing.py", "validation", "packaging.py", "testing.py"}
    assert not shipped & tools, "developer tools belong in skill_tools/, not in skill/"
    assert not (ROOT / "skill" / "webservice" / "testing.py").exists()
