"""Questions the guide does not cover get an honest limit, not a content answer that sounds like a yes (issue 10).

The limits sets were written by helpers who saw only the article. These gates guard the development sets
against regressions; the held-out set (limits_holdout.yaml) is measured by bench/bench_conversations.py
and never tuned on.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from local_runner.yaml_data import read_yaml
from skill_tools.conversation_quality import honest_limit_share

DATA = Path(__file__).parent / "data"
KINDS = {"dose", "frequency", "duration", "side_effects", "interactions", "personal_safety", "pregnancy",
         "instead_of_pt", "exercises", "heat_ice", "bed_rest", "surgery_risks", "surgery_recovery",
         "unlisted_medicine", "unlisted_treatment"}
#: Development sets and the share each must keep (what they measured when last tuned; issue 10's 90% target
#: is for the held-out set).
GATES = {"limits_dev.yaml": 0.92, "limits_dev2.yaml": 0.90, "limits_dev3.yaml": 0.86}


def load(name: str) -> list[dict]:
    return read_yaml(DATA / name)["limits"]


@pytest.mark.parametrize("name", [*GATES, "limits_holdout.yaml"])
def test_each_limits_set_has_every_kind_of_question_and_no_repeats(name):
    questions = load(name)
    assert len(questions) >= 100
    assert {q["kind"] for q in questions} == KINDS
    assert len({" ".join(q["utterance"].split()) for q in questions}) == len(questions)


@pytest.mark.parametrize("name, share", sorted(GATES.items()))
def test_development_limits_sets_get_honest_limits(name, share):
    honest, total = honest_limit_share(q["utterance"] for q in load(name))
    assert honest / total >= share


def test_thin_bones_said_only_to_ask_if_a_treatment_suits_get_an_honest_limit_not_a_warning():
    from runner_helpers import make_conversation

    turn = make_conversation().say("i've got osteoporosis is a chiropractor safe for me")
    assert turn.warning_sign is None
    assert turn.limit == "safety"
    assert "doctor or physical therapist" in turn.speech


@pytest.mark.parametrize("said, limit", [
    # the kind of question said after the medicine is heard, not swallowed as part of its name
    ("is it ok to take aleve with metformin", "interactions"),
    ("is it ok to take diclofenac with metformin", "interactions"),
    ("is it ok to take ibuprofen for three months straight", "duration"),
    # gym and sport words people use for how often, what it does to them, and what they mix it with
    ("is it ok to take ibuprofen before every run", "frequency"),
    ("can i take ibuprofen with my creatine", "interactions"),
    ("will naproxen dehydrate me on long runs", "side_effects"),
    ("when can i lift again after spinal fusion", "recovery"),
    ("does spine surgery leave scar tissue problems", "risks"),
    ("is it okay if i fly on holiday six weeks after back surgery", "recovery"),
    ("does naproxen affect fertility", "pregnancy"),
    ("i take eliquis for my heart is advil alright", "interactions"),
    ("which is the stronger dose ibuprofen or naproxen", "dose"),
    ("my husband says naproxen is hard on the liver he's right isn't he", "side_effects"),
    ("will i be able to ride my horse again after back surgery", "recovery"),
    ("could a spinal fusion damage the discs above it", "risks"),
    # the guide compares no medicines or treatments with each other
    ("is tylenol stronger than ibuprofen for back pain", "compare"),
    ("is acupuncture better than massage for back pain", "compare"),
    # round AA: other conditions' medicines and side effects, a lifetime on a medicine, work after surgery
    ("can naproxen make my blood sugar go up", "side_effects"),
    ("does ibuprofen make you retain water", "side_effects"),
    ("can my mum take ibuprofen with her furosemide", "interactions"),
    ("can i take naproxen with fish oil", "interactions"),
    ("can my dad stay on codeine for the rest of his life", "duration"),
    ("when can i go back to lifting heavy weights after back surgery", "recovery"),
    ("will i lose movement in my back after surgery", "risks"),
    ("is it safe for me to carry my baby in a sling with a bad back", "daily_life"),
    # round AC: stopping physio when it isn't helping, things bought at the pharmacy, a young patient
    ("can i stop going to physio if it's not helping", "instead"),
    ("is it okay to quit physiotherapy after three sessions", "instead"),
    ("do copper bracelets help with back pain", "unlisted"),
    ("do magnetic back belts actually work", "unlisted"),
    ("am i too young to have back surgery", "safety"),
    ("why does ibuprofen make me feel kind of sick", "side_effects"),
    # round AD: what the box, the midwife or the surgeon said, and comparisons of how long a medicine lasts
    ("does naproxen last longer than ibuprofen", "compare"),
    ("my midwife said i could have a massage for my back is that right", "pregnancy"),
    ("does advil cause headaches", "side_effects"),
    ("is yoga safe if i've got osteoporosis", "safety"),
    ("can my husband take naproxen with his thyroid medicine", "interactions"),
    ("my surgeon said i'd be walking the next day is that normal", "recovery"),
    # round AE: a remedy's schedule or a soak is no warning sign; older askers; a hot bath and walking
    ("is it okay if i take magnesium every night for my back", "frequency"),
    ("how many times a week can i soak in epsom salts", "heat_ice"),
    ("i am eighty two can i still take ibuprofen", "safety"),
    ("can i double my ibuprofen if the pain is very bad today", "dose"),
    ("how hot should the bath be for my back pain", "heat_ice"),
    # round AF: water pills and a forklift, carrying a toddler
    ("can i take naproxen with my water pill", "interactions"),
    ("can i run a forklift while i'm taking tramadol", "safety"),
    ("can i still carry my toddler around with a bad back", "daily_life"),
    # round AG: local brands, a heat pack after a treatment, a traditional healer
    ("is one voveran tablet enough for my aunty or does she need two", "dose"),
    ("can my dad take combiflam with his bp tablets", "interactions"),
    ("is an ice pack a good idea after acupuncture", "heat_ice"),
    ("is a sangoma good for back pain", "unlisted"),
    # round AJ: "tell me the dose of", a night shift on a medicine, going back to night shifts after surgery
    ("tell me the dosage of naproxen", "dose"),
    ("can i take ibuprofen with melatonin", "interactions"),
    ("when can i go back to night shifts after back surgery", "recovery"),
    # round AK: what a medicine does to an older relative, a carer asking about the stairs after surgery
    ("can naproxen make you dizzy", "side_effects"),
    ("when can my wife manage the stairs after her back operation", "recovery"),
    # round BC: a follow-up without the medicine's name, quitting physio said many ways, a drink in
    # South African English, a worry about the anaesthetic
    ("sorry how much of it am i meant to take", "dose"),
    ("so should i chuck in the physio and just do yoga", "instead"),
    ("can i still have a dop with it", "interactions"),
    ("i'm terrified of being put under for back surgery", "risks"),
    ("how soon will i notice a difference with the naproxen", "duration"),
    # round BD: a treatment for fertility, a drug test at work, a herbalist, a medicine for travel
    ("i am going through ivf, is it okay to take naproxen", "pregnancy"),
    ("how long does tramadol stay in your system", "duration"),
    ("my uncle sees a herbalist for his back, does that help", "unlisted"),
    ("i take malaria tablets, can i take naproxen with them", "interactions"),
])
def test_a_kind_of_question_about_a_medicine_or_an_operation_gets_its_honest_limit(said, limit):
    from runner_helpers import make_conversation

    turn = make_conversation().say(said)
    assert turn.limit == limit


def test_asking_whether_to_stop_physio_says_who_decides_and_what_the_guide_says_when_it_isnt_helping():
    from runner_helpers import make_conversation

    turn = make_conversation().say("should i just stop going to physio if it isn't helping")
    assert turn.limit == "instead"
    assert "whether to stop physical therapy" in turn.speech
    assert "doctor or physical therapist" in turn.speech
    assert "second opinion" in turn.speech


@pytest.mark.parametrize("said, limit, named", [
    ("should i take ibuprofen on a schedule or only when it hurts", "frequency", "ibuprofen"),
    ("should i take half an oxy or a whole one before my shift", "dose", "oxy"),
    ("should i try massage instead of my pt appointments", "instead", "massage"),
])
def test_a_kind_of_question_said_after_the_name_is_heard_and_the_name_alone_is_said_back(said, limit, named):
    from runner_helpers import make_conversation

    turn = make_conversation().say(said)
    assert turn.limit == limit
    assert f" {named}." in turn.speech or f" {named} " in turn.speech
    assert said.split(named, 1)[1].strip() not in turn.speech


@pytest.mark.parametrize("said", [
    "I've done physio for months and my back still hurts",
    "i've been doing pt for six months and it's not helping",
    "been going to physio for weeks and it's not working what now",
])
def test_saying_how_long_physio_has_not_helped_is_the_headline_question_not_a_question_of_how_long(said):
    from runner_helpers import make_conversation

    turn = make_conversation().say(said)
    assert turn.topic == "pt_not_working" and turn.limit is None
