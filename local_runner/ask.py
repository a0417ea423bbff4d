"""`backpain-skill ask`: one session with one turn per utterance, or (`-`) one new session per
line of stdin; `--json` prints one JSON object per turn (the contract: docs/local-runner.md).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, Iterable, Iterator

from local_runner.conversation import Conversation
from local_runner.envelopes import EnvelopeError
from local_runner.options import (EXIT_SETUP, RunnerSetupError, add_common_options, build_conversation,
                                  build_transport, build_voice)
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
                        help='what the user says, or "-" for stdin (with --intent: the slots, as slot=value)')
    parser.add_argument("--json", action="store_true", help="print one JSON object per turn instead of a transcript")
    direct = parser.add_mutually_exclusive_group()
    direct.add_argument("--intent", metavar="NAME",
                        help="send this intent directly, bypassing the NLU; slots follow as slot=value "
                        "(resolved against the model's slot types as Alexa does)")
    direct.add_argument("--request", metavar="FILE",
                        help='send the request envelope in FILE (JSON; "-" for stdin) as it is and print the response')
    add_common_options(parser)
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
                ok = _one_turn(conversation, voice, utterance, args)
                failed = failed or not ok
                if not ok and not args.json:
                    return EXIT_FAILED_TURN
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as command-line tools do.
        sys.stdout = open(os.devnull, "w")
        return 0
    return EXIT_FAILED_TURN if failed else 0


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


def _one_turn(conversation: Conversation, voice: Voice, utterance: str, args: argparse.Namespace) -> bool:
    try:
        turn = conversation.say(utterance)
    except (TransportError, EnvelopeError) as exc:
        if args.json:
            _print_json({"utterance": utterance, "error": str(exc)})
        else:
            print(f"error: {exc}", file=sys.stderr)
        return False
    if turn is None:
        if args.json:
            _print_json(Turn.nothing_sent(utterance).to_json())
        else:
            print(f"you:          {utterance}\n(no session is open, so there is nothing to exit)\n")
        return True
    if args.json:
        _print_json(turn.to_json(explain=args.explain))
    else:
        print(format_turn(turn, explain=args.explain, show_utterance=True) + "\n", flush=True)
    voice.speak(turn.ssml)
    return True


def _stdin_lines() -> Iterator[str]:
    for line in sys.stdin:
        if line.strip():
            yield line.strip()


def _print_json(data: dict[str, Any]) -> None:
    print(json.dumps(data, ensure_ascii=False), flush=True)
