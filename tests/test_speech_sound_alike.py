"""Sound-alike readings: when Whisper writes a word that is spelled nearly like a warning-sign wording
of the interaction model ("wearing myself" for "wetting myself"), that reading is tried, and taken
only when it is a warning sign and Whisper finds it nearly as likely as its own words."""
import argparse

import pytest

from interaction_model import model as interaction_model
from local_runner.options import build_conversation
from local_runner.speech.listening import SOUND_ALIKE_MARGIN, Listener, _is_warning
from local_runner.speech.sound_alike import MAX_CHECKED, MAX_READINGS, SoundAlikes
from local_runner.speech.recognizer import Recognition


@pytest.fixture(scope="module")
def conversation():
    return build_conversation(argparse.Namespace(model=None, endpoint=None, device="speaker", locale="en-US",
                                                 asr_model="tiny.en"))


@pytest.fixture(scope="module")
def sound_alikes():
    return SoundAlikes(interaction_model.load(), "RedFlagsIntent", "symptom")


def readings(sound_alikes, conversation, heard):
    def is_warning(text):
        conversation.forget_session()
        return _is_warning(conversation, text)
    return sound_alikes.readings(heard, is_warning)


def test_a_misheard_warning_word_is_read_as_the_wording_it_sounds_like(sound_alikes, conversation):
    found = readings(sound_alikes, conversation, "I keep wearing myself since my back started hurting.")
    assert found[0] == "i keep wetting myself since my back started hurting"
    assert len(found) <= MAX_READINGS


def test_a_misheard_red_flag_question_is_read_as_the_question_it_sounds_like(sound_alikes, conversation):
    found = readings(sound_alikes, conversation, "When should I go to midi r4 back pain?")
    assert "when should i go to the hospital for back pain" in found


@pytest.mark.parametrize("heard", [
    "No chest pain, the ache is just low in my back from the gym.",
    "Nochest pain, only in the lower back.",        # a denial run into the next word
    "I never had cancer, just a sore back.",
])
def test_a_denial_is_never_read_away(sound_alikes, conversation, heard):
    assert readings(sound_alikes, conversation, heard) == []


@pytest.mark.parametrize("heard", ["Could my office chair be wrecking my back?", "What are the side effects of ibuprofen?"])
def test_a_question_with_no_warning_word_near_it_gets_no_reading(sound_alikes, conversation, heard):
    assert readings(sound_alikes, conversation, heard) == []


def test_a_long_ramble_checks_a_bounded_number_of_readings(sound_alikes):
    ramble = ("my physio said keep moving and I walk the dog and I do the stretches and take my tablets, "
              "I feel a bit tingly and numb-ish and weak-ish some days and I wet the plants and I fell behind at work ") * 15
    checked = []
    assert sound_alikes.readings(ramble, lambda text: checked.append(text) or False) == []
    assert 0 < len(checked) <= MAX_CHECKED


class Heard:
    """Whisper as a fake: hears one text, and scores texts from a table (any other text: very unlikely)."""

    def __init__(self, text, scores):
        self.text, self.scores = text, scores

    def hear(self, samples):
        return Recognition(self.text, 0.1, 1.0, -0.5, 0.01)

    def likelihoods(self, samples, *texts):
        return [self.scores.get(text, -9.0) for text in texts]


def listen(conversation, sound_alikes, whisper):
    conversation.forget_session()
    recognition = Listener(whisper, None, sound_alikes).recognise(conversation, [0.0] * 16000)
    conversation.forget_session()
    return recognition, conversation.say(recognition.text)


def test_a_reading_whisper_finds_nearly_as_likely_is_answered_as_a_warning(conversation, sound_alikes):
    own = "I keep wearing myself since my back started hurting."
    whisper = Heard(own, {own: -1.0, "i keep wetting myself since my back started hurting": -1.0 - SOUND_ALIKE_MARGIN + 0.1})
    recognition, turn = listen(conversation, sound_alikes, whisper)
    assert turn.topic == "red_flags" and turn.warning_sign == "bladder_bowel"
    assert recognition.replaced == own and "sound-alike" in recognition.replaced_by
    assert recognition.to_json()["taken_from"] == recognition.replaced_by
    assert own in recognition.confidence_text()


def test_a_reading_whisper_finds_much_less_likely_is_not_taken(conversation, sound_alikes):
    own = "I keep wearing myself since my back started hurting."
    whisper = Heard(own, {own: -1.0, "i keep wetting myself since my back started hurting": -1.0 - SOUND_ALIKE_MARGIN - 0.3})
    recognition, turn = listen(conversation, sound_alikes, whisper)
    assert recognition.text == own and recognition.replaced is None and turn.topic != "red_flags"
