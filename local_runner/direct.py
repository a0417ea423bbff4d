"""`ask --intent NAME [slot=value ...]` and `ask --request FILE.json`: reach the skill without the NLU.

``--intent`` sends one IntentRequest in a new session, its slots resolved as Alexa resolves them
(a value or synonym of the slot's type is ER_SUCCESS_MATCH with the value's id; anything else is
ER_SUCCESS_NO_MATCH), like bst's ``intend`` and virtual-alexa's ``intend()``. ``--request`` sends a
request envelope exactly as written in a file (``-``: stdin) and prints the response envelope, as
``ask smapi invoke-skill`` does. Both go in-process or, with ``--endpoint``, over HTTP.
"""
from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from typing import Any, Callable

from local_runner.conversation import Conversation
from local_runner.envelopes import EnvelopeError
from local_runner.options import EXIT_SETUP
from local_runner.transport import Transport, TransportError
from local_runner.turn import Turn

EXIT_FAILED = 1


class DirectInputError(Exception):
    """An --intent or --request that cannot be sent as given; the message says why (exit 2)."""


def slot_values(pairs: list[str]) -> dict[str, str]:
    """`["treatment=massage therapy", "x=y"]` -> {"treatment": "massage therapy", "x": "y"}."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise DirectInputError(f"expected slot=value after --intent NAME, got {pair!r}")
        if name.strip() in values:
            raise DirectInputError(f"slot {name.strip()} is given twice")
        values[name.strip()] = value.strip()
    return values


def send_intent(conversation: Conversation, intent: str, pairs: list[str]) -> Turn:
    """Send *intent* with the slots in *pairs* in a new session; raises DirectInputError for an
    intent or slot the model does not declare (TransportError/EnvelopeError if the skill fails)."""
    values = slot_values(pairs)
    if conversation.model.intent(intent) is None:
        names = [i.name for i in conversation.model.intents]
        close = difflib.get_close_matches(intent, names, n=1)
        hint = f"did you mean {close[0]}?" if close else f"it has: {', '.join(names)}"
        raise DirectInputError(f"the model has no intent {intent} ({hint})")
    try:
        return conversation.intent(intent, values)
    except KeyError as exc:
        raise DirectInputError(str(exc.args[0])) from None


def read_envelope(source: str, stdin: Any = None) -> dict[str, Any]:
    """The request envelope in the file *source* (``-``: stdin), parsed; raises DirectInputError."""
    name = "stdin" if source == "-" else source
    try:
        text = (stdin or sys.stdin).read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DirectInputError(f"--request {name}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DirectInputError(f"--request {name}: cannot be read ({exc})") from None
    try:
        envelope = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DirectInputError(
            f"--request {name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(envelope, dict) or not isinstance(envelope.get("request"), dict):
        raise DirectInputError(f"--request {name}: not a request envelope (no \"request\" object)")
    return envelope


def run_request(args: argparse.Namespace, transport: Transport, out: Callable[[str], None] = print) -> int:
    """`ask --request FILE`: send the envelope as it is and print the response envelope."""
    try:
        envelope = read_envelope(args.request)
    except DirectInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_SETUP
    try:
        response = transport.send(envelope)
    except TransportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    out(json.dumps(response, ensure_ascii=False, indent=None if args.json else 2))
    return 0


def run_intent(args: argparse.Namespace, conversation: Conversation, show: Callable[[Turn], None]) -> int:
    """`ask --intent NAME [slot=value ...]`: one IntentRequest, shown by *show*."""
    try:
        turn = send_intent(conversation, args.intent, args.utterances)
    except DirectInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_SETUP
    except (TransportError, EnvelopeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    show(turn)
    return 0
