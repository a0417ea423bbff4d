"""`backpain-skill test-dialogs FILE...`: run dialog test files (bst test format) against the skill.

Each test starts a new session; interactions run in order and every assertion of an interaction
is checked. A test stops at its first failing interaction (what follows depends on it), and the
report shows what was expected next to what the skill said. Exit status: 0 all passed,
1 a test failed, 2 could not run (a file or option could not be used, or nothing answers at
--endpoint). Reports (JUnit XML, JSON, coverage) are written by ``local_runner.reports``.
"""
from __future__ import annotations

import argparse
import re
import shlex
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

import interaction_model
from local_runner.conversation import Conversation
from local_runner.dialog_format import DialogFile, DialogFileError, DialogTest, Interaction, load_dialog_file
from local_runner.dialog_match import Mismatch, check
from local_runner.envelopes import DEVICE_PROFILES, EnvelopeError, SESSION_END_REASONS
from local_runner.options import EXIT_SETUP, RunnerSetupError, add_common_options, build_conversation
from local_runner.speech.listening import add_asr_option
from local_runner.transcript import format_candidates
from local_runner.transport import EndpointUnreachable, TransportError
from local_runner.turn import Turn

EXIT_FAILED = 1
DIALOG_SUFFIXES = (".yml", ".yaml")


@dataclass
class TestOutcome:
    """How one test went: passed, skipped (and why), or where and why it failed."""

    file: Path
    name: str
    skipped: bool = False
    failure: str | None = None
    turns: int = 0
    line: int = 0
    skip_reason: str | None = None
    seconds: float = 0.0
    exchanges: list[Turn] = field(default_factory=list, repr=False)  # every turn taken, for coverage

    @property
    def passed(self) -> bool:
        return not self.skipped and self.failure is None


@dataclass(frozen=True)
class FileError:
    """A dialog file (or the run) that could not be used; the message says why."""

    file: Path | None
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass
class DialogRun:
    """All outcomes of a run, the files that ran (with the conversation each used), and errors."""

    outcomes: list[TestOutcome] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    files: list[tuple[DialogFile, Conversation]] = field(default_factory=list, repr=False)

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_SETUP
        return EXIT_FAILED if any(o.failure for o in self.outcomes) else 0

    def counts(self) -> dict[str, int]:
        """Tests passed, failed and skipped, and files (or runs) that could not be used."""
        return {"passed": sum(o.passed for o in self.outcomes),
                "failed": sum(o.failure is not None for o in self.outcomes),
                "skipped": sum(o.skipped for o in self.outcomes),
                "file_errors": len(self.errors)}

    def summary(self) -> str:
        """The closing line: "3 passed, 1 failed, 0 skipped, 0 file error(s)"."""
        return "{passed} passed, {failed} failed, {skipped} skipped, {file_errors} file error(s)".format(**self.counts())


def register(subparsers: Any) -> None:
    """Add the `test-dialogs` subcommand."""
    parser = subparsers.add_parser(
        "test-dialogs",
        help="run YAML dialog tests (Bespoken bst test format) against the skill",
        description="Run dialog test files written in the YAML format of Bespoken's `bst test`. Options "
        "given here override a file's configuration block (locale, device, interactionModel).",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE|DIR",
                        help="dialog test files (.yml/.yaml), or folders searched for them recursively")
    parser.add_argument("-q", "--quiet", action="store_true", help="print failures and the summary only")
    reports = parser.add_argument_group("reports")
    reports.add_argument("--junit", metavar="FILE", type=Path,
                         help="write a JUnit XML report (as pytest and bst write it) for CI")
    reports.add_argument("--json-report", metavar="FILE", type=Path, help="write every test's outcome as JSON")
    reports.add_argument("--coverage", action="store_true",
                         help="print which intents, samples, slot values, topics and warning signs the dialogs exercised")
    reports.add_argument("--coverage-json", metavar="FILE", type=Path, help="write the coverage report as JSON")
    add_common_options(parser, voice=False)
    add_asr_option(parser)
    parser.set_defaults(func=run, locale=None, device=None)


def run(args: argparse.Namespace) -> int:
    """Run `test-dialogs`, write the reports asked for; returns the exit code (0 pass, 1 fail, 2 could not run)."""
    from local_runner import reports

    result = run_files(args.files, args, out=print)
    return reports.finish(result, args, out=print)


