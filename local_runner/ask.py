"""`backpain-skill ask`: one session with one turn per utterance, or (`-`) one new session per
line of stdin; `--json` prints one JSON object per turn (the contract: docs/local-runner.md).
With `--audio` the arguments (or stdin lines) are WAV files of spoken questions, recognised
offline (local_runner.speech) and then handled exactly like typed utterances.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator

from local_runner.conversation import Conversation, Reprompt
from local_runner.envelopes import EnvelopeError
from local_runner.options import (EXIT_SETUP, RunnerSetupError, add_common_options, build_conversation,
                                  build_transport, build_voice)
from local_runner.speech.audio_in import AudioInputError
from local_runner.speech.listening import Listener, add_asr_option
from local_runner.transcript import format_turn
from local_runner.transport import TransportError
from local_runner.turn import Turn
from local_runner.voice import Voice

EXIT_FAILED_TURN = 1


def register(subparsers: Any) -> None:
    """Add the `ask` subcommand."""
    parser = subparsers.add_parser(
        "ask",
        help="ask the skill one or more questions (one session), or read questions from stdin",
        description="Send utterances to the skill, offline, and print (and speak) what it answers. "
        "Several utterances form one session with one turn each. An utterance may start with an "
        'invocation ("open back pain guide", "ask back pain guide what ..."). With "-", each line of '
        "stdin is its own new one-turn session.",
    )
    parser.add_argument("utterances", nargs="*", metavar="UTTERANCE",
                        help='what the user says, or "-" for stdin (with --intent: the slots, as slot=value; '
                        'with --audio: WAV files, or "-" for their paths)')
    parser.add_argument("--json", action="store_true", help="print one JSON object per turn instead of a transcript")
    direct = parser.add_mutually_exclusive_group()
    direct.add_argument("--intent", metavar="NAME",
                        help="send this intent directly, bypassing the NLU; slots follow as slot=value "
                        "(resolved against the model's slot types as Alexa does)")
    direct.add_argument("--request", metavar="FILE",
                        help='send the request envelope in FILE (JSON; "-" for stdin) as it is and print the response')
    direct.add_argument("--audio", action="store_true",
                        help="the utterances are WAV files of spoken questions, recognised offline "
                        "(needs the speech extra; see the README's Speech section)")
    add_common_options(parser)
    add_asr_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run `ask`; returns the exit code (2 setup problem, 1 a turn failed, 0 fine)."""
    if args.intent is not None or args.request is not None:
        return _run_direct(args)
    if not args.utterances:
        print("error: say something: ask UTTERANCE..., ask --intent NAME [slot=value ...] or ask --request FILE",
              file=sys.stderr)
        return EXIT_SETUP
    from_stdin = args.utterances == ["-"]
    if not from_stdin and any(not u.strip() for u in args.utterances):
        print("error: an utterance is empty; say something, or use chat to try silence", file=sys.stderr)
        return EXIT_SETUP
    try:
        listener = _build_listener(args, [] if from_stdin else args.utterances) if args.audio else None
        conversation = build_conversation(args)
        voice = build_voice(args, play=not args.json)
    except RunnerSetupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_SETUP
    if from_stdin:
        sessions: Iterable[list[str]] = ([line] for line in _stdin_lines())
    else:
        sessions = [args.utterances]
    failed = False
    try:
        for utterances in sessions:
            conversation.forget_session()
            for utterance in utterances:
                ok = _one_turn(conversation, voice, utterance, args, listener)
                failed = failed or not ok
                if not ok and not args.json:
                    return EXIT_FAILED_TURN
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as command-line tools do.
        sys.stdout = open(os.devnull, "w")
        return 0
    # A saved answer that is not whole is a failed turn, not a quiet success (Voice has said which).
    return EXIT_FAILED_TURN if failed or voice.incomplete else 0


