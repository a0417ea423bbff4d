"""Focused unit tests for the intricate parts of paraphrase matching: concepts, negation,
ruled-out treatments, phrasal verbs, foreign words, loose slot values, misheard words."""
from __future__ import annotations

from pathlib import Path

import pytest

from local_runner.nlu import Nlu, normalize
from local_runner.nlu.lexicon import NEGATED, Lexicon

FIXTURE = Path(__file__).parent / "fixtures" / "nlu_model.json"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.fixture(scope="module")
def nlu() -> Nlu:
    return Nlu.from_model(FIXTURE)


def concepts(lexicon: Lexicon, text: str) -> list[str]:
    return lexicon.concepts(normalize(text).split())


def test_synonyms_meet_in_one_concept(lexicon):
    assert concepts(lexicon, "lumbar ache") == concepts(lexicon, "back pain") == ["~back", "~pain"]


def test_longest_phrase_wins(lexicon):
    assert concepts(lexicon, "pain killers") == ["~medication"]


def test_negation_marks_the_next_predicate(lexicon):
    assert NEGATED in concepts(lexicon, "physical therapy isn't helping")
    assert NEGATED in concepts(lexicon, "rehab did not make it any better")
    assert NEGATED not in concepts(lexicon, "physical therapy is helping")


def test_negation_reaches_only_a_few_words(lexicon):
    assert NEGATED not in concepts(lexicon, "no doctor nurse surgeon or physio said it would help")


def test_a_ruled_out_treatment_points_to_the_alternatives(lexicon):
    assert concepts(lexicon, "besides physical therapy").count("~alternative") == 1
    assert "~surgery" not in concepts(lexicon, "anything that is not surgery")


def test_a_plain_not_rules_out_only_what_comes_right_after_it(lexicon):
    assert "~surgery" not in concepts(lexicon, "something that doesn't involve surgery or pills")
    assert "~surgery" in concepts(lexicon, "I do not think surgery is for me")


def test_a_pronoun_may_split_a_phrasal_verb(lexicon):
    assert "~summary" in concepts(lexicon, "wrap it all up")


def test_words_of_another_subject_are_marked(lexicon):
    assert concepts(lexicon, "my neck")[-1].startswith("#")


def test_a_foreign_word_the_model_uses_is_not_foreign(tmp_path):
    model = FIXTURE.read_text().replace('"give me an overview"', '"give me an overview", "does my neck matter"')
    path = tmp_path / "model.json"
    path.write_text(model)
    nlu = Nlu.from_model(path)
    assert not nlu.lexicon.is_foreign("neck")
    assert Lexicon.load().is_foreign("neck")


def test_several_word_values_match_in_any_order(nlu):
    result = nlu.resolve("I've got some numbness in the groin area")
    assert result.intent == "RedFlagsIntent"
    assert result.slots["symptom"].id == "numbness"


def test_split_and_misheard_words_are_repaired(nlu):
    assert nlu.resolve("what if physical the rapy isnt helping").intent == "PtNotWorkingIntent"
    assert nlu.resolve("do I need back surgary").intent == "SurgeryIntent"


def test_a_repaired_word_never_raises_a_warning_sign(nlu):
    # "feever" may be read as "fever" for matching, but only a value heard as such is a warning sign.
    result = nlu.resolve("is the feever thing serious")
    assert result.reason != "warning sign"


@pytest.mark.parametrize(
    ("heard", "intent"),
    [
        ("yeah sure", "AMAZON.YesIntent"),          # two phrasings of one built-in
        ("no I'm fine thanks", "AMAZON.NoIntent"),  # an answer word opening a longer reply
        ("no, does cupping help back pain", "AlternativesIntent"),  # ...unless the rest asks more
        ("no, forget it", "AMAZON.CancelIntent"),   # a "no" gives way to another built-in's phrasing
        ("carry on", "AMAZON.NextIntent"),          # meets "keep going" and "go on"
    ],
)
def test_answers_to_yes_no_questions(nlu, heard, intent):
    assert nlu.resolve(heard).intent == intent


def test_a_phrase_may_be_read_as_another_that_means_the_same(lexicon):
    assert concepts(lexicon, "carry on") == concepts(lexicon, "keep going")
    assert concepts(lexicon, "my lumbago") == concepts(lexicon, "my lower back pain")


