"""`validate` and `package` work on the files a person edits: those of the checkout they run in (or
--project DIR), not the copy an install put in site-packages, and they always say which files they read.

Each test copies the project's shipped folders and pyproject.toml into a temporary "clone", edits a file
there, and runs the installed `backpain-skill` from inside it. The code that runs is this repository's
(an install elsewhere), so only the checkout detection can make the tools see the edit.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: The installed console script's code, isolated from the current directory (-I): running it inside the
#: copy must not import the copy's packages, exactly as after a non-editable `pip install .`.
BACKPAIN_SKILL = (sys.executable, "-I", "-c", "import sys; from skill_tools.cli import main; sys.exit(main())")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*BACKPAIN_SKILL, *args], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A copy of the checkout's pyproject.toml and shipped packages."""
    root = tmp_path / "clone"
    root.mkdir()
    shutil.copyfile(ROOT / "pyproject.toml", root / "pyproject.toml")
    for package in ("skill", "interaction_model"):
        shutil.copytree(ROOT / package, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def edit_json(path: Path, change) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")


def test_validate_inside_a_checkout_checks_its_edited_model_and_says_so(clone: Path) -> None:
    edit_json(clone / "interaction_model" / "en-US.json",
              lambda m: m["interactionModel"]["languageModel"].__setitem__("invocationName", "back pain skill"))
    (clone / "docs").mkdir()
    result = run("validate", "--no-nlu", cwd=clone / "docs")  # a subfolder: the checkout is found upwards
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"validate: files of the checkout at {clone}" in result.stdout
    for role, path in (("model", "interaction_model/en-US.json"), ("manifest", "interaction_model/skill.json"),
                       ("content", "skill/content/en.json")):
        assert f"read {role + ':':9} {clone / path}" in result.stdout
    assert "invocation.forbidden-word" in result.stdout
    assert "note: the files are the checkout's, but the checks that run the skill's code use the installed copy" \
        in result.stdout


def test_package_inside_a_checkout_ships_its_edited_content(clone: Path, tmp_path: Path) -> None:
    marker = "Edited in the clone: what a person changes is what ships."
    edit_json(clone / "skill" / "content" / "en.json",
              lambda c: c["topics"]["summary"]["answer"].__setitem__(0, marker + " " + c["topics"]["summary"]["answer"][0]))
    out = tmp_path / "out"
    result = run("package", "--out", str(out), "--no-deps", cwd=clone)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"package: files of the checkout at {clone}\n")
    assert "  read content:  skill/content/en.json\n" in result.stdout
    assert "  ship code:     skill/, interaction_model/\n" in result.stdout
    with zipfile.ZipFile(out / "lambda.zip") as bundle:
        assert marker in bundle.read("skill/content/en.json").decode("utf-8")


def test_project_names_the_checkout_from_anywhere(clone: Path, tmp_path: Path) -> None:
    edit_json(clone / "interaction_model" / "skill.json",
              lambda m: m["manifest"]["privacyAndCompliance"].pop("containsAds"))
    result = run("validate", "--no-nlu", "--json", "--project", str(clone), cwd=tmp_path)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert {"role": "manifest", "path": str(clone / "interaction_model" / "skill.json")} in report["files"]
    assert [f["path"] for f in report["findings"] if f["rule"] == "manifest.privacy"] == \
        ["manifest.privacyAndCompliance.containsAds"]


def test_outside_any_checkout_the_installed_copy_is_used_and_named(tmp_path: Path) -> None:
    result = run("validate", "--no-nlu", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("validate: files of the installed copy in ")
    assert "pass --project DIR" in result.stdout


@pytest.mark.parametrize("command", [["validate"], ["package", "--out", "ignored", "--no-deps"]])
def test_a_project_that_is_not_a_checkout_is_a_one_line_error(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "someone-else"\n', encoding="utf-8")
    result = run(*command, "--project", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"backpain-skill {command[0]}: --project {tmp_path}: no pyproject.toml naming backpain-skill there; "
        "give the folder of a Back Pain Guide clone"]
    assert not (tmp_path / "ignored").exists()
