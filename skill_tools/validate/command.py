"""The `backpain-skill validate [PATH]` command line."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from skill_tools.project import ProjectError, locate, reading_report
from skill_tools.validate import validate
from skill_tools.validate.sources import MANIFEST_NAME, MODEL_NAME, layout_of

#: Exit codes: findings with errors, and a PATH that is not a directory.
EXIT_ERRORS, EXIT_USAGE = 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `validate` subcommand."""
    parser = subparsers.add_parser(
        "validate",
        help="check the interaction model, manifest, icons, content and screen for what Alexa would reject",
        description=f"Check the interaction model ({MODEL_NAME}), the skill manifest ({MANIFEST_NAME}) and the icons it "
        "names, the content file and the screen's APL document. Errors exit 1; warnings are printed but exit 0 "
        "(unless --strict).",
    )
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH",
                        help=f"directory holding {MODEL_NAME} and {MANIFEST_NAME}, or an ASK CLI skill package or "
                        "project such as package writes (default: interaction_model/ of the project, see --project)")
    parser.add_argument("--content", type=Path, metavar="FILE",
                        help="content file to check (default: skill/content/en.json of the project)")
    parser.add_argument("--apl", type=Path, metavar="FILE",
                        help="the screen's APL document, labels.json beside it (default: skill/apl/document.json of "
                        "the project)")
    parser.add_argument("--project", type=Path, metavar="DIR",
                        help="the checkout whose files to check (default: the one around the current directory, "
                        "else the installed copy)")
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
    try:
        project = locate(args.project)
    except ProjectError as exc:
        print(f"backpain-skill validate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    # An ASK CLI project (package's output) carries its own content and screen document in lambda/.
    packaged = layout_of(args.path) if args.path else None
    content = args.content or (packaged and packaged.content_file) or project.content_file
    screen = args.apl or (packaged and packaged.apl_file) or project.apl_file
    report = validate(args.path or project.model_dir, content, screen, nlu=not args.no_nlu)
    failed = bool(report.errors or (args.strict and report.warnings))
    if args.json:
        print(report.to_json())
    else:
        print("\n".join(reading_report("validate", project, report.files, named=args.path)))
        for finding in report.findings:
            print(finding.render())
        print(f"{'FAILED' if failed else 'OK'}: {report.summary()}")
    return EXIT_ERRORS if failed else 0

