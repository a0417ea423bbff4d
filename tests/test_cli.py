"""The `backpain-skill` command line: every subcommand is listed, and bad usage is a clear error."""
from __future__ import annotations

import pytest

from skill_tools.cli import SUBCOMMANDS, main


def test_help_lists_every_subcommand_of_the_design_contract(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for name in ("ask", "chat", "serve", "validate", "package", "test-dialogs", "voices"):
        assert name in SUBCOMMANDS and name in out


def test_no_command_prints_usage_and_exits_2(capsys):
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().out


def test_an_unknown_log_level_is_a_usage_error_not_a_traceback(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--log-level", "bogus", "validate"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'BOGUS'" in capsys.readouterr().err


def test_log_level_is_case_insensitive():
    assert main(["--log-level", "error", "validate", "--no-nlu"]) == 0


def test_version_prints_the_installed_version(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"backpain-skill {version('backpain-skill')}"