def dialog_paths(arguments: list[Path]) -> tuple[list[Path], list[FileError]]:
    """The dialog files named, each folder replaced by the .yml/.yaml files under it (sorted)."""
    paths: list[Path] = []
    errors: list[FileError] = []
    for argument in arguments:
        if not argument.is_dir():
            paths.append(argument)
            continue
        found = sorted(p for p in argument.rglob("*") if p.suffix in DIALOG_SUFFIXES and p.is_file())
        if not found:
            errors.append(FileError(argument, f"{argument}: no dialog files (.yml, .yaml) in this folder"))
        paths.extend(found)
    return paths, errors


def run_files(files: list[Path], args: argparse.Namespace, out: Callable[[str], None] = print) -> DialogRun:
    """Run every test of every file (folders searched), printing progress and failures through *out*
    (the summary line and the reports come from ``local_runner.reports.finish``)."""
    result = DialogRun()
    conversations: dict[tuple[Any, ...], Conversation] = {}
    hearing = Hearing(args)
    quiet = getattr(args, "quiet", False)
    paths, result.errors = dialog_paths(files)
    for error in result.errors:
        out(f"ERROR {error}")
    for path in paths:
        try:
            dialog_file = load_dialog_file(path)
            conversation = _conversation_for(dialog_file, args, conversations)
        except (DialogFileError, RunnerSetupError) as exc:
            result.errors.append(FileError(path, str(exc)))
            out(f"ERROR {exc}")
            continue
        result.files.append((dialog_file, conversation))
        shown = [] if quiet else [str(path), *(f"  note: {note}" for note in dialog_file.notes)]
        for line in shown:
            out(line)
        only = any(t.only for t in dialog_file.tests)
        for test in dialog_file.tests:
            if only and not test.only and not test.skip:
                outcome = TestOutcome(path, test.name, skipped=True, line=test.line,
                                      skip_reason="another test in this file is test.only")
            else:
                try:
                    outcome = run_test(conversation, dialog_file, test, explain=args.explain, hearing=hearing)
                except EndpointUnreachable as exc:
                    result.errors.append(FileError(None, f"could not run the dialogs: {exc}"))
                    out(f"ERROR could not run the dialogs: {exc}")
                    return result
            result.outcomes.append(outcome)
            if quiet and outcome.failure is None:
                continue
            if not shown:  # quiet: name the file above its first failure only
                shown = [str(path)]
                out(str(path))
            if outcome.skipped:
                out(f"  skip  {test.name}" + (f" ({outcome.skip_reason})" if outcome.skip_reason else ""))
            elif outcome.passed:
                out(f"  pass  {test.name} ({outcome.turns} turn{'s' if outcome.turns != 1 else ''})")
            else:
                out(f"  FAIL  {test.name}\n{outcome.failure}")
    return result


def run_test(
    conversation: Conversation, dialog_file: DialogFile, test: DialogTest, *, explain: bool = False,
    hearing: "Hearing | None" = None,
) -> TestOutcome:
    """Run one test in a fresh session. Raises EndpointUnreachable when nothing answers at --endpoint."""
    outcome = TestOutcome(dialog_file.path, test.name, line=test.line)
    if test.skip:
        outcome.skipped = True
        outcome.skip_reason = "test.skip"
        return outcome
    started = time.perf_counter()
    try:
        _run_interactions(conversation, dialog_file, test, outcome, explain, hearing)
    finally:
        outcome.seconds = time.perf_counter() - started
    return outcome


def _run_interactions(
    conversation: Conversation, dialog_file: DialogFile, test: DialogTest, outcome: TestOutcome, explain: bool,
    hearing: "Hearing | None" = None,
) -> None:
    conversation.forget_session()
    for interaction in test.interactions:
        if interaction.exit:
            break
        try:
            turn = perform(conversation, interaction, hearing)
        except EndpointUnreachable:
            raise
        except (TransportError, EnvelopeError, KeyError, ValueError) as exc:
            message = exc.args[0] if isinstance(exc, KeyError) else str(exc)
            outcome.failure = _where(dialog_file, interaction) + f"\n      could not run it: {message}"
            return
        outcome.turns += 1
        outcome.exchanges.append(turn)
        mismatches = check(turn, interaction.assertions)
        if mismatches:
            outcome.failure = _failure_report(dialog_file, interaction, turn, mismatches, explain)
            return


