"""`chat --listen`: the microphone and the recogniser set up for the REPL, or a note why not.

Listening is an extra, like the voice: without the speech extra, PortAudio or a microphone, chat
says once why it is not listening and carries on in text.
"""
from __future__ import annotations

import argparse
import sys
from typing import Any, Callable

from local_runner.conversation import Conversation
from local_runner.speech.listening import HeardTurn

PROMPT_STOP = "(listening: speak, then press Enter) "


def start_listening(args: argparse.Namespace, read: Callable[[str], str]) -> Callable[[Conversation], HeardTurn | None] | None:
    """A function that hears one spoken turn (Enter, speak, Enter), or None after saying why it cannot."""
    from local_runner.speech.microphone import MicrophoneUnavailable, open_microphone
    from local_runner.speech.recognizer import SpeechUnavailable

    try:
        microphone = open_microphone()
        from local_runner.speech.listening import build_listener

        listener = build_listener(args)
    except (MicrophoneUnavailable, SpeechUnavailable) as exc:
        print(f"(not listening: {exc}; type instead)", file=sys.stderr)
        return None
    print(f"(listening on {microphone.name}: press Enter, speak, press Enter again; or type)")

    def hear(conversation: Conversation) -> HeardTurn | None:
        try:
            samples: Any = microphone.record(until=lambda: read(PROMPT_STOP))
        except MicrophoneUnavailable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return None
        return listener.respond(conversation, listener.recognise(conversation, samples), "microphone")

    return hear