def _run_direct(args: argparse.Namespace) -> int:
    """--intent NAME [slot=value ...] or --request FILE (local_runner.direct)."""
    from local_runner import direct

    if args.request is not None and args.utterances:
        print("error: --request sends the envelope in its file; give no utterances with it", file=sys.stderr)
        return EXIT_SETUP
    try:
        if args.request is not None:
            return direct.run_request(args, build_transport(args.endpoint))
        conversation = build_conversation(args)
    except RunnerSetupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_SETUP

    def show(turn: Turn) -> None:
        if args.json:
            _print_json(turn.to_json(explain=args.explain))
            return
        print(format_turn(turn, explain=args.explain, show_utterance=True) + "\n", flush=True)
        build_voice(args).speak(turn.ssml)

    return direct.run_intent(args, conversation, show)


def _build_listener(args: argparse.Namespace, files: list[str]) -> Listener:
    """The speech Listener for --audio, after checking the extra and every file named. Raises RunnerSetupError."""
    from local_runner.speech.audio_in import check_wav_file
    from local_runner.speech.listening import build_listener
    from local_runner.speech.recognizer import SpeechUnavailable, speech_unavailable

    try:
        for name in files:
            check_wav_file(Path(name))
        problem = speech_unavailable()
        if problem:
            raise SpeechUnavailable(problem)
        return build_listener(args)
    except (SpeechUnavailable, AudioInputError) as exc:
        raise RunnerSetupError(str(exc)) from None


def _one_turn(
    conversation: Conversation, voice: Voice, utterance: str, args: argparse.Namespace, listener: Listener | None = None
) -> bool:
    heard = None
    try:
        if listener is not None:
            heard = listener.hear_file(conversation, Path(utterance))
            turn = heard.outcome
        else:
            turn = conversation.say(utterance)
    except (TransportError, EnvelopeError, AudioInputError) as exc:
        if args.json:
            _print_json({"audio_in" if listener else "utterance": utterance, "error": str(exc)})
        else:
            print(f"error: {exc}", file=sys.stderr)
        return False
    extra = heard.json_keys(explain=args.explain) if heard else {}
    if not args.json and heard:
        print("\n".join(heard.transcript_lines(explain=args.explain)), flush=True)
    if turn is None or isinstance(turn, Reprompt):
        _no_request(turn, utterance if heard is None else heard.recognition.text, extra, voice, args)
        return True
    if args.json:
        _print_json({**turn.to_json(explain=args.explain), **extra, **_audio_key(voice.speak(turn.ssml))})
    else:
        print(format_turn(turn, explain=args.explain, show_utterance=heard is None), flush=True)
        _print_saved(voice.speak(turn.ssml))
    return True


def _no_request(reprompt: Reprompt | None, utterance: str, extra: dict[str, Any], voice: Voice, args: argparse.Namespace) -> None:
    """A turn that sent nothing: "exit" (or silence) with no session open, or silence answered by the reprompt."""
    data = {**Turn.nothing_sent(utterance).to_json(), **extra}
    if reprompt is None:
        if args.json:
            _print_json(data)
        elif extra:
            print("(no session is open, so nothing was sent)\n")
        else:
            print(f"you:          {utterance}\n(no session is open, so there is nothing to exit)\n")
        return
    if args.json:
        data.update(speech=reprompt.text, ssml=reprompt.ssml, reprompt=reprompt.text, end_session=False)
        _print_json({**data, **_audio_key(voice.speak(reprompt.ssml))})
    else:
        print(f"{'(silence)':<12}  reprompt {reprompt.count} of 2\n{'Alexa says:':<12}  {reprompt.text}", flush=True)
        _print_saved(voice.speak(reprompt.ssml))


def _audio_key(saved: Path | None) -> dict[str, str]:
    return {"audio": str(saved)} if saved else {}


def _print_saved(saved: Path | None) -> None:
    if saved:
        print(f"{'audio:':<12}  {saved}")
    print(flush=True)


def _stdin_lines() -> Iterator[str]:
    for line in sys.stdin:
        if line.strip():
            yield line.strip()


def _print_json(data: dict[str, Any]) -> None:
    print(json.dumps(data, ensure_ascii=False), flush=True)
