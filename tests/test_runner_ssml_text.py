"""SSML is turned into what the ear hears: words, with pauses where the markup asks for them."""
from local_runner.ssml_text import Part, ssml_to_parts, ssml_to_text


def test_tags_are_stripped_and_entities_decoded():
    assert ssml_to_text("<speak>Back &amp; <emphasis level='strong'>hip</emphasis> pain</speak>") == "Back & hip pain"


def test_a_break_is_a_pause_between_parts_and_punctuation_in_the_text():
    ssml = '<speak>Physical therapy helps many people<break time="600ms"/>but not everyone</speak>'
    assert ssml_to_parts(ssml) == [Part("Physical therapy helps many people", 600), Part("but not everyone", 0)]
    assert ssml_to_text(ssml) == "Physical therapy helps many people. but not everyone"


def test_a_short_or_default_break_reads_as_a_comma():
    assert ssml_to_text("<speak>Rest<break/>then stretch</speak>") == "Rest, then stretch"
    assert ssml_to_text('<speak>Rest<break strength="weak"/>then stretch</speak>') == "Rest, then stretch"


def test_a_break_after_a_full_stop_adds_no_extra_punctuation():
    assert ssml_to_text('<speak>Hello.<break time="1s"/>Next.</speak>') == "Hello. Next."


def test_break_times_in_seconds_and_strengths_become_milliseconds():
    assert ssml_to_parts('<speak>a<break time="1.5s"/>b</speak>')[0].pause_ms == 1500
    assert ssml_to_parts('<speak>a<break strength="x-strong"/>b</speak>')[0].pause_ms == 750
    assert ssml_to_parts('<speak>a<break strength="none"/>b</speak>') == [Part("a b", 0)]


def test_sub_speaks_its_alias():
    assert ssml_to_text('<speak>Take <sub alias="N. S. A. I. Ds">NSAIDs</sub> with food.</speak>') == (
        "Take N. S. A. I. Ds with food."
    )


def test_say_as_digits_characters_and_ordinals_change_the_words_heard():
    assert ssml_to_text('<speak>Call <say-as interpret-as="digits">911</say-as>.</speak>') == "Call 9 1 1."
    assert ssml_to_text('<speak>the <say-as interpret-as="characters">ER</say-as></speak>') == "the E R"
    assert ssml_to_text('<speak>the <say-as interpret-as="ordinal">3</say-as> time</speak>') == "the 3rd time"
    assert ssml_to_text('<speak>the <say-as interpret-as="ordinal">12</say-as> week</speak>') == "the 12th week"


def test_sentences_and_paragraphs_are_pauses():
    parts = ssml_to_parts("<speak><p>First idea</p><s>Second idea</s>Third</speak>")
    assert parts == [Part("First idea", 750), Part("Second idea", 500), Part("Third", 0)]


def test_amazon_effects_keep_their_words_and_audio_clips_are_silent():
    ssml = '<speak><amazon:effect name="whispered">quietly</amazon:effect><audio src="https://x/y.mp3"/> now</speak>'
    assert ssml_to_text(ssml) == "quietly now"


def test_plain_text_and_broken_markup_still_give_the_words():
    assert ssml_to_text("just words") == "just words"
    assert ssml_to_text("<speak>unclosed <b>tag</speak>") == "unclosed tag"


def test_no_trailing_pause_after_the_last_words():
    assert ssml_to_parts('<speak>Goodbye<break time="2s"/></speak>') == [Part("Goodbye", 0)]
