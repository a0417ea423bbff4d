"""What `test-dialogs` writes after a run: JUnit XML and JSON reports, the coverage table and its
JSON, the list of utterances only the lenient NLU understood (``--nlu exact``), and the summary.

The JUnit XML is the shape pytest and bst (jest-junit) write, which CI systems read:
``testsuites`` > one ``testsuite`` per dialog file > one ``testcase`` per test, with ``failure``,
``skipped`` or (for a file that could not be used) ``error``.
"""
from __future__ import annotations

import argparse
import datetime
import json
import socket
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Callable

from local_runner.dialog_coverage import Coverage, LenientOnly, coverage_of, lenient_only
from local_runner.dialogs import DialogRun, FileError, TestOutcome
from local_runner.options import EXIT_SETUP

#: The coverage table lists at most this many names a row did not exercise.
MAX_LISTED = 6


def finish(run: DialogRun, args: argparse.Namespace, out: Callable[[str], None] = print) -> int:
    """Print the extra reports asked for and the summary, write the report files; the exit code."""
    exact = getattr(args, "nlu", None) == "exact" and bool(run.files)
    gaps = lenient_only(run.files) if exact else []
    if exact:
        out("\n" + format_lenient_only(gaps))
    coverages = coverage_of(run.files, _turns_by_file(run.outcomes))
    if getattr(args, "coverage", False) and coverages:
        out("\n" + "\n\n".join(format_coverage(c) for c in coverages))
    code = run.exit_code
    writers: list[tuple[Path | None, Callable[[], str]]] = [
        (getattr(args, "junit", None), lambda: junit_xml(run)),
        (getattr(args, "json_report", None), lambda: json.dumps(json_report(run, gaps, args), indent=2)),
        (getattr(args, "coverage_json", None), lambda: json.dumps([c.to_json() for c in coverages], indent=2)),
    ]
    for path, render in writers:
        if path is None:
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render() + "\n", encoding="utf-8")
        except OSError as exc:
            out(f"ERROR cannot write the report {path}: {exc.strerror or exc}")
            code = EXIT_SETUP
    out(f"\n{run.summary()}")
    return code


def junit_xml(run: DialogRun) -> str:
    """The run as JUnit XML: one testsuite per file, one testcase per test."""
    root = ET.Element("testsuites", name="backpain-skill test-dialogs")
    by_file: dict[Path, list[TestOutcome]] = {}
    for outcome in run.outcomes:
        by_file.setdefault(outcome.file, []).append(outcome)
    stamp = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    host = socket.gethostname()
    for path, outcomes in by_file.items():
        suite = _suite(root, str(path), outcomes, [], stamp, host)
        for outcome in outcomes:
            case = ET.SubElement(suite, "testcase", classname=_classname(path), name=outcome.name,
                                 file=str(path), line=str(outcome.line), time=f"{outcome.seconds:.3f}")
            if outcome.failure is not None:
                failure = ET.SubElement(case, "failure", message=_first_line(outcome.failure))
                failure.text = outcome.failure
            elif outcome.skipped:
                ET.SubElement(case, "skipped", message=outcome.skip_reason or "skipped")
    for error in run.errors:
        name = str(error.file) if error.file else "test-dialogs"
        suite = _suite(root, name, [], [error], stamp, host)
        case = ET.SubElement(suite, "testcase", classname=_classname(error.file) if error.file else "test-dialogs",
                             name="could not run", time="0.000")
        ET.SubElement(case, "error", message=_first_line(error.message)).text = error.message
    _totals(root, list(root))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")


def _suite(root: ET.Element, name: str, outcomes: list[TestOutcome], errors: list[FileError],
           stamp: str, host: str) -> ET.Element:
    return ET.SubElement(
        root, "testsuite", name=name, tests=str(len(outcomes) + len(errors)), errors=str(len(errors)),
        failures=str(sum(o.failure is not None for o in outcomes)), skipped=str(sum(o.skipped for o in outcomes)),
        time=f"{sum(o.seconds for o in outcomes):.3f}", timestamp=stamp, hostname=host)


def _totals(root: ET.Element, suites: list[ET.Element]) -> None:
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(sum(int(s.get(key, "0")) for s in suites)))
    root.set("time", f"{sum(float(s.get('time', '0')) for s in suites):.3f}")


def _classname(path: Path | None) -> str:
    """tests/dialogs/01_launch.yml -> tests.dialogs.01_launch (pytest's dotted style)."""
    return ".".join(path.with_suffix("").parts) if path else ""


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(lines[:2]) if lines else text


def json_report(run: DialogRun, gaps: list[LenientOnly], args: argparse.Namespace) -> dict[str, Any]:
    """Every test's outcome, the file errors and the summary, as one JSON document."""
    return {
        "summary": {**run.counts(), "exit_code": run.exit_code, "nlu": getattr(args, "nlu", None) or "fuzzy"},
        "tests": [
            {"file": str(o.file), "name": o.name, "line": o.line,
             "outcome": "skipped" if o.skipped else "passed" if o.passed else "failed",
             "turns": o.turns, "seconds": round(o.seconds, 4), "failure": o.failure, "skip_reason": o.skip_reason}
            for o in run.outcomes
        ],
        "errors": [{"file": str(e.file) if e.file else None, "message": e.message} for e in run.errors],
        "lenient_only": [{"file": str(g.file), "line": g.line, "utterance": g.utterance,
                          "fuzzy": g.lenient, "exact": g.exact} for g in gaps],
    }


def format_coverage(coverage: Coverage) -> str:
    """The coverage table: one row per kind of thing, counts, and what was not exercised."""
    rows = coverage.rows()
    width = max(len(r.name) for r in rows)
    lines = [f"Coverage of {_shown_path(coverage.model.source)}:",
             f"  {'':{width}}  {'covered':>7}  {'total':>5}  {'%':>4}  not exercised"]
    for row in rows:
        if row.name == "sample utterances" and row.missed:
            missed = f"{len(row.missed)} (listed by --coverage-json)"
        else:
            missed = ", ".join(row.missed[:MAX_LISTED]) + (", ..." if len(row.missed) > MAX_LISTED else "")
        lines.append(f"  {row.name:{width}}  {len(row.covered):>7}  {row.total:>5}  {row.percent:>3.0f}%  {missed}".rstrip())
    return "\n".join(lines)


def format_lenient_only(gaps: list[LenientOnly]) -> str:
    """The --nlu exact list: utterances only the lenient (default, fuzzy) NLU understood."""
    if not gaps:
        return "With --nlu exact: every utterance in these dialogs is a sample as written (or understood alike)."
    lines = [f"Understood only by the lenient NLU ({len(gaps)} utterance(s)); "
             "add them as samples, or say them as a sample is written:"]
    lines += [f"  {gap.describe()}" for gap in gaps]
    return "\n".join(lines)


def _shown_path(path: Path) -> str:
    """*path* relative to the working directory when it lies under it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _turns_by_file(outcomes: list[TestOutcome]) -> dict[Path, list[Any]]:
    turns: dict[Path, list[Any]] = {}
    for outcome in outcomes:
        turns.setdefault(outcome.file, []).extend(outcome.exchanges)
    return turns
