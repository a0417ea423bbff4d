"""The `backpain-skill validate [PATH]` command line."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import interaction_model
from skill_tools.validate import validate
from skill_tools.validate.sources import DEFAULT_CONTENT_FILE, MANIFEST_NAME, MODEL_NAME

#: Exit codes: findings with errors, and a PATH that is not a directory.
EXIT_ERRORS, EXIT_USAGE = 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `validate` subcommand."""
    parser = subparsers.add_parser(
        "validate",
        help="check the interaction model, manifest and content for what Alexa would reject",
        description=f"Check the interaction model ({MODEL_NAME}), the skill manifest ({MANIFEST_NAME}) and "
        "the content file. Errors exit 1; warnings are printed but exit 0 (unless --strict).",
    )
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH",
                        help=f"directory holding {MODEL_NAME} and {MANIFEST_NAME} "
                        f"(default: the project's own, {interaction_model.MODEL_DIR})")
    parser.add_argument("--content", type=Path, metavar="FILE",
                        help=f"content file to check (default: {DEFAULT_CONTENT_FILE})")
    parser.add_argument("--no-nlu", action="store_true",
                        help="skip the checks that speak samples and suggested phrases to the local runner's NLU")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("--json", action="store_true", help="print the findings as one JSON document")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Validate, print the findings, and return the exit code."""
    if args.path is not None and not args.path.is_dir():
        print(f"backpain-skill validate: {args.path} is not a directory; PATH must be the directory "
              f"holding {MODEL_NAME} and {MANIFEST_NAME}", file=sys.stderr)
        return EXIT_USAGE
    report = validate(args.path, args.content, nlu=not args.no_nlu)
    failed = bool(report.errors or (args.strict and report.warnings))
    if args.json:
        print(report.to_json())
    else:
        for finding in report.findings:
            print(finding.render())
        print(f"{'FAILED' if failed else 'OK'}: {report.summary()} in {_listed(report.checked)}")
    return EXIT_ERRORS if failed else 0


def _listed(files: tuple[str, ...]) -> str:
    """"a, b and c"."""
    return ", ".join(files[:-1]) + f" and {files[-1]}" if len(files) > 1 else "".join(files)