def test_concepts_know_the_words_they_came_from(lexicon):
    words = normalize("my groin went numb yesterday").split()
    spans = {concept: words[start:end] for concept, start, end in lexicon.concept_spans(words)}
    assert spans["~groin"] == ["groin"]
    assert spans["~numb"] == ["numb"]
    # a rewritten phrase ("head back" = "go back") keeps the words it replaced
    assert lexicon.concept_spans(["head", "back", "now"])[0][1:] == (0, 2)


def test_time_references_weigh_like_function_words(lexicon):
    assert all(lexicon.is_stopword(c) for c in concepts(lexicon, "last week on monday"))


def test_a_foreign_phrase_is_kept_unless_the_model_says_it(tmp_path):
    # "right" and "back" are model words, but the model never says "be right back".
    nlu = Nlu.from_model(FIXTURE)
    assert any(c.startswith("#") for c in nlu.lexicon.concepts("i will be right back".split()))


def test_warning_signs_described_in_other_words_are_found(nlu):
    for heard in ("there's no feeling in my groin", "numbness down there",
                  "I keep getting a temperature that is high"):
        result = nlu.resolve(heard)
        assert result.intent == "RedFlagsIntent", heard
        assert result.reason == "warning sign"


def test_another_subject_with_nothing_of_the_back_falls_back(nlu):
    # A treatment the skill knows, asked about for another subject entirely.
    assert nlu.resolve("is chiropractic good for a sore shoulder").intent == "AMAZON.FallbackIntent"
    assert nlu.resolve("is chiropractic good for my lower back").intent == "AlternativesIntent"


def test_a_word_the_whole_domain_uses_binds_a_warning_sign_only_nearby():
    # "trouble walking" is a warning sign; "walking" two words away from "pain" is not trouble.
    project = Nlu.from_model()
    assert project.resolve("I have trouble peeing").intent == "RedFlagsIntent"
    assert project.resolve("does walking help back pain").intent != "RedFlagsIntent"


def test_a_concept_used_mostly_by_one_intent_counts_as_concentrated():
    from local_runner.nlu.matcher import _concentration

    assert _concentration({"CausesIntent": 1.0}, 10) == pytest.approx(1.0)
    assert _concentration({f"I{k}": 0.1 for k in range(10)}, 10) == pytest.approx(0.0)
    lopsided = _concentration({"CausesIntent": 0.8, "PtBenefitsIntent": 0.1, "AMAZON.YesIntent": 0.1}, 10)
    even = _concentration({"CausesIntent": 1 / 3, "PtBenefitsIntent": 1 / 3, "AMAZON.YesIntent": 1 / 3}, 10)
    assert 0.0 < even < lopsided < 1.0


def test_negation_stops_at_a_new_clause(lexicon):
    assert NEGATED not in concepts(lexicon, "I've never seen one so would it help")
    assert NEGATED in concepts(lexicon, "I've never seen it help")


def test_a_phrase_of_another_subject_wins_over_a_value_inside_it():
    project = Nlu.from_model()
    assert project.resolve("I'd like a good yoga mat").intent == "AMAZON.FallbackIntent"
    assert project.resolve("would yoga be good for my back").intent == "AlternativesIntent"


def test_a_warning_sign_is_never_given_up_to_a_phrase_of_another_subject():
    # "the ice" is a subject the guide does not cover (heat or ice), and "car" names another subject;
    # the warning-sign detector reads the words on its own, so neither hides the fall.
    project = Nlu.from_model()
    slipped = project.resolve("I slipped on the ice")
    assert (slipped.intent, slipped.slots["symptom"].id) == ("RedFlagsIntent", "trauma")
    assert project.resolve("I had a car accident, what car should I buy").intent == "RedFlagsIntent"


def test_unknown_words_before_the_last_clause_weigh_less_as_context():
    project = Nlu.from_model()
    words = normalize("my lawyer mentioned stretching, so what tends to cause back pain").split()
    analysis = project.analyzer.analyze(words)
    clause = project._final_clause("my lawyer mentioned stretching, so what tends to cause back pain",
                                   words, analysis)
    assert clause == normalize("what tends to cause back pain").split()
    context = frozenset(analysis.concepts) - frozenset(project.analyzer.analyze(clause).concepts)
    plain = {s.intent: s.score for s in project.scorer.rank(analysis.concepts)}
    weighed = {s.intent: s.score for s in project.scorer.rank(analysis.concepts, context)}
    assert weighed["CausesIntent"] > plain["CausesIntent"]
