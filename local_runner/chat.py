"""`backpain-skill chat`: talk to the skill in a REPL, as on an Echo, offline.

The transcript shows what was heard, the intent, what Alexa says and the card. An empty line is
silence (Alexa speaks the reprompt; silence again ends the session, as on Alexa). Commands:
/json (last request and response), /explain [TEXT], /touch N (a button on the screen, with
--device screen), /new (new session), /help, /quit.
Ctrl-C and Ctrl-D leave cleanly. With --listen, an empty line records from the microphone
(Enter again to stop) and what was heard is said to the skill; typing still works.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable

from local_runner.conversation import MAX_REPROMPTS, Conversation, Reprompt, is_exit
from local_runner.envelopes import EnvelopeError
from local_runner.line_editing import LineEditing, history_file
from local_runner.options import EXIT_SETUP, RunnerSetupError, add_common_options, build_conversation, build_voice
from local_runner.record import Recorder
from local_runner.speech.chat_listen import start_listening
from local_runner.speech.listening import add_asr_option
from local_runner.transcript import format_candidates, format_nlu, format_turn
from local_runner.transport import TransportError
from local_runner.turn import Turn
from local_runner.voice import Voice

PROMPT = "you> "
#: Exit code when the conversation could not be written to --record's file at the end.
EXIT_NOT_RECORDED = 1
NO_SESSION = "(no session is open; say something to start one, or /quit)"
HELP = """Say things as you would to Alexa; an empty line is silence.
  /json           show the last request and response envelopes
  /explain [TEXT] show the top 3 intents for TEXT (or for the last utterance)
  /touch N        touch button N on the screen (--device screen), as numbered under "screen:"
  /new            end this session and open the skill again
  /help           this help
  /quit           leave (Ctrl-D and Ctrl-C work too)"""


def register(subparsers: Any) -> None:
    """Add the `chat` subcommand."""
    parser = subparsers.add_parser(
        "chat",
        help="talk to the skill interactively (spoken where audio is available)",
        description="An offline Alexa in your terminal. Starts by opening the skill (LaunchRequest) "
        "unless given an utterance to begin with.",
    )
    parser.add_argument("utterances", nargs="*", metavar="UTTERANCE", help="say these first instead of opening the skill")
    parser.add_argument("--record", metavar="FILE", type=Path,
                        help="write the conversation as a dialog test file (for test-dialogs)")
    parser.add_argument("--no-history", action="store_true",
                        help=f"keep no history of what you type (default: {_shown_history_file()})")
    parser.add_argument("--listen", action="store_true",
                        help="press Enter to talk: questions from the microphone, recognised offline (speech extra)")
    add_common_options(parser)
    add_asr_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, read: Callable[[str], str] | None = None) -> int:
    """Run the REPL until /quit or end of input; returns the exit code."""
    recorder = Recorder(args.record, locale=args.locale, device=args.device) if args.record else None
    try:
        if recorder is not None:
            _check_recording(recorder)
        conversation = build_conversation(args)
        voice = build_voice(args)
    except RunnerSetupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_SETUP
    editing = None
    if read is None and sys.stdin.isatty():
        editing = LineEditing(None if getattr(args, "no_history", False) else history_file())
    read = read or (input if sys.stdin.isatty() else _echoing_input)
    repl = Repl(conversation, voice, recorder, explain=args.explain)
    if args.listen:
        repl.listen = start_listening(args, read)
    print(f"Back Pain Guide, offline ({conversation.transport.description}, {args.locale}, {args.device}). "
          "Type /help for commands.")
    try:
        if args.utterances:
            for utterance in args.utterances:
                repl.handle(utterance)
        else:
            repl.show(repl.attempt(conversation.launch))
        repl.loop(read)
    finally:
        saved = repl.close()
        problem = editing.close() if editing else None
        if problem:
            print(f"warning: {problem}", file=sys.stderr)
    return 0 if saved else EXIT_NOT_RECORDED


def _check_recording(recorder: Recorder) -> None:
    """Refuse to start a chat whose recording could not be written at the end."""
    try:
        recorder.check()
    except OSError as exc:
        raise RunnerSetupError(f"--record {recorder.path}: cannot write it ({exc.strerror or exc})") from None


def _shown_history_file() -> str:
    return str(history_file()).replace(str(Path.home()), "~", 1)


def _echoing_input(prompt: str) -> str:
    """input() for piped stdin: echo the line so the transcript shows what was said."""
    line = input(prompt)
    print(line)
    return line


class Repl:
    """The read-eval-print loop around a Conversation."""

    def __init__(self, conversation: Conversation, voice: Voice, recorder: Recorder | None, *, explain: bool) -> None:
        self.conversation = conversation
        self.voice = voice
        self.recorder = recorder
        self.explain = explain
        self.running = True
        #: With --listen: records and recognises one spoken turn (see local_runner.speech.chat_listen).
        self.listen: Callable[[Conversation], Any] | None = None

    def loop(self, read: Callable[[str], str]) -> None:
        """Read lines until /quit, Ctrl-D or Ctrl-C."""
        while self.running:
            try:
                self.handle(read(PROMPT))
            except (EOFError, KeyboardInterrupt):
                print()
                return

    def handle(self, line: str) -> None:
        """One line of input: a command, silence, or an utterance."""
        text = line.strip()
        if text.startswith("/"):
            self.command(text)
        elif not text and self.listen is not None:
            listen = self.listen
            self.show_heard(self.attempt(lambda: listen(self.conversation)))
        elif not text:
            self.silence()
        elif is_exit(text) and not self.conversation.session_open:
            print(NO_SESSION)
        else:
            self.show(self.attempt(lambda: self.conversation.say(text)))

    def silence(self) -> None:
        """Nothing said: the reprompt, or the end of the session."""
        self.show_silence(self.attempt(self.conversation.silence))

    def show_heard(self, heard: Any) -> None:
        """A spoken turn: what was heard, then the answer (or the reprompt, if nothing was heard)."""
        if heard is None:
            return
        print("\n".join(heard.transcript_lines(explain=self.explain)))
        if heard.recognition.heard_nothing:
            self.show_silence(heard.outcome)
        else:
            self.show(heard.outcome)

    def show_silence(self, outcome: Any) -> None:
        """What silence led to: the reprompt, the end of the session, or nothing."""
        if isinstance(outcome, Reprompt):
            print(f"{'(silence)':<12}  reprompt {outcome.count} of {MAX_REPROMPTS}")
            print(f"{'Alexa says:':<12}  {outcome.text}")
            self.voice.speak(outcome.ssml)
        elif isinstance(outcome, Turn):
            print("(no answer: Alexa closes the session)")
            self.show(outcome)
        elif not self.conversation.session_open:
            print(NO_SESSION)

    def command(self, text: str) -> None:
        """Handle a /command."""
        name, _, rest = text.partition(" ")
        if name in ("/quit", "/exit", "/q"):
            self.running = False
        elif name == "/help":
            print(HELP)
        elif name == "/json":
            self.show_json()
        elif name == "/explain":
            self.show_explain(rest.strip())
        elif name == "/touch":
            self.touch(rest.strip())
        elif name == "/new":
            self.show(self.attempt(self.conversation.new_session))
            self.show(self.attempt(self.conversation.launch))
        else:
            print(f"unknown command {name}; type /help")

    def touch(self, number: str) -> None:
        """/touch N: press a button on the screen the last answer showed."""
        if not number.isdigit():
            print("usage: /touch N, where N is a button number shown under \"screen:\"")
            return
        try:
            self.show(self.attempt(lambda: self.conversation.touch(int(number))))
        except ValueError as exc:
            print(f"({exc})")

    def show(self, turn: Turn | None) -> None:
        """Print a turn, record it, and speak it."""
        if turn is None:
            return
        print(format_turn(turn, explain=self.explain), flush=True)
        if self.recorder:
            self.recorder.add(turn)
        saved = self.voice.speak(turn.ssml)
        if saved:
            print(f"{'audio:':<12}  {saved}")

    def show_json(self) -> None:
        turn = self.conversation.last_turn
        if turn is None:
            print("(nothing sent yet)")
            return
        print("request:\n" + json.dumps(turn.request, indent=2))
        print("response:\n" + json.dumps(turn.response, indent=2))

    def show_explain(self, text: str) -> None:
        if text:
            print(format_nlu(self.conversation.understand(text), self.conversation.nlu_mode))
            return
        turn = self.conversation.last_turn
        if turn is None or not turn.candidates:
            print("(no utterance to explain yet; try /explain TEXT)")
            return
        print("\n".join(format_candidates(turn.candidates)))

    def attempt(self, action: Callable[[], Any]) -> Any:
        """Run *action*, reporting a skill or transport failure instead of ending the chat."""
        try:
            return action()
        except (TransportError, EnvelopeError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return None

    def close(self) -> bool:
        """Say goodbye to an open session and write the recording, if any; False if it could not be written."""
        if self.conversation.session_open:
            ended = self.attempt(lambda: self.conversation.end_session("USER_INITIATED", utterance="exit"))
            if ended is not None and self.recorder:
                self.recorder.add(ended)
        if self.recorder:
            try:
                tests = self.recorder.save()
            except OSError as exc:
                print(f"error: cannot write {self.recorder.path}: {exc.strerror}", file=sys.stderr)
                return False
            print(f"(recorded {tests} session(s) to {self.recorder.path})")
        return True