def perform(conversation: Conversation, interaction: Interaction, hearing: "Hearing | None" = None) -> Turn:
    """Carry out one interaction: LaunchRequest, SessionEndedRequest, `Intent slot=value`, `touch N` (button
    N on the screen the last turn showed), an utterance, or a spoken turn (`audio: FILE.wav`).

    Raises ValueError for an interaction that cannot be carried out (e.g. exit with no session).
    """
    if interaction.audio is not None:
        return (hearing or Hearing(argparse.Namespace())).turn(conversation, interaction.audio)
    words = interaction.utterance.split()
    head = words[0] if words else ""
    if interaction.utterance == "LaunchRequest":
        return conversation.launch()
    if head == "SessionEndedRequest":
        reason = _keyword_args(interaction.utterance).get("reason", "USER_INITIATED")
        if reason not in SESSION_END_REASONS:
            raise ValueError(f"reason must be one of {', '.join(SESSION_END_REASONS)}, not {reason!r}")
        turn = conversation.end_session(reason, utterance=interaction.utterance)
        if turn is None:
            raise ValueError("SessionEndedRequest needs an open session, and none is open")
        return turn
    touch = re.fullmatch(r"touch\s+(\d+)", interaction.utterance)
    if touch:
        return conversation.touch(int(touch.group(1)), utterance=interaction.utterance)
    if conversation.model.intent(head) is not None:
        return conversation.intent(head, _keyword_args(interaction.utterance), utterance=interaction.utterance)
    turn = conversation.say(interaction.utterance)
    if turn is None:
        raise ValueError(f"{interaction.utterance!r} needs an open session, and none is open")
    return turn


class Hearing:
    """Spoken turns of dialog files: the recogniser is loaded on the first one, once per run."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._listener: Any = None

    def turn(self, conversation: Conversation, audio: Path) -> Turn:
        """Hear *audio* and take the turn. Raises ValueError when it cannot be heard or nothing was."""
        from local_runner.speech.audio_in import AudioInputError
        from local_runner.speech.listening import build_listener
        from local_runner.speech.recognizer import SpeechUnavailable

        try:
            if self._listener is None:
                self._listener = build_listener(self.args)
            heard = self._listener.hear_file(conversation, audio)
        except (SpeechUnavailable, AudioInputError) as exc:
            raise ValueError(str(exc)) from None
        if heard.recognition.heard_nothing or not isinstance(heard.outcome, Turn):
            raise ValueError(f"heard nothing in {audio}")
        return replace(heard.outcome, heard=heard.recognition.text)


def _keyword_args(line: str) -> dict[str, str]:
    """`Intent slot=value other="two words"` -> {"slot": "value", "other": "two words"}."""
    try:
        tokens = shlex.split(line)[1:]
    except ValueError as exc:
        raise ValueError(f"cannot read {line!r}: {exc}") from None
    pairs = {}
    for token in tokens:
        name, sep, value = token.partition("=")
        if not sep or not name:
            raise ValueError(f"expected name=value after the intent name, got {token!r}")
        pairs[name] = value
    return pairs


def _conversation_for(
    dialog_file: DialogFile, args: argparse.Namespace, cache: dict[tuple[Any, ...], Conversation]
) -> Conversation:
    config = dialog_file.configuration
    locale = args.locale or config.get("locale") or "en-US"
    device = args.device or config.get("device") or "speaker"
    model = args.model
    if model is None and config.get("interactionModel"):
        # As bst resolves it (with no --config file): an absolute path, or relative to the working directory.
        model = Path(str(config["interactionModel"])).expanduser()
    if locale not in interaction_model.ENGLISH_LOCALES:
        served = ", ".join(interaction_model.ENGLISH_LOCALES)
        raise DialogFileError(f"{dialog_file.path}: locale {locale!r} is not served (use one of {served})")
    if device not in DEVICE_PROFILES:
        raise DialogFileError(f"{dialog_file.path}: device {device!r} is unknown (use {' or '.join(DEVICE_PROFILES)})")
    nlu = getattr(args, "nlu", None) or "fuzzy"
    key = (locale, device, str(model), args.endpoint, nlu)
    if key not in cache:
        settings = argparse.Namespace(locale=locale, device=device, model=model, endpoint=args.endpoint, nlu=nlu)
        cache[key] = build_conversation(settings)
    return cache[key]


def _where(dialog_file: DialogFile, interaction: Interaction) -> str:
    return f"      at {dialog_file.path}:{interaction.line}  you said: {interaction.utterance!r}"


def _failure_report(
    dialog_file: DialogFile, interaction: Interaction, turn: Turn, mismatches: list[Mismatch], explain: bool
) -> str:
    heard = turn.intent or turn.request_type
    topic = f" (topic {turn.topic})" if turn.topic else ""
    lines = [_where(dialog_file, interaction), f"      the skill got: {heard}{topic}"]
    if interaction.audio is not None:
        lines.insert(1, f"      heard: {turn.heard!r}")
    for mismatch in mismatches:
        lines.extend("      " + line for line in mismatch.describe().splitlines())
    if explain and turn.candidates:
        lines.extend("      " + line.strip() for line in format_candidates(turn.candidates))
    return "\n".join(lines)
