"""The `backpain-skill` command: one argparse root; each subcommand lives in its own module.

Each subcommand module exposes ``register(subparsers)``, which adds its parser and sets
``func`` (``args -> exit code``) with ``set_defaults``. Modules are imported lazily by name so
that ``backpain-skill ask`` does not pay for Flask or gunicorn, and ``serve`` does not pay for TTS.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import logging
import os
import sys
from typing import Sequence

#: subcommand name -> (module that registers it, one-line help). Modules are imported only when run.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "ask": ("local_runner.ask", "ask the skill questions offline (one session, one turn per utterance)"),
    "chat": ("local_runner.chat", "talk to the skill offline, by voice or text (REPL)"),
    "serve": ("skill.webservice.serve", "serve the skill to Alexa over HTTP (gunicorn, request verification)"),
    "validate": ("skill_tools.validate.command", "check the interaction model, manifest, icons, content and screen"),
    "package": ("skill_tools.package", "write the ASK CLI skill package and the Lambda bundle"),
    "test-dialogs": ("local_runner.dialogs", "run YAML dialog tests (bst test format)"),
    "voices": ("local_runner.voices", "list the text-to-speech voices --voice can use"),
}
DISTRIBUTION = "backpain-skill"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Build the root parser; with *only*, import and register just that subcommand."""
    parser = argparse.ArgumentParser(
        prog="backpain-skill",
        description="Back Pain Guide: an Alexa skill about lower back pain that is not getting better "
        "with physical therapy, and an offline voice runner for it.",
    )
    parser.add_argument("--log-level", default="WARNING", type=str.upper, choices=LOG_LEVELS,
                        help="logging level (default: WARNING)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {installed_version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, summary) in SUBCOMMANDS.items():
        if only == name:
            importlib.import_module(module).register(subparsers)
        else:
            subparsers.add_parser(name, help=summary)
    return parser


def installed_version() -> str:
    """The version of the installed distribution (pyproject.toml's), or a note that it is not installed."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "(not installed: pip install -e .)"


def _requested_command(argv: Sequence[str]) -> str | None:
    return next((a for a in argv if a in SUBCOMMANDS), None)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    command = _requested_command(argv)
    parser = build_parser(only=command)
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level, format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
