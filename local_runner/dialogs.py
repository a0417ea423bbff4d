"""`backpain-skill test-dialogs FILE...`: run dialog test files (bst test format) against the skill.

Each test starts a new session; interactions run in order and every assertion of an interaction
is checked. A test stops at its first failing interaction (what follows depends on it), and the
report shows what was expected next to what the skill said. Exit status: 0 all passed,
1 a test failed, 2 a file or option could not be used.
"""
from __future__ import annotations

import argparse
import shlex
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
from local_runner.transport import TransportError
from local_runner.turn import Turn

EXIT_FAILED = 1


@dataclass
class TestOutcome:
    """How one test went: passed, skipped, or where and why it failed."""

    file: Path
    name: str
    skipped: bool = False
    failure: str | None = None
    turns: int = 0

    @property
    def passed(self) -> bool:
        return not self.skipped and self.failure is None


@dataclass
class DialogRun:
    """All outcomes of a run, plus files that could not be used."""

    outcomes: list[TestOutcome] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_SETUP
        return EXIT_FAILED if any(o.failure for o in self.outcomes) else 0


def register(subparsers: Any) -> None:
    """Add the `test-dialogs` subcommand."""
    parser = subparsers.add_parser(
        "test-dialogs",
        help="run YAML dialog tests (Bespoken bst test format) against the skill",
        description="Run dialog test files written in the YAML format of Bespoken's `bst test`. Options "
        "given here override a file's configuration block (locale, device, interactionModel).",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="dialog test file(s) (.yml/.yaml)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print failures and the summary only")
    add_common_options(parser, voice=False)
    add_asr_option(parser)
    parser.set_defaults(func=run, locale=None, device=None)


def run(args: argparse.Namespace) -> int:
    """Run `test-dialogs`; returns the exit code."""
    result = run_files(args.files, args, out=print)
    return result.exit_code


def run_files(files: list[Path], args: argparse.Namespace, out: Callable[[str], None] = print) -> DialogRun:
    """Run every test of every file, printing progress and failures through *out*."""
    result = DialogRun()
    conversations: dict[tuple[Any, ...], Conversation] = {}
    hearing = Hearing(args)
    for path in files:
        try:
            dialog_file = load_dialog_file(path)
            conversation = _conversation_for(dialog_file, args, conversations)
        except (DialogFileError, RunnerSetupError) as exc:
            result.errors.append(str(exc))
            out(f"ERROR {exc}")
            continue
        out(f"{path}")
        tests = dialog_file.tests
        if any(t.only for t in tests):
            tests = [t for t in tests if t.only]
        for test in tests:
            outcome = run_test(conversation, dialog_file, test, explain=args.explain, hearing=hearing)
            result.outcomes.append(outcome)
            if outcome.skipped:
                out(f"  skip  {test.name}")
            elif outcome.passed:
                if not getattr(args, "quiet", False):
                    out(f"  pass  {test.name} ({outcome.turns} turn{'s' if outcome.turns != 1 else ''})")
            else:
                out(f"  FAIL  {test.name}\n{outcome.failure}")
    passed = sum(o.passed for o in result.outcomes)
    failed = sum(o.failure is not None for o in result.outcomes)
    skipped = sum(o.skipped for o in result.outcomes)
    out(f"\n{passed} passed, {failed} failed, {skipped} skipped, {len(result.errors)} file error(s)")
    return result


def run_test(
    conversation: Conversation, dialog_file: DialogFile, test: DialogTest, *, explain: bool = False,
    hearing: "Hearing | None" = None,
) -> TestOutcome:
    """Run one test in a fresh session."""
    outcome = TestOutcome(dialog_file.path, test.name)
    if test.skip:
        outcome.skipped = True
        return outcome
    conversation.forget_session()
    for interaction in test.interactions:
        if interaction.exit:
            break
        try:
            turn = perform(conversation, interaction, hearing)
        except (TransportError, EnvelopeError, KeyError, ValueError) as exc:
            message = exc.args[0] if isinstance(exc, KeyError) else str(exc)
            outcome.failure = _where(dialog_file, interaction) + f"\n      could not run it: {message}"
            return outcome
        outcome.turns += 1
        mismatches = check(turn, interaction.assertions)
        if mismatches:
            outcome.failure = _failure_report(dialog_file, interaction, turn, mismatches, explain)
            return outcome
    return outcome


def perform(conversation: Conversation, interaction: Interaction, hearing: "Hearing | None" = None) -> Turn:
    """Carry out one interaction: LaunchRequest, SessionEndedRequest, `Intent slot=value`, an
    utterance, or a spoken turn (`audio: FILE.wav`).

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
    if head in conversation.model.intent_slots:
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
        model = dialog_file.path.parent / str(config["interactionModel"])
    if locale not in interaction_model.ENGLISH_LOCALES:
        served = ", ".join(interaction_model.ENGLISH_LOCALES)
        raise DialogFileError(f"{dialog_file.path}: locale {locale!r} is not served (use one of {served})")
    if device not in DEVICE_PROFILES:
        raise DialogFileError(f"{dialog_file.path}: device {device!r} is unknown (use {' or '.join(DEVICE_PROFILES)})")
    key = (locale, device, str(model), args.endpoint)
    if key not in cache:
        settings = argparse.Namespace(locale=locale, device=device, model=model, endpoint=args.endpoint)
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
