"""The README's runner examples work as written for someone who followed the quick start and
activated the virtual environment: each line runs in a shell whose PATH starts with the venv's
bin folder (what `. .venv/bin/activate` does), from a folder laid out like the repository."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from local_runner.voice import engine_unavailable
from test_runner_voice import fake_aplay

REPO = Path(__file__).resolve().parents[1]
#: Examples whose documented outcome is a non-zero exit code.
EXPECTED_EXIT = {"--nlu exact": 1}  # the shipped dialogs use paraphrases on purpose


def runner_examples() -> list[str]:
    """The command lines of the code block under "Offline, the runner does the same"."""
    text = REPO.joinpath("README.md").read_text(encoding="utf-8")
    block = re.search(r"Offline, the runner does the same.*?```sh\n(.*?)```", text, re.DOTALL)
    assert block, "the README's runner examples are gone"
    return [re.sub(r"\s+#.*$", "", line).strip() for line in block[1].splitlines() if line.strip()]


@pytest.fixture(scope="module")
def activated(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A working folder with the repository's tests/ and a shell environment as after activation."""
    folder = tmp_path_factory.mktemp("checkout")
    (folder / "tests").symlink_to(REPO / "tests")
    speakers = folder / "no-sound"  # an `aplay` that finds no sound card: the examples print, silently
    fake_aplay(speakers, cards=False)
    venv_bin = Path(sys.executable).parent
    path = os.pathsep.join([str(speakers), str(venv_bin), "/usr/bin", "/bin"])
    return folder, {**os.environ, "PATH": path, "HOME": str(folder), "XDG_STATE_HOME": str(folder / "state")}


@pytest.mark.parametrize("command", runner_examples())
def test_each_runner_example_runs_as_written(command, activated):
    folder, env = activated
    assert command.split()[0] in ("backpain-skill", "printf"), command
    if " voices" in command and engine_unavailable():
        pytest.skip(f"no TTS engine to list voices of: {engine_unavailable()}")
    result = subprocess.run(["bash", "-c", command], cwd=folder, env=env, input="/quit\n", capture_output=True,
                            text=True, timeout=180)
    expected = next((code for marker, code in EXPECTED_EXIT.items() if marker in command), 0)
    assert result.returncode == expected, result.stdout[-2000:] + result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "command not found" not in result.stderr
    assert result.stdout.strip()


def test_ci_runs_the_readme_test_command_verbatim():
    """CI proves the README: the quick start's second command is a line of `.ci/run` as written."""
    text = REPO.joinpath("README.md").read_text(encoding="utf-8")
    quick_start = text[text.index("## Quick start"):text.index("## Talking to it")]
    commands = re.findall(r"```sh\n(.*?)\n```", quick_start, re.DOTALL)
    assert len(commands) == 2, "the quick start is two commands"
    test_command = commands[1].strip()
    assert test_command.endswith("-m pytest")
    ci_lines = [line.strip() for line in REPO.joinpath(".ci/run").read_text(encoding="utf-8").splitlines()]
    assert test_command in ci_lines
