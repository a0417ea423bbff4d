"""Normalisation: what a speech recogniser would hand over, so samples and speech meet."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from local_runner.nlu import normalize


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        ("What if P.T. isn't working?", "what if pt is not working"),
        ("what if p. t. isn’t working", "what if pt is not working"),
        ("what if p. t. isn´t working", "what if pt is not working"),
        ("I don`t feel my legs", "i do not feel my legs"),
        ("what if p t isnt working", "what if pt is not working"),
        ("What's causing it", "what is causing it"),
        ("I can't sleep, I'm sore", "i can not sleep i am sore"),
        ("physical therapy won't help", "physical therapy will not help"),
        ("should I go to the E.R.", "should i go to the er"),
    ],
)
def test_case_punctuation_contractions_and_spelled_letters(heard, expected):
    assert normalize(heard) == expected


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        ("I've had pain for 3 weeks", "i have had pain for three weeks"),
        ("is it the 2nd option", "is it the second option"),
        ("should I call 911", "should i call nine one one"),
        ("about 1,500 people", "about one thousand five hundred people"),
    ],
)
def test_digits_are_spoken_as_words(heard, expected):
    assert normalize(heard) == expected


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        ("um, so, like, what causes it?", "what causes it"),
        ("uh what causes back pain please", "what causes back pain"),
        ("so what is, like, the best treatment", "what is the best treatment"),
        ("Alexa, what causes back pain", "what causes back pain"),
        ("ok so what now", "what now"),
        ("no thanks", "no"),
        ("hang on, what causes it", "what causes it"),           # a self-correction opener
        ("wait no what about surgery", "no what about surgery"),
        ("my back is bad er how much nurofen", "my back is bad how much nurofen"),  # "er" hesitates here
        ("wo er zi fa shao le", "wo er zi fa shao le"),  # Mandarin "er" (son) after "wo" (my) is a word
        ("cheers, and how long till i can lift after surgery", "how long till i can lift after surgery"),  # no goodbye
        ("thank you and does yoga help", "does yoga help"),
    ],
)
def test_fillers_and_courtesies_are_dropped(heard, expected):
    assert normalize(heard) == expected


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        ("what does it feel like", "what does it feel like"),   # "like" that means something stays
        ("I'd like to know about NSAIDs", "i would like to know about nsaids"),
        ("ok", "ok"),                                           # a lone "ok" is an answer, not a filler
        ("hold on", "hold on"),                                 # nothing follows: not an opener
        ("thank you", "thank you"),                             # a thanks on its own is one
        ("uh huh", "uhhuh"),                                    # "uh" in "uh huh" is not a hesitation
        ("is it a p t thing", "is it a pt thing"),              # the article "a" is not a spelled letter
        ("tawla fell i w 3rur", "tawla fell i w three rur"),    # Arabizi "w" ("and") after "i" is no spelled letter
        ("i v drip", "iv drip"),                                # ...while "i v" is
        ("should I go to the ER", "should i go to the er"),     # "the er" is the emergency room
    ],
)
def test_words_that_only_look_like_fillers_stay(heard, expected):
    assert normalize(heard) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("me duele el pecho, tengo fiebre y estoy débil", "me duele el pecho tengo fiebre y estoy debil"),
        ("noga drętwieje, ból kręgosłupa", "noga dretwieje bol kregoslupa"),
        ("a naïve question at the café", "a naive question at the cafe"),
        # letters with no decomposition are written as their nearest plain letters, not dropped mid-word
        ("belim çok ağrıyor, trafik kazası", "belim cok agriyor trafik kazasi"),
        ("þór, sæll, ħobż", "thor saell hobz"),
    ],
)
def test_accented_letters_are_read_as_their_base_letter_and_keep_the_word_whole(typed, expected):
    assert normalize(typed) == expected


def test_sample_slot_placeholders_survive():
    assert normalize("does {treatment} help my back?") == "does {treatment} help my back"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefpt .,'?-123 ")), max_size=40))
def test_normalising_twice_changes_nothing(text):
    once = normalize(text)
    assert normalize(once) == once
