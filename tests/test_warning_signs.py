"""The runner's warning-sign detector (local_runner/nlu/warning_signs.py): clinical concepts found in
what people say, and the context rules that decide whether each is a warning for someone now."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from interaction_model.model import load as load_model
from local_runner.nlu import Nlu
from local_runner.nlu.lexicon import Lexicon
from local_runner.nlu.normalize import normalize
from local_runner.nlu.sign_phrases import compile_phrase
from local_runner.nlu.warning_signs import DATA_FILE, SignRulesError, WarningSigns
from local_runner.yaml_data import read_yaml
from skill.content import load_content
from tests.sign_readings import DETECTED, RULES

FIXTURE = Path(__file__).parent / "fixtures" / "nlu_model.json"


@pytest.fixture(scope="module")
def signs() -> WarningSigns:
    return WarningSigns.load()


@pytest.fixture(scope="module")
def nlu() -> Nlu:
    return Nlu.from_model()


def sign_of(signs: WarningSigns, said: str) -> str | None:
    return signs.detect(said).sign


# ----- concepts: a place or function with a problem, a risk with an event --------------------
@pytest.mark.parametrize(("said", "sign"), [
    # a body function with a problem word, in words no value of the model lists
    ("my waterworks have gone haywire and i keep finding my underclothes damp", "bladder_bowel"),
    ("cannae pee at all and my back's agony", "urinary_retention"),   # Scots negatives
    # rounds BA and BB: regional words and things told by what happened
    ("ha'way, me back's bad and i cannit get a stiffy, is that connected like", "sexual_dysfunction"),
    ("woken up by back pain three nights running", "night_pain"),
    ("i'm not proud of this but i woke up in a wet patch and my back was killing me", "bladder_bowel"),
    ("my partner says i've not been to the loo all day and honestly i don't feel the urge, my back is shocking",
     "urinary_retention"),
    ("my back's been terrible and the wee man's stopped working, i'm mortified", "sexual_dysfunction"),
    ("i sharted in the night and didn't feel a thing", "bladder_bowel"),
    ("i'm feverish and my back's agony", "fever"),   # not "feverishly", another meaning
    ("my sister's got sciatica and now it's numb where she sits", "saddle_numbness"),
    ("a cow pinned me against the wall and my back's not right", "trauma"),
    ("my wee just runs out of me now since the back went", "bladder_bowel"),
    ("he got crushed between a forklift and a wall and his back is agony", "trauma"),
    ("one of the lads in the hostel who injects has got a bad back now", "immune_risk"),
    ("my carer found my pad was full and i never knew i'd been", "bladder_bowel"),
    ("the sciatica was just in my left leg but now the right one's going as well", "both_legs"),
    ("there's pain in two legs now not just the one", "both_legs"),
    ("my son rolled the quad yesterday and his back is killing him", "trauma"),
    ("i've been stood at the lavatory for ages and can't pass a drop", "urinary_retention"),
    # a place in the saddle area with a word for numbness, in either order, a few words apart
    ("my whole seat feels like it's gone to sleep", "saddle_numbness"),
    ("there's no sensation around my private parts", "saddle_numbness"),
    ("my foot keeps slapping on the floor when i walk", "leg_weakness"),
    ("both pins have gone numb and tingly mate", "both_legs"),
    ("since me back went the old fella won't stand to attention", "sexual_dysfunction"),
    ("came a cropper off the loft ladder and landed on me back", "trauma"),
    ("there's a heavy feeling behind my breastbone", "chest_pain"),
    # a risk factor with an event
    ("i've got brittle bones and i bumped my back on the door frame", "steroids_osteoporosis"),
    ("been on roids for my asthma for yonks and tweaked my back picking up my bag", "steroids_osteoporosis"),
    ("i had a melanoma removed years ago and now my back's started hurting", "cancer_history"),
    ("i've been injecting smack for years and my back's wrecked", "immune_risk"),
    ("i take tablets that dampen down my immune system", "immune_risk"),
    ("i'm sweating buckets and feel like death", "fever"),
    ("i had cystitis a fortnight ago and now me back's dead painful", "infection"),
    ("i seem to be shrinking without trying", "weight_loss"),
    ("nights are a battle with my back, it won't let me rest", "night_pain"),
    # words the development sets showed the rules did not yet hear
    ("i've had a wee accident twice and didn't notice till i stood up", "bladder_bowel"),
    ("i think i peed a bit in my sleep and my back's wrecked", "bladder_bowel"),
    ("not passing urine since this morning only a few drops", "urinary_retention"),
    ("i don't feel the need to pee anymore not since tuesday", "urinary_retention"),
    ("my foot doesn't want to work i keep tripping", "leg_weakness"),
    ("now the left's joined in too same burning down the thigh", "both_legs"),
    ("i'm a woman in my thirties and there's no feeling down there when we're intimate", "sexual_dysfunction"),
    ("i don't feel right at all i'm burning up", "fever"),
    ("getting skinnier eating fine back still sore", "weight_loss"),
    ("feels like an elephant's standing on me and my back is aching", "chest_pain"),
    # round AY
    ("my leg's gone limp since my back went", "leg_weakness"),
    ("shivering and sweating at work and my back's getting worse", "fever"),
    ("my forehead's burning and my back hurts", "fever"),
    ("my belly's tight like the bladder won't let go and my back's bad", "urinary_retention"),
    ("does back pain stop you being able to pee because that's what's going on with me", "urinary_retention"),
    ("one of his legs has gone weak and he's dragging it, his back's bad", "leg_weakness"),
    # stop 66 (rounds BX, BY): breathlessness or pain into the jaw or left arm with back pain is the chest-pain
    # sign (NHS heart attack), and so is a sudden tearing pain in the back (NHS aortic dissection); sciatica
    # that swaps legs is both legs; straining to pee is retention, not a leak
    ("my lower back aches and i get short of breath just getting dressed", "chest_pain"),
    ("my upper back hurts and the pain has gone up into my jaw", "chest_pain"),
    ("a ripping pain shot through between my shoulder blades out of the blue", "chest_pain"),
    ("my sciatica keeps switching sides, left one day and right the next", "both_legs"),
    ("since my disc went i have to strain and strain to get a wee out", "urinary_retention"),
    # stop 67 (round BZ): a cause named for old numbness explains nothing new said after "but this is new";
    # denying a cause ("it's not my tablets") denies no sign; waking up wet is a wet bed; a nurse's bladder
    # scan; sciatica jumping leg to leg; a rollover; pain spreading to the arm (NHS heart attack)
    ("my feet are always numb from my neuropathy but this is new, my right leg has gone weak", "leg_weakness"),
    ("i know it's not the tablets, this impotence started with my back", "sexual_dysfunction"),
    ("my sciatica is awful and i've woken up wet twice this week", "bladder_bowel"),
    ("we bladder scanned him and he's holding nine hundred mls, his back is bad", "urinary_retention"),
    ("after i've been i still need to go again after, and my back's gone", "urinary_retention"),
    ("the sciatica keeps jumping from leg to leg", "both_legs"),
    ("we had a rollover in the truck and my back is killing me", "trauma"),
    ("my back pain is spreading down my arm and i feel clammy", "chest_pain"),
    ("had an accident in my trousers, didn't even know i needed to go, back's agony", "bladder_bowel"),
    # round CA: the way a recogniser writes it ("pea", "in fection", "numb down their"), hours without
    # peeing, a pain that lying down does not ease, sciatica swapping legs day to day
    ("it's been ten hours since i could pea and my back is agony", "urinary_retention"),
    ("numb down their since my back went", "saddle_numbness"),
    ("my back pain doesn't get better when i lie down", "night_pain"),
    ("the pain goes down one leg then the other", "both_legs"),
    ("she can't feel when she needs to go since she hurt her back", "bladder_bowel"),
    # round CB: diabetes said to be out of control (never diabetes alone), a fall through a ceiling
    ("i've got poorly controlled diabetes and my back's been bad for a fortnight", "immune_risk"),
    ("dad's sugars are always above three hundred and now his back hurts", "immune_risk"),
    ("went straight through the ceiling from the loft and my back's in bits", "trauma"),
    ("sciatica in the left leg yesterday and today it's in the right", "both_legs"),
])
def test_signs_are_found_as_concepts_not_fixed_phrases(signs, said, sign):
    assert sign_of(signs, said) == sign


def test_a_plain_fall_with_thin_bones_is_the_thin_bones_sign_not_trauma(signs):
    assert sign_of(signs, "i have osteoporosis and i slipped off the edge of the bed") == "steroids_osteoporosis"
    assert sign_of(signs, "i slipped off the edge of the bed and my back hurts") == "trauma"


def test_emergency_signs_win_over_urgent_ones_said_together(signs):
    assert sign_of(signs, "i had cancer and now my legs are both numb") == "both_legs"


# ----- context: negated, hypothetical, past, a general question, explained away --------------
@pytest.mark.parametrize("said", [
    "no fever or anything just a stiff lower back",
    # a list of findings shares the word before or after it
    "the nurse asked whether i'd wet myself or couldn't feel my bottom and i said no to all of them",
    "before you ask no i'm not peeing myself and there's no fever",
    "both legs are fine it's only my left buttock that aches",
    "they tested me for cancer and it came back all clear",
    "i haven't had any accident or fall it just came on gradually",
    "my back aches but i have no weakness and no pins and needles",
    "the physio asked about numbness between my legs and i don't have any",
    "my legs aren't weak",
    "never had cancer never been on steroids just a dodgy back",
    "i've got no problems with my waterworks at all",
    "temperature's normal i checked it this morning",            # heard "temperature normal"
    "nobody in my family has had cancer and neither have i",
])
def test_a_negated_sign_is_no_warning(signs, said):
    found = signs.detect(said)
    assert found.sign is None
    assert any(j.reason == "negated" for j in found.judged) or "asked" in said


@pytest.mark.parametrize("said", [
    "can a urine infection cause back pain",
    "is numbness down below permanent",
    "how much weight loss counts as a lot",
    "is it true a slipped disc can send pain down both legs",   # "true" and "can" in a general question
    "does losing weight help with lower back pain",
    "does osteoporosis cause back pain",
    "do men get erection problems from back pain or is that a myth",
    "how would you know if back pain was cancer",
    "is it possible for sciatica to go down both legs",
    "can back pain and chest pain be connected",
    "can you get back pain because of a kidney infection",   # "because of" names a cause, gives no reason
])
def test_a_general_question_is_no_warning(signs, said):
    found = signs.detect(said)
    assert found.sign is None
    assert any(j.reason == "a general question" for j in found.judged)


def test_bladder_control_asked_about_is_no_sign_but_lost_it_is(nlu):
    # Decided by the data: no development line says "bladder control" for a loss of it without
    # saying so ("lost", "no", "can't"), and near misses ask what helps it. So "can yoga help
    # bladder control" is a question about yoga; "I have no bladder control" is the sign.
    asked = nlu.resolve("can yoga help bladder control")
    assert (asked.intent, asked.slots["treatment"].id) == ("AlternativesIntent", "yoga")
    assert "symptom" not in asked.slots
    lost = nlu.resolve("I have no bladder control")
    assert (lost.intent, lost.slots["symptom"].id) == ("RedFlagsIntent", "bladder_bowel")


def test_what_is_asked_help_for_is_the_askers_own(signs):
    # "does losing weight help" asks about a treatment; "help with pins and needles in both legs" about a symptom
    assert sign_of(signs, "would a tens machine help with pins and needles in both legs") == "both_legs"
    assert sign_of(signs, "does losing weight help my back") is None


def test_a_question_said_of_oneself_is_a_warning(signs):
    assert sign_of(signs, "can i take naproxen for my back if i haven't been able to wee all day") == "urinary_retention"
    assert sign_of(signs, "can back pain make you lose weight because i've lost ten kilos without trying") == "weight_loss"


def test_a_question_tag_asks_in_general_only_when_no_one_is_named(signs):
    # Singlish and translated tags close a question said as a statement
    assert sign_of(signs, "back pain can cause fever or not") is None
    assert sign_of(signs, "sciatica can affect both legs or not") is None
    # ...but a tag after one's own trouble asks about oneself
    assert sign_of(signs, "my back pain come with fever feeling very unwell can go for massage or not") == "fever"
    # what something can do, said of no one, is asked as many languages ask it
    assert sign_of(signs, "back pain can cause fever") is None
    assert sign_of(signs, "el dolor de espalda puede dar fiebre") is None
    assert sign_of(signs, "my back pain can cause fever and i have a fever") == "fever"


def test_a_denial_ends_at_but_and_the_symptom_after_it_still_warns(signs):
    # the "no" denies the pain in the leg, not the weakness said after "but"
    assert sign_of(signs, "no pain in my leg but it is weak") == "leg_weakness"
    assert sign_of(signs, "no pain in the leg much but it's weak and numb now") == "leg_weakness"
    # ...while a denial followed only by the back itself still denies ("just a dodgy back")
    assert sign_of(signs, "never had cancer never been on steroids just a dodgy back") is None
    assert sign_of(signs, "no weakness in my legs but my back hurts") is None


def test_can_no_longer_is_can_not_and_a_song_title_does_not_hide_last_nights_fever(signs):
    assert sign_of(signs, "i can no longer hold my urine") == "bladder_bowel"
    assert sign_of(signs, "since last night fever and my back hurts") == "fever"
    assert sign_of(signs, "play night fever by the bee gees") is None
    # "chilling" is resting, but "chills" is a fever's: no night pain from "severe chills"
    assert sign_of(signs, "my mother's back hurts and she has fever and severe chills") == "fever"


def test_a_particle_before_a_question_still_opens_it(signs):
    # "yaar", "pues", "aiyo": a word said first does not stop the question being asked in general
    assert sign_of(signs, "yaar can back pain make you incontinent") is None
    assert sign_of(signs, "pues can sciatica go into both legs or only one") is None
    # ...while one's own sign after the particle still warns
    assert sign_of(signs, "yaar i can not pee since morning") == "urinary_retention"


def test_a_sign_added_as_an_afterthought_is_told_not_asked_to_learn(signs):
    said = ("my dad had his hip done and he wants to know if he can take panadol for his back, "
            "oh and the wound's gone red and oozy this week")
    assert sign_of(signs, said) == "infection"
    assert sign_of(signs, "my daughter asked me what happens when your legs go numb") is None


def test_pretending_it_is_fine_denies_nothing(signs):
    said = "my dad's got a prolapsed disc and he can't pass urine he's pretending it's fine"
    assert sign_of(signs, said) == "urinary_retention"


def test_an_infection_or_cancer_named_for_the_bladder_or_bowel_is_no_toilet_word(signs):
    # "urine" and "bowel" inside "urine infection" and "bowel cancer" are not the toilet a leak is told of
    assert sign_of(signs, "i had urine infection and now back hurts i don't know why") == "infection"
    assert sign_of(signs, "last week urine infection happened and now new pain in the back") == "infection"
    assert sign_of(signs, "my bowel cancer was operated on it happened and now new back pain") == "cancer_history"
    assert sign_of(signs, "i have a bladder infection and i wet myself without knowing") == "bladder_bowel"


def test_what_comes_out_by_itself_is_a_leak_though_the_urge_is_gone(signs):
    assert sign_of(signs, "i don't feel when i need to pee it just comes out") == "bladder_bowel"
    assert sign_of(signs, "i don't feel when i need to pee and only a trickle comes out") == "urinary_retention"


def test_numb_down_there_with_a_partner_is_the_sexual_sign(signs):
    assert sign_of(signs, "my back hurts and in bed with my wife my private part is numb i feel nothing") \
        == "sexual_dysfunction"
    assert sign_of(signs, "my back hurts and my private part is numb") == "saddle_numbness"


def test_a_fall_said_with_if_is_a_worry_unless_it_is_told_in_the_past(signs):
    # "if i fall" and "if i fell" share a stem: only the past form is told as having happened
    assert sign_of(signs, "if i fall again will my back be ok") is None
    assert sign_of(signs, "what if i slip on the ice with my bad back") is None
    assert sign_of(signs, "what should i do if i fell off a ladder this morning") == "trauma"
    assert sign_of(signs, "can i take ibuprofen if i slipped on the stairs and hurt my back") == "trauma"


@pytest.mark.parametrize("said", [
    "i keep falling asleep on the sofa and waking up with a stiff back",
    "alexa set a reminder for my steroid tablets at eight",
    "me numbers came up at bingo and i nearly wet meself laughing",
    "i'm dead on me feet after a twelve hour shift, back's achy",
    "my legs were jelly after dancing all night at the wedding",
    "i'm a nervous wreck before every physio appointment",
    "there's a bug in the app that keeps skipping my exercises",
    "i fell behind on my exercises because of work",
    "my hot water bottle burst and soaked the bed",
    "my mate's on steroids for bodybuilding and says deadlifts fix back pain",
    "i tripped the fuse plugging in the heat pad",
    "my colleague came back from holiday with a fever",   # "came back" is no back
    "the dishwasher keeps leaking and mopping it up hurts my back",
    "my back's been killing me since the party we danced all night",
    "my back always aches more in the fall when the weather turns",
    "the football match was at fever pitch and i jumped up and tweaked my back a bit",
    "i was lifting a chest of drawers up the stairs and now my back is a bit sore",
    "my computer crashed and i lost my back exercise plan",
    "i nearly wet myself laughing at the physio's jokes",
    "my favourite band is called the chest pains",
    "a tree fell on my garden shed and clearing it up made my back ache",
    "i go weak at the knees every time i see the physio bill",
    "i had my flu jab this morning and my arm's a bit sore",
    "i had the shingles vaccine and felt a bit shivery for a day like the leaflet said",
    "it's thirty five degrees outside today what temperature should a hot pack be",
    "the ultrasound gel was freezing when the physio put it on my back",
    "i'm on steroid cream for eczema does that affect my bones at all",
    "my tens pads keep falling off when i sweat at the gym",
    "my back is killing me after dancing all night at my cousin's wedding",
    "the aircon's broken and i'm boiling in the office all day",
    "i'm on antibiotics for my acne can i still take ibuprofen",
    "my pilates teacher says i'll really feel the burn in my core",
    "the kettle's leaking and i can't bend to wipe it up with my back",
    "my toddler keeps having accidents since we started potty training",
    "my sat nav crashed on the way to the physio",
    "i've been feverishly doing my exercises every day",
    "we had a bit of a falling out at the physio over my bill",
    "nothing wrong in the bedroom department it's just my back",
    # "going" is no "gone" in a sexual problem ("gone" reads as "go" by the lexicon)
    "is having sex going to make my back worse",
    # round AY
    "the computer system at work crashed again tonight",
    "our team had a fall from grace this season",
    "alexa play cold sweat by james brown",
    "the router light wakes me up at night it's so bright",
    "my legs were like jelly after the five a side, just me being unfit",
    "walking with a limp since my back went",
    # stop 66: effort explains the breath, lifting the tear, the dentist the jaw; sleeping sides are no sciatica;
    # "three mornings running" is set aside only as said, so "my morning run" is still a run
    "i was out of breath after my morning run but my back felt fine",
    "i felt a tearing pain in my back when i lifted the sofa",
    "my jaw is still numb from the dentist and my back is stiff",
    "i switch sides when i sleep because my back hurts",
    "the stock market took a big fall today and my back is tense",
    # stop 67: a laxative working, sweat from exercises, a numb bottom from a bike saddle, a tap with no water,
    # the news of a crash, a pad wet as always
    "she's opening her bowels more often since the laxative, which is the point",
    "i am sweating because i did the exercises for half an hour",
    "my bum goes numb from the saddle on long rides and my back is stiff",
    "the water is not coming in the tap and my back hurts from carrying buckets",
    "any news on the crash on the motorway this morning",
    "his pad was wet at the morning change, same as always, nothing new",
    # round CA: falling asleep as a recogniser writes it, autumn leaves, a snoring partner
    "i fell a sleep on the sofa and woke up with a stiff back",
    "the leaves are falling off the trees and my back aches from raking",
    "my husband's cough keeps me awake, can lack of sleep make my back worse",
    # round CB: diabetes alone or in control, cravings, prices
    "i have diabetes and my back aches, is swimming good for it",
    "my diabetes is well controlled and my back aches",
    "my sugar cravings are out of control and my back hurts",
    "there was a big fall in onion prices this week",
    # round DA: "met" shares the stem of "mets" (metastases), a chest said to be fine, a stock-market crash
    "i met the physio again today and my back is no better",
    "chest fine, breathing fine, only my back is sore",
    "there was a total crash at the stock exchange and my back is tense",
])
def test_another_meaning_of_a_sign_word_is_no_warning(signs, said):
    assert sign_of(signs, said) is None


@pytest.mark.parametrize("said", [
    "i had a water infection about ten years ago but nothing since",
    "i had a chest infection back in year nine and that's all",
    "i had some bladder leakage after the kids were born but the physio fixed that",
    "i had a high temperature as a toddler and that's the only time",
    "i had a temperature after the trip but it's gone now and my back is just stiff",
    "i broke my ankle falling off a ladder twenty years ago but it healed fine",
    "i had a fever when i had covid two years ago but nothing like that now",
    "i was in a car accident in nineteen ninety two just whiplash and it settled",
    "i came off my bike on the way to work in twenty fifteen and cracked a rib and that was that all healed",
    "i had glandular fever at sixteen and it knocked me out for weeks but i've been well since",
    "my foot went numb after i sprained my ankle but the feeling came back fine",
    "i fell off my bike when i was about ten and broke my arm",
    "i had a fever on holiday in march but it went in a couple of days",
    "i wet the bed as a little kid but grew out of it",
    "i've had metal rods in my spine from an old accident for years can i still swim",
    # round AY
    "i had trouble peeing when i had a uti but it cleared",
    "had chest pain once, they checked my heart and it was heartburn",
    "i fell off my bike last summer but the x rays were fine",
    "my back used to wake me up but it stopped months ago",
    # round BA: what is past in one reading is past in every reading of the same words
    "me back used to wake me at night but since the new mattress i sleep right through",
    "i had trouble peeing after my operation but that sorted itself out within a day",
])
def test_a_sign_long_past_and_resolved_is_no_warning(signs, said):
    assert sign_of(signs, said) is None


@pytest.mark.parametrize(("said", "sign"), [
    ("this morning i had a squeezing in my chest going up into my jaw but it passed", "chest_pain"),
    ("my chest went tight walking up the hill with my bad back and it went away after a bit", "chest_pain"),
    ("i had a tight chest last week but it turned out to be indigestion and my back is just stiff", None),
    ("i slipped on a grape at work but i stayed on my feet", None),
])
def test_chest_pain_that_has_passed_still_warns_unless_a_cause_was_found(signs, said, sign):
    """NHS: chest pain with back pain is an emergency; a bout passing is no reassurance (other signs keep
    their resolutions)."""
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), [
    ("for my biology homework how does a slipped disc press on nerves", None),
    ("i'm writing an essay for my nursing module on why incontinence with back pain needs an urgent scan", None),
    ("i watched a documentary on it and that's what i have got i can't feel anything down below", "saddle_numbness"),
    # asked for someone who wants to know, not someone who has it
    ("can sciatica affect both legs my mum wants to know", None),
    ("is back pain ever a sign of a heart attack my mum's curious", None),
    ("my mum wants to know why she keeps wetting herself since her back went", "bladder_bowel"),
])
def test_a_line_asked_to_learn_is_a_general_question_unless_it_is_happening_to_the_asker(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), [
    ("bruh both my legs feel like they're asleep all the time since i did my back", "both_legs"),
    ("my inner thighs feel like they belong to someone else all numb and my lower back's wrecked", "saddle_numbness"),
])
def test_they_said_of_ones_own_legs_in_a_simile_is_no_other_person(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), [
    # asked, not denied: "normal" right after the symptom opens a question here
    ("is chest tightness normal with the back pain i've had for a month", "chest_pain"),
    ("my temperature is normal and my back aches", None),
    # the class asked about is no cause of the fever
    ("should i still go to pilates if i've got a fever and my back hurts", "fever"),
    ("i'm sweaty after pilates and my back aches", None),
    # "she'd" is "she had", not a garden shed (a thing cannot have an accident)
    ("mum's had this awful back for a fortnight and the carer found she'd messed the bed and hadn't a clue", "bladder_bowel"),
    # a lump found harmless is no history of cancer; cancer treated and cleared still is
    ("years ago i had a scare with a lump in my breast but it was just a cyst and nothing came of it", None),
    ("i had breast cancer and got the all clear five years ago and now my back aches all the time", "cancer_history"),
    # "either foot" is both feet
    ("standing in the queue i couldn't feel either foot on the floor and my back is killing me", "both_legs"),
    # "I don't know what's wrong" denies nothing that follows
    ("dinnae ken whit's wrang i cannae get a pee oot and ma back's murder", "urinary_retention"),
    ("i don't know what's going on but i can't get a wee out and my back is agony", "urinary_retention"),
    # "it doesn't matter how I lie" is no denial of the pain that wakes them
    ("this back wakes me up every night and it doesn't matter how i lay", "night_pain"),
    # "no wait" corrects the speaker; it denies nothing
    ("i've got osteo no wait osteoporosis and i lifted the shopping and my back went", "steroids_osteoporosis"),
    # flushed with a temperature is the fever itself, not its explanation
    ("my sister's been clammy and flushed with a temperature and her back's suddenly much worse", "fever"),
    # shedding pounds is no garden shed
    ("been shedding pounds without trying and my back aches", "weight_loss"),
    ("i drive a forklift at work can i take muscle relaxants and still do my job", None),
    # a follow-up "what if" about how things are is the asker's; one about what may come is not
    ("and what if i've got a temperature as well", "fever"),
    ("and what if my chest hurts when the back pain comes on", "chest_pain"),
    ("what if my leg goes numb", None),
    ("what if i had cancer", None),
    # "since the car crash" after the asker's own words tells when it began; asked of anyone, it is general
    ("can i keep taking paracetamol my back hurts a lot since the car crash two days ago", "trauma"),
    ("can back pain start since a car crash", None),
    # help asked for one's own sign, and a bath asked about is no cause of the fever
    ("which painkiller is best for back pain with a tight chest", "chest_pain"),
    ("can i have a hot bath for my back i've got a fever and i keep shivering", "fever"),
    # clothes that keep falling down are weight lost, not a fall
    ("me shorts keep falling down and i'm not dieting", "weight_loss"),
    # "can't ... without my chest going tight" says it happens; "the water won't come" is no denial
    ("i can't carry the shopping up the stairs without my chest going tight and my back aching", "chest_pain"),
    ("my back has been bad this week and the water won't come it just won't start", "urinary_retention"),
    # a slip getting out of the car is a minor event, which with thin bones is the bones' sign
    ("can i use a heat pack for my back i've got osteoporosis and i slipped getting out of the car", "steroids_osteoporosis"),
    ("the chain on my bike keeps slipping", None),
    # pain "together" is no sex, and idioms and a job are nobody's sign
    ("my husband's got chest pain and back pain together and he's gone grey", "chest_pain"),
    ("the gas bill nearly gave me a heart attack it's gone through the roof", None),
    ("as a physio i see loads of people with foot drop after strokes", None),
    ("the chiropractor's adjustment made my legs tingle for a second", None),
    # round AG: another person's back said without the word ("with hers"), or the asker says it is the
    # other person they ask about: their sign counts though the asker's own back is said too
    ("my back's been aching for weeks but now my wife's got chest pain with hers", "chest_pain"),
    ("my back's been sore too but it's my mum i'm worried about she's messed herself three times and didn't know", "bladder_bowel"),
    ("my daughter's got a water infection and i've been up with her all night", None),
    # "my" before the finding is its owner, not the tablets before it
    ("should i keep taking my back tablets my chest has gone tight", "chest_pain"),
    # a question about what a fever is; marathon training is no train; a class asked about explains nothing
    ("what temperature counts as a fever in an adult", None),
    ("i'm training for a marathon and the weight's coming off as planned", None),
    ("can i keep going to my pilates class if my leg's getting weaker every day", "leg_weakness"),
    # "can't stand for long" is no denial of the legs going numb
    ("i can't stand for long both my legs go numb and tingly", "both_legs"),
    # round AH: a hedge ("i think i might have") and a reminder are no hypotheticals; help asked "when
    # you've got" a sign is the asker's own; "not one leg", "not able to" and "it's not X, it's like"
    # deny nothing that follows
    ("i think i might have wet myself at work and my back's killing me", "bladder_bowel"),
    ("remind me to buy incontinence pads i keep wetting myself since my back went", "bladder_bowel"),
    ("what exercises help back pain when you've got chest tightness too", "chest_pain"),
    ("it's not one leg any more both my legs have gone tingly", "both_legs"),
    ("since my back went i'm not able to get an erection", "sexual_dysfunction"),
    ("it's not indigestion it's like a heavy chest and my back hurts", "chest_pain"),
    # ...and a star sign, a device, the forecast and a diet are nobody's sign
    ("read me the horoscope for cancer", None),
    ("alexa you've crashed again", None),
    ("the temperature is going to drop tonight", None),
    ("i stopped eating takeaways and lost a few pounds", None),
    # round AI: "ain't no fever" denies, "ain't got no feeling" is the problem; "no actually" corrects
    # what came before, it denies nothing after; help asked "if my ..." is the asker's own
    ("there ain't no fever with it just my back playing up", None),
    ("i ain't got no feeling in my legs", "both_legs"),
    ("my knee hurts no actually it's more my chest and it's tight", "chest_pain"),
    ("would a tens machine help if my bottom has gone numb", "saddle_numbness"),
    ("i don't feel a thing during sex any more it's gone numb", "sexual_dysfunction"),
    # ...and a scraped knee, a choice made to be careful and where to sleep are no signs
    ("my mate came off his bike but he's fine just a scraped knee", None),
    ("we've stopped having sex while my back is bad just to be careful", None),
    ("can i sleep on the sofa or will it make my back worse", None),
    # a cancer scare that "was nothing" is no cancer; cancer that "was nothing compared to this pain" is
    ("i had a cancer scare back in the day but it was nothing", None),
    ("i had breast cancer five years ago but it was nothing compared to this back pain", "cancer_history"),
    # round AJ: the sign's own "can't" denies no one's back; a fall down the stairs is serious for anyone;
    # "running" a low-grade fever is no run; another person calling a sign "just heartburn" resolves nothing
    ("dad can't pee back agony", "urinary_retention"),
    ("my nan has osteoporosis and she slipped and now she can't stand up straight", "steroids_osteoporosis"),
    ("my nan fell down the stairs this morning", "trauma"),
    ("my partner's running a low grade fever and his back is sore", "fever"),
    ("she's got chest tightness with her back pain but reckons it's just heartburn", "chest_pain"),
    ("both my legs feel like they're not really mine since my back went", "both_legs"),
    # ...and the news, a normal temperature and a sunday roast are nobody's sign
    ("the news said there's a bug going round with really high fevers", None),
    ("my temperature is ninety eight point four so no fever just stiff", None),
    ("lifting the sunday roast out of the oven hurt my back", None),
    # round AK: thin bones or steroids and a minor fall count for anyone, as a fall off a roof said tersely
    # does; "the small hours" are night; an errand, loo roll and a question about families are no sign
    ("my gran has brittle bones and she had a little slip in the garden", "steroids_osteoporosis"),
    ("grandad fell off roof", "trauma"),
    ("the small hours are agony with my back", "night_pain"),
    ("my uncle's on steroids for his lungs and i'm picking up his prescriptions", None),
    ("we've run out of toilet roll again", None),
    ("does osteoporosis run in families", None),
    # "fine at first" after a serious fall denies nothing when it is worse now
    ("came off my motorbike and felt fine at first but now my back is agony", "trauma"),
    # sleeping well says the nights are fine, and denies nothing else said after it
    ("i sleep ok at night it's only worse when i sit for long", None),
    ("i sleep fine at night and i wet myself without knowing", "bladder_bowel"),
    ("what painkillers are best when your leg's gone numb and weak since tuesday", "leg_weakness"),
    ("the wee one has wet the bed again, he's only four", None),
    # round AM: someone else's plain fall that hurt their back; a dated accident makes a "what's good for"
    # question the asker's own; a body part is no person; legs going weak "in the bath" is not explained away
    ("my mum fell and hurt her back", "trauma"),
    ("what's good for back pain after a car crash yesterday", "trauma"),
    ("my lady bits have gone numb during sex since my back went", "sexual_dysfunction"),
    ("both my legs went weak and numb in the bath and i couldn't stand", "both_legs"),
    ("without doing any dieting my weight is reducing and my back still hurts", "weight_loss"),
    # ...and prices or night "falling", a baby's temperature and cooking onions are no signs
    ("night has fallen and my back aches", None),
    ("bub's teething and running a temp", None),
    ("how long do i sweat the onions for", None),
    ("does naproxen interact with weight loss pills", None),
])
def test_questions_and_explanations_are_read_as_meant(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), [
    ("they took a growth off my lung last year and now my back is killing me", "cancer_history"),
    ("they cut a melanoma off my arm last spring and my back has been sore for weeks", "cancer_history"),
    ("my dad had a scan and they said it was a tumour in his lung, his back is agony now", "cancer_history"),
    ("my mum had a scan and they said it was cancer but she has no back problems at all", None),
])
def test_they_who_treated_someone_are_not_whom_the_sign_is_about(signs, said, sign):
    """'They' who took, cut or found something are the clinicians: the sign is the speaker's unless
    someone else is named."""
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "who"), [
    ("my wife says i can't feel it when she touches my inner thighs, and my back's been hurting", "self"),
    ("i think she can't feel her legs and her back is bad", "someone else"),
])
def test_the_speaker_said_just_before_a_sign_is_whom_it_is_about(signs, said, who):
    """'I' just before the words is their subject, whoever the words name inside: a partner who
    noticed it is not whom it happened to."""
    detection = signs.detect(said)
    assert detection.sign is not None and detection.who.startswith(who)


@pytest.mark.parametrize(("said", "sign"), [
    ("the acupuncturist put one needle in my back and then another needle lower down", None),
    ("i want to speed up my recovery what speed should i walk at", None),
    ("i pack all my gear in the car and the gear is heavy for my back", None),
    ("i used to shoot speed and smack and now my back hurts", "immune_risk"),
])
def test_a_word_said_twice_is_not_two_concepts(signs, said, sign):
    """A rule needing two concepts (injecting, a drug) is not met by one word of both classes said twice."""
    assert sign_of(signs, said) == sign


def test_a_history_of_cancer_is_the_sign_itself(signs):
    assert sign_of(signs, "i had breast cancer five years ago and now i've got new back pain") == "cancer_history"
    # "mets" as doctors shorten metastases, said as the word ("met", another word, shares its stem)
    assert sign_of(signs, "she has bone mets and her back is killing her") == "cancer_history"


@pytest.mark.parametrize(("said", "sign"), [
    ("i've lost two stone on slimming world and my back feels better for it", None),
    ("i'm trying to drop some weight to help my back what's a good diet", None),
    ("i sat in the sauna at the gym and sweated buckets", None),
    ("i've lost a stone without trying and my back keeps hurting", "weight_loss"),
    ("my belt's on the last notch and i'm not even trying to lose weight", "weight_loss"),
    ("i'm running a fever and my lower back is killing me", "fever"),
])
def test_deliberate_dieting_or_a_sauna_explains_it_away(signs, said, sign):
    assert sign_of(signs, said) == sign


# ----- whom it is about ------------------------------------------------------------------------
@pytest.mark.parametrize("said", [
    "my little boy has a temperature what dose of calpol can he have",
    "my daughter's wetting the bed again she's five is that normal",
    "my dad has prostate cancer can you tell me about his treatment options",
    "my friend's got the flu with a high temperature should i keep away from her while my back's healing",
    "my sister's on chemo so i drive her to appointments and my back is a bit stiff",
    "my mate got knocked off his bike and broke his arm but his back's fine",
    "my cat wet the bed so i had to change the sheets",
    "a tree fell on my neighbour's shed in the storm",
    # a character in a book, film or game is no one the warning is for
    "in the game my character got thrown off his horse and lost all his health",
    "my sim keeps wetting herself because i forget to send her to the toilet",
    "my dog's lost a lot of weight lately",
    # said outright of their back, even an emergency sign of theirs is no back warning sign
    "my dad can't pee properly because of his prostate but his back's fine",
    "my granny wets the bed sometimes but she's got no back problems it's me with the sore back",
    # the back pain said is the speaker's own, the sign another person's
    "my husband has erection trouble from his heart pills and my back pain doesn't help",
    "my nan's feet have gone numb with her sugar and lifting her has done my back in",
    "my neighbour had chest pains last week so now i'm worried about my own back",
    # a condition of theirs explains it
    "my friend's diabetic and her feet are numb all the time",
    "my uncle had prostate surgery and can't get erections now",
    # whom the speaker cares for is someone else, however the sentence runs
    "the man i care for has a chest infection but his back's fine and so is mine",
    # a child's weak leg is mostly a knock or a cast, not a back warning sign
    "my son's leg is in a cast from football and he can't walk on it",
    # the risk is theirs in every reading, however near the speaker's own back is said
    "my mother has osteoporosis, i'm asking about my own back which is just stiff",
])
def test_someone_else_with_no_back_trouble_of_their_own_raises_no_alarm(signs, said):
    assert sign_of(signs, said) is None


@pytest.mark.parametrize(("said", "sign"), [
    ("my mother has fever since three days with back pain", "fever"),
    ("my husband's back went out and now he's having bowel accidents he can't control", "bladder_bowel"),
    ("my uncle fell from the terrace yesterday and is having back pain", "trauma"),
    # an emergency sign in someone else needs no word about their back
    ("my girlfriend's foot has started dragging and she's tripping on the sidewalk", "leg_weakness"),
    ("my husband can't pee", "urinary_retention"),
    # what the speaker adds about their own question never hides it
    ("my husband can't pee, i'm just asking about what to do", "urinary_retention"),
    ("my wife's leg is getting weaker by the day and her back's no better", "leg_weakness"),
    # a back said without an owner is not the speaker's by default
    ("the lodger with back pain tells me he can't feel his legs properly", "both_legs"),
    ("i care for a gentleman with back pain and today he's been incontinent of urine three times", "bladder_bowel"),
    # a son or daughter said to be grown is an adult: an emergency sign needs no word about their back
    ("my daughter's twenty six and she says her left foot drags and she can't go up on her toes", "leg_weakness"),
    ("my son's twenty and he's gone really thin lately even though he eats loads", "weight_loss"),
    # a thing that fell on someone's back hurt them ("back at work" is no body part to the rules)
    ("a heavy shelf fell on my mate's back at work today", "trauma"),
    # ...and a thing that fell on the person themself ("a tree fell on my neighbour's shed" does not)
    ("a pallet fell on my brother at work and he can't get up", "trauma"),
    ("a pallet of bricks came down on my husband at the site", "trauma"),
])
def test_a_sign_in_a_partner_or_parent_still_gets_the_warning(signs, said, sign):
    found = signs.detect(said)
    assert found.sign == sign
    assert found.who.startswith("someone else")


@pytest.mark.parametrize(("said", "expected"), [
    # a fall from a roof or a pile-up is an emergency for a child as for anyone...
    ("my son fell off the shed roof", "trauma"),
    ("my little girl was in a pile up on the motorway", "trauma"),
    # ...while a child's night-time leg aches (growing pains) and a fall off a trampoline need back trouble said
    ("my little boy's legs ache at night and wake him", None),
    ("my daughter fell off the trampoline", None),
])
def test_a_child_needs_back_trouble_said_unless_the_event_is_serious_in_itself(signs, said, expected):
    assert sign_of(signs, said) == expected


@pytest.mark.parametrize(("said", "sign"), [
    # a word put right after a mishearing is no denial
    ("no not my eggs my legs both my legs they're tingling since my back got bad", "both_legs"),
    ("chest i said chest not chess it's tight my chest and it goes into my back", "chest_pain"),
    # a yoga pose named after animals is about the speaker
    ("is it worth doing cat cow when everything down below has gone numb", "saddle_numbness"),
])
def test_a_mishearing_put_right_or_a_pose_named_after_an_animal_still_warns(signs, said, sign):
    found = signs.detect(said)
    assert found.sign == sign
    assert not found.who.startswith("someone else")


def test_a_childs_numb_saddle_warns_without_back_trouble_but_a_childs_weak_leg_does_not(signs):
    assert sign_of(signs, "my daughter says she can't feel the toilet paper when she wipes") == "saddle_numbness"
    assert sign_of(signs, "my son's twelve and his knee gave way at football") is None
    assert sign_of(signs, "my son's leg is weak after the cast came off") is None


# ----- words the NLU's lexicon reads as another subject never hide a sign ----------------------
@pytest.mark.parametrize(("said", "word", "sign"), [
    ("I had breast cancer and now my back hurts", "cancer", "cancer_history"),
    ("my chest is tight and my back aches", "chest", "chest_pain"),
    ("I think I fractured my spine falling off a wall", "fracture", "trauma"),
    ("I can't sleep for the pain in my back", "sleep", "night_pain"),
])
def test_words_of_another_subject_never_hide_a_sign(nlu, said, word, sign):
    assert Lexicon.load().is_foreign(word)   # the lexicon does read it as another subject
    result = nlu.resolve(said)
    assert (result.intent, result.reason) == ("RedFlagsIntent", "warning sign")
    assert result.slots["symptom"].id == sign


# ----- the engine's seam -----------------------------------------------------------------------
def test_a_sign_wins_whatever_else_was_asked_with_the_words_heard_in_the_slot(nlu):
    result = nlu.resolve("what heat pack is best for my lower back also i've been soiling myself")
    assert (result.intent, result.reason, result.confidence) == ("RedFlagsIntent", "warning sign", 1.0)
    slot = result.slots["symptom"]
    assert (slot.id, slot.status, slot.value) == ("bladder_bowel", "ER_SUCCESS_MATCH", "soiling myself")


def test_a_sign_the_detector_sets_aside_is_taken_out_of_every_slot(nlu):
    # "fever" is a value of the slot type, but negated it is no warning on any intent
    result = nlu.resolve("no fever, does yoga help my back")
    assert result.intent != "RedFlagsIntent"
    assert "symptom" not in result.slots
    assert "negated" in result.detail


def test_a_general_value_still_brings_the_general_list(nlu):
    result = nlu.resolve("should I go to the emergency room or just take painkillers")
    assert result.intent == "RedFlagsIntent"
    assert result.slots["symptom"].id == "emergency"


def test_explain_says_which_rule_found_the_sign_and_what_the_context_made_of_it(nlu):
    detail = nlu.resolve("my dad has a fever and his back is killing him").detail
    assert "warning sign fever (urgent)" in detail
    assert "by '{fever_named}'" in detail and "kept (someone else, who has back trouble)" in detail
    assert "dropped: about a child" in nlu.resolve("my toddler has a fever").detail


def test_a_model_that_names_its_values_its_own_way_is_mapped_by_their_words():
    nlu = Nlu.from_model(FIXTURE)   # its saddle sign is the value "numbness" ("numbness in my groin")
    result = nlu.resolve("numb down below, should I take advil")
    assert result.intent == "RedFlagsIntent"
    assert result.slots["symptom"].id == "numbness"


# ----- the data a clinician reviews ------------------------------------------------------------
def test_every_sign_of_the_content_has_rules_at_its_level_naming_known_guidance(signs):
    content = load_content("en-US")
    assert set(signs.signs) == set(content.warning_signs)
    for sign_id, sign in signs.signs.items():
        assert sign.level == content.warning_signs[sign_id].level, sign_id
        assert sign.sources and set(sign.sources) <= set(content.sources), sign_id
        assert sign.means and sign.rules, sign_id
    assert sorted(signs.order) == sorted(signs.signs)


def test_every_way_the_model_says_a_sign_is_read_as_that_sign(signs):
    """The runner hears what an Echo would: each WarningSignType form is detected as its own sign."""
    for value in load_model().types["WarningSignType"].values:
        if value.id not in signs.signs:
            continue   # the general value ("an emergency") is no sign
        for form in value.forms:
            assert signs.detect(form).sign == value.id or signs.detect(f"I have {form}").sign == value.id, form


def test_no_and_true_in_the_data_file_stay_words(signs):
    data = read_yaml(DATA_FILE)
    assert False in data["context"]["negated"]["before"]   # what plain YAML 1.1 would make of "no"
    assert True in data["context"]["generic"]["general_words"]   # ...and of "true"
    assert sign_of(signs, "no numbness anywhere") is None
    assert sign_of(signs, "is it true sciatica can go down both legs") is None


def test_a_general_word_of_several_words_makes_a_question_general(signs):
    assert sign_of(signs, "does sciatica down both legs happen with a slipped disc") is None
    assert sign_of(signs, "does sciatica down both legs happen with mine") == "both_legs"


def test_a_sign_flag_that_is_not_true_or_false_fails_at_load(tmp_path):
    data = read_yaml(DATA_FILE)
    data["signs"]["fever"]["others_need_back"] = "sometimes"
    path = tmp_path / "rules.yaml"
    path.write_text(json.dumps(data))
    with pytest.raises(SignRulesError, match="others_need_back must be true or false, not 'sometimes'"):
        WarningSigns.load(path)


def test_a_rule_naming_an_unknown_class_fails_at_load_naming_the_file(tmp_path):
    data = read_yaml(DATA_FILE)
    data["signs"]["fever"]["found_by"].append({"together": ["fever", "no_such_class"], "within": 3})
    path = tmp_path / "rules.yaml"
    path.write_text(json.dumps(data))
    with pytest.raises(SignRulesError, match=r"rules\.yaml: signs\.fever names an unknown word class 'no_such_class'"):
        WarningSigns.load(path)


@pytest.mark.parametrize("said, sign", [
    # numbness down there told of time together is the sexual sign ...
    ("no feeling down there when me and the wife are together, since my back started up", "sexual_dysfunction"),
    ("we still have a healthy love life but since my back went i've got no feeling down there during it",
     "sexual_dysfunction"),
    # ... and the same words alone, or on the toilet, are numbness in the saddle area
    ("my bf says his junk and his butt feel numb and his back's been wrecked all week", "saddle_numbness"),
    ("my wife says she can't feel anything down there when she sits on the loo", "saddle_numbness"),
])
def test_numbness_down_there_during_sex_is_the_sexual_sign(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize("prefer, message", [
    ({"sign": "fever", "over": "saddle_numbness", "when": ["sex_context"]}, "prefer puts fever before saddle_numbness, a sign of another level"),
    ({"sign": "no_such_sign", "over": "saddle_numbness", "when": ["sex_context"]}, "prefer names an unknown sign 'no_such_sign'"),
    ({"sign": "sexual_dysfunction", "over": "saddle_numbness", "when": ["no_such_class"]}, "prefer names an unknown word class 'no_such_class'"),
    ({"sign": "sexual_dysfunction", "over": "saddle_numbness", "when": ["sex_context"], "alone_when": ["no_such_class"]},
     "prefer names an unknown word class 'no_such_class'"),
])
def test_a_preference_between_signs_that_cannot_hold_fails_at_load(tmp_path, prefer, message):
    """A preference only settles which of two signs of one level is named; it never changes the level."""
    data = read_yaml(DATA_FILE)
    data["prefer"] = [prefer]
    path = tmp_path / "rules.yaml"
    path.write_text(json.dumps(data))
    with pytest.raises(SignRulesError, match=message):
        WarningSigns.load(path)


def test_a_passing_phrase_that_is_no_resolution_fails_at_load(tmp_path):
    """historical.passing picks out resolutions; one that is not among them would set nothing aside."""
    data = read_yaml(DATA_FILE)
    data["context"]["historical"]["passing"].append("no such resolution")
    path = tmp_path / "rules.yaml"
    path.write_text(json.dumps(data))
    with pytest.raises(SignRulesError, match=r"rules\.yaml: context\.historical\.passing .*: no such resolution"):
        WarningSigns.load(path)


#: Lists the loader reads word for word (not as phrases on their stems), and the top-level tables that are no lists of phrases.
WORD_FOR_WORD = {"not_names", "names_after", "general_words", "personal_words", "clause_breaks", "skip", "vocatives",
                 "vocative_owners", "spoken_forms", "irregular", "false_starts", "body_pronoun_after", "body_plurals",
                 "body_counts", "body_idioms"}


def test_no_list_in_the_rules_says_a_phrase_twice(signs):
    """A phrase said twice is a reviewer's trap: removing one copy changes nothing.

    Twice means the same once compiled: "wet" already matches "wetting", so "wet, wetting" says "wet" twice.
    """
    def lists(node, where, key=""):
        if isinstance(node, dict):
            for name, value in node.items():
                yield from lists(value, f"{where}.{name}" if where else str(name), str(name))
        elif isinstance(node, list):
            # a sign's found_by mixes phrases with `together` rules: its phrases are one list too
            yield where, key, [item for item in node if isinstance(item, str)]
            for index, item in enumerate(node):
                if not isinstance(item, str):
                    yield from lists(item, f"{where}[{index}]", key)

    def twice(phrases, same):
        seen: dict = {}
        for phrase in phrases:
            seen.setdefault(same(phrase), []).append(phrase)
        return sorted(" = ".join(group) for group in seen.values() if len(group) > 1)

    def compiled(phrase):
        return compile_phrase(phrase, signs.stemmer)

    data = yaml.load(DATA_FILE.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)   # every value a string
    found = {}
    for where, key, phrases in lists(data, ""):
        raw = key in WORD_FOR_WORD or where.split(".")[0] in WORD_FOR_WORD
        found[where] = twice(phrases, str if raw else compiled)
    assert {where: groups for where, groups in found.items() if groups} == {}


def test_no_table_in_the_rules_names_a_key_twice():
    """YAML keeps the last of two same keys silently: a second `not:` under a class would drop the first."""
    twice = []

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [key.value for key, _ in node.value]
        twice.extend(f"{key} (line {node.start_mark.line + 1})" for key in sorted(set(keys)) if keys.count(key) > 1)
        return loader.construct_mapping(node, deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(DATA_FILE.read_text(encoding="utf-8"), Loader=Loader)
    assert twice == []


def test_the_developers_own_lines_stay_caught_and_quiet(signs):
    """tests/data/safety_selfcheck.yaml: lines written to find gaps (not blind; a regression check)."""
    data = read_yaml(Path(__file__).parent / "data" / "safety_selfcheck.yaml")
    missed = [(i["sign"], i["utterance"]) for i in data["warning_signs"] if sign_of(signs, i["utterance"]) != i["sign"]]
    alarms = [i["utterance"] for i in data["near_misses"] if sign_of(signs, i["utterance"]) is not None]
    assert missed == []
    # one known over-warning: "how can i stop my back hurting at night" reads as night pain
    assert alarms == ["how can i stop my back hurting at night"]


def test_every_word_class_is_used_by_a_rule(signs):
    """A class no rule reads is dead data a reviewer would check for nothing."""
    used = {"back_body"}   # read by the context rules (whose back it is)
    for sign in signs.signs.values():
        for rule in sign.rules:
            used.update(rule.together, rule.near, rule.unless)
        used.update(sign.not_if, sign.still_if, sign.others_count_if, sign.children_count_if)
    for pref in signs.prefer:
        used.update(pref.when, pref.alone_when, pref.unless)
    triggers = {name for name in signs.classes if name.startswith("@")}   # the context's ("in {year}")
    pending = [*used, *triggers]
    while pending:
        word_class = signs.classes.get(pending.pop())
        for phrase in (*word_class.phrases, *word_class.excluded) if word_class else ():
            for element in phrase:
                if element.kind == "class" and element.value not in used:
                    used.add(element.value)
                    pending.append(element.value)
    declared = {name for name in signs.classes if not name.startswith("@")}
    assert declared - used == set()


@pytest.mark.parametrize("said, sign", [
    ("was in a car crash yesterday and my lower back is sore", "trauma"),
    ("were knocked off the bike last night and my back is agony", "trauma"),
])
def test_a_statement_said_without_its_i_is_no_question(signs, said, sign):
    # "was in a car crash" opens like "was it...", but nothing is asked: the "I" was dropped
    assert sign_of(signs, said) == sign


def test_was_before_what_it_asks_about_still_opens_a_general_question(signs):
    assert sign_of(signs, "was it a car crash that causes back pain in most people") is None


def test_a_denial_said_inside_a_longer_finding_still_denies_what_it_holds(signs):
    # "no" sits inside the finding "bowels are fine no accidents": it still denies "accidents"
    assert sign_of(signs, "my bowels are regular as clockwork no accidents") is None
    # ...while a sign's own "can't" never denies the next sign ("can't pee" then numb legs)
    judged = signs.detect("i can't pee and my legs are numb").judged
    assert {j.finding.sign for j in judged if j.kept} >= {"urinary_retention", "both_legs"}


# Lines from the development sets' misses, as the context rules now read them.
@pytest.mark.parametrize("said, sign", [
    ("i haven't been able to pee in twenty four hours", "urinary_retention"),   # a duration, not a year
    ("his water infection seemed to clear up but now he has a new pain in his back", "infection"),
    ("my mum had breast cancer and now she's got back pain", "cancer_history"),   # "got back pain" is a back
    ("my mum's been on steroid tablets for her chest for years and a cough made her back go", "steroids_osteoporosis"),
    ("no idea what's happening but both my legs feel like jelly", "both_legs"),
    ("the stick isn't enough anymore my leg just won't hold me", "leg_weakness"),
    ("what mattress should i buy when my back wakes me every night whatever i do", "night_pain"),
    ("could my tablets be stopping me climaxing since my back went", "sexual_dysfunction"),
    ("my bottom goes numb on the loo like sitting on a cushion that isn't there", "saddle_numbness"),
    ("my back doesn't let me rest at night whatever i do", "night_pain"),
    ("i slipped a disc last year and now i can't wee", "urinary_retention"),
    ("my bum's been wet and i never felt a thing since my back went", "bladder_bowel"),
    ("i was treated for tb last year and now i have severe back pain", "infection"),
    ("i had bowel cancer ten years back all clear since but this back pain's new", "cancer_history"),  # history is the sign
    ("the pain wakes me every night around three and nothing i do makes it settle", "night_pain"),
    ("i had a tooth abscess about three weeks ago and it mostly cleared up and now i've got a deep pain in my lower back",
     "infection"),   # mostly cleared up is not cleared up
    ("i've been running a hundred and two and my lower back is killing me", "fever"),   # a fever, not a run
    ("i'm not right at all a bit feverish and the back's gone worse", "fever"),         # "not right" denies nothing
    # "is it okay to ..." asks about the asker's own plan: the sign said with it is theirs
    ("is it okay to do the stretches if the shooting pain is in both legs", "both_legs"),
    ("is it okay to put heat on my back after getting thrown off the horse", "trauma"),
    ("had strep throat like two weeks ago and now my lower back is acting up hard", "infection"),
    ("no urge to go at all today and my back's murder", "urinary_retention"),
    ("baith ma legs are killin me fae the back doon", "both_legs"),
    # a cause that explains a sign away must be said near it, and not denied
    ("i'm losing weight and i'm not even dieting", "weight_loss"),
    ("the exercises are going fine i do them every day and then last night i woke up drenched and shivering", "fever"),
    ("i feel really unwell and shivery is that me being run down", "fever"),
    # a dislike is no denial; a trailing "normal" asks
    ("at my age i don't like the look of this my chest has gone tight", "chest_pain"),
    ("numb down there normal", "saddle_numbness"),
    # it happened to the speaker, whoever did it; Scots "ma" is "my"
    ("a van t boned me at the lights and my back's in bits", "trauma"),
    ("ma chest's awfy tight and it goes right through tae my back", "chest_pain"),
    ("my mum's on prednisone for years and she bent over for a sock and now she can't move with back pain",
     "steroids_osteoporosis"),   # "can't move with back pain" does not say her back is fine
    ("my dad went down the whole flight of stairs last night and his back is bad", "trauma"),
    # a general question the asker says is happening to them
    ("can a slipped disc stop you finishing during sex because that's started happening to me", "sexual_dysfunction"),
    # a reason given is a fact; "can't work out why" says it is unexplained, not absent
    ("is the physio making it worse because now it's shooting down both legs", "both_legs"),
    ("my mum's back is no better and she's gone really thin and we can't work out why", "weight_loss"),
    ("does physio still work if i crashed my car into a wall last week", "trauma"),
    ("the scar got infected and i thought that was that but now i've got this new back pain", "infection"),
    # "mate" said to the listener is no person; "because mine's tight" makes the question the asker's
    ("feel like absolute death mate hot and cold and me back's cooked", "fever"),
    ("can a bad back make your chest hurt because mine's really tight right now", "chest_pain"),
    # exercises done are no cause of a fever; "back in the" is a place here, not the past
    ("can i do my exercises if i've got a fever and my back's really sore", "fever"),
    ("one of the cows kicked me right in the lower back in the milking parlour", "trauma"),
])
def test_what_only_sounds_past_general_or_denied_still_warns(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize("said, sign", [
    # a false start is read once: the first "cant" would otherwise deny the numbness
    ("i cant i can't feel the toilet paper when i wipe", "saddle_numbness"),
    ("i i can't i can't hold my wee in anymore", "bladder_bowel"),
    # ...and a start abandoned with a self-correction and said again
    ("he hasn't been no i mean he hasn't been able to pass urine since breakfast and his back is bad",
     "urinary_retention"),
    # a reason after a general-sounding question that tells of the asker's own experience
    ("can you get chills and shivers with back pain because i've had them all night", "fever"),
    # "is it normal to ..." is asked by someone it is happening to
    ("is it normal to have a temperature with back pain", "fever"),
])
def test_false_starts_and_an_own_reason_after_a_question_still_get_the_warning(signs, said, sign):
    assert signs.detect(said).sign == sign


@pytest.mark.parametrize("said", [
    "i had a fever with covid back in twenty twenty but nothing like that since",   # "twenty twenty" is a year
    "can you get chills with back pain because my physio mentioned it",             # where the question came from
])
def test_repeated_numbers_and_a_reason_that_only_says_where_a_question_came_from_raise_no_alarm(signs, said):
    assert not signs.detect(said)


@pytest.mark.parametrize("said", [
    "i've got osteoporosis is a chiropractor safe for me",
    "i'm on steroids is massage safe for me",
])
def test_thin_bones_or_steroids_said_only_to_ask_if_a_treatment_suits_raise_no_alarm(signs, said):
    # the guide cannot answer it (an honest limit names who can); it is not a sign without pain or a fall
    assert not signs.detect(said)


@pytest.mark.parametrize("said", [
    "i've got osteoporosis and i slipped on the stairs is massage safe for me",
    "i've been on steroids for years and my back is agony is massage safe for me",
])
def test_thin_bones_or_steroids_with_a_fall_or_back_pain_still_warn_when_a_treatment_is_asked_about(signs, said):
    assert signs.detect(said)


@pytest.mark.parametrize("said, sign", [
    # "can't get going" after the bladder is retention, not a loss of control...
    ("having trouble with the waterworks since me back got worse can't get going at all", "urinary_retention"),
    ("my bladder's full and i can't get any of it out", "urinary_retention"),
    # ...and said beside a loss of control it takes nothing away from it
    ("i'm wetting myself and i can't get going in the mornings", "bladder_bowel"),
])
def test_not_getting_going_is_retention_and_never_hides_a_loss_of_control(signs, said, sign):
    assert signs.detect(said).sign == sign


@pytest.mark.parametrize("said, sign", [
    # a game is said beside a real tackle as often as beside a video-game crash
    ("i got tackled hard in the game on saturday and my back is killing me", "trauma"),
    # someone else's "it was heartburn" settles their chest pain, not the speaker's
    ("this chest pain going into my back, i was told it was heartburn but it's getting worse", "chest_pain"),
    # a worry about getting worse is no fear of getting thin bones: with a fall they warn
    ("i'm worried i'll get it worse, i have osteoporosis and i slipped on the step and now my back is agony",
     "steroids_osteoporosis"),
])
def test_words_that_quiet_a_harmless_line_never_hide_a_real_sign_beside_them(signs, said, sign):
    assert signs.detect(said).sign == sign


@pytest.mark.parametrize("said, sign", [
    # a problem said with "can't" is not denied by another "can't" before it: it says it again
    ("he cannot do it in bed he cannot get hard", "sexual_dysfunction"),
    ("ain't neither one of my legs working right since last night", "both_legs"),
    # "called" before who rang is the verb, not a name ("a band called ...")
    ("my daughter called she got fever and her back is hurting her a lot", "fever"),
    ("my uncle got hit by a truck and he called saying his back's stiff and sore", "trauma"),
    # an "if" with when it happened tells what happened
    ("do i still go to physio tomorrow if i pooped myself in my sleep last night", "bladder_bowel"),
    # weight loss no one can explain needs a doctor, whoever it is, back trouble said or not
    ("me mam's lost loads of weight and she's not been trying at all", "weight_loss"),
    # how someone told of it is no phone that fell ("said on the phone his chest is tight")
    ("my pop said on the phone his chest is tight and his back is hurting him", "chest_pain"),
])
def test_a_repeated_cant_a_phoned_report_and_a_dated_if_still_warn(signs, said, sign):
    assert signs.detect(said).sign == sign


@pytest.mark.parametrize("said", [
    "what if i wet myself in my sleep",
    "a band called the chest pains",
    "since i started walking every evening i've lost a few pounds",
    "my friend's lost a bit of weight since she started the gym",
    "the dog wakes me at night to go out",
    "i lost a lot of weight off my shoulders when i quit that job",
    "my mum rang and said she can't get it up the step with the shopping",
])
def test_a_plain_if_a_name_weight_lost_on_purpose_and_a_waking_dog_raise_no_alarm(signs, said):
    assert signs.detect(said).sign is None


@pytest.mark.parametrize(("said", "sign"), [
    # numb genitals are the saddle sign; only numb *during sex* is the sexual one
    ("ever since i tweaked my back on shift my junk and my butt go all tingly and numb", "saddle_numbness"),
    # a recent infection still counts once it has settled
    ("my knee got infected and i was on antibiotics for weeks and it settled and then ten days ago my back "
     "started hurting", "infection"),
    # "he says he's fine" after a fall from a roof is his word, not a recovery
    ("my dad fell off the shed roof this afternoon and his back's sore but he's fine and won't go anywhere", "trauma"),
    # not exercising, said with "or", still says the weight loss is unexplained
    ("my jeans keep getting looser and i haven't been working out or dieting", "weight_loss"),
    ("i can't seem to get going in the bedroom since me back went", "sexual_dysfunction"),
    # pain said of someone else, asked of a back-pain guide, is their back pain
    ("my mum says the pain's worse when she's resting and it wakes her", "night_pain"),
    ("my husband's up pacing at night because the pain won't let him lie down", "night_pain"),
    # "waist pain" is how many Nigerian and Indian speakers say lower back pain
    ("people are saying my husband has lost weight and he's not doing anything to lose it and his waist pain is still "
     "there", "weight_loss"),
    ("been crutching sheep all week and now i can only manage dribs and drabs when i go for a leak", "urinary_retention"),
    # "my daddy's back" is his back, not the speaker's
    ("my daddy's back's been givin him fits and he says he can't make water he's been tryin since lunch",
     "urinary_retention"),
    # "ain't got no strength" is no strength, not a denial of weakness
    ("my right leg just ain't got no strength in it no more since my back got bad", "leg_weakness"),
    # thin bones found years ago are thin bones now
    ("my doctor told me a few years ago i had osteopenia and last week i was lifting the laundry basket and something "
     "went in my back", "steroids_osteoporosis"),
    ("i got taken out by a taxi on my bicycle and my back is sore now", "trauma"),
    # a history of cancer still counts after the all clear
    ("i had bowel cancer ten years back all clear since but this back pain's new", "cancer_history"),
    ("the district nurse was doing my dad's pressure care and said he didn't react at all when she touched his "
     "buttocks", "saddle_numbness"),
    ("bilateral leg paraesthesia since this morning", "both_legs"),
    # a question about driving with a symptom is asked about one's own symptom
    ("is it safe to drive to work with pins and needles in both legs", "both_legs"),
    # "right now" is no right side
    ("can back pain cause chest pain because mine's really tight across the front as well right now", "chest_pain"),
    # "could only manage" tells what happened; "don't get the feeling i need to" is the missing urge
    ("i pulled into the services and could only manage a tiny trickle and my lower back's been in bits",
     "urinary_retention"),
    ("this is new since my back flared up i just don't get the feeling i need to pee anymore", "urinary_retention"),
    ("my bone scan last year said i've got osteopenia and this week i had a sneezing fit and ever since my back has "
     "been really sore", "steroids_osteoporosis"),
])
def test_genital_numbness_a_settled_infection_and_someone_elses_night_pain_still_warn(signs, said, sign):
    assert signs.detect(said).sign == sign


@pytest.mark.parametrize("said", [
    "my wife and i are dieting together and i've lost six kilos so far",
    "i've worked up a sweat hoovering and my back's a bit achy",
    "my mum wants to know can a bad back make you incontinent",
    "is chiropractic safe for someone with osteoporosis",
    "my grandma puts a hot towel on her back every night does that actually help",
    "there was a crash on the m fifty so i missed my physio appointment",
    "what would it mean if i couldn't feel my legs",
    "it hit forty degrees on site today so we knocked off early",
    "nearly pissed myself laughing watching my mate try to back the trailer",
    "the baby's been up all night with a fever so i'm absolutely knackered",
    "my flatmate can't sleep at night because of the noise from the road",
    "i ain't got no fever just a stiff back",
    # a condition said from before the sign into its words
    "what should i do if my back pain ever starts waking me up at night",
    "the pound's had a big fall so our holiday abroad is off",
    "i tripped over my words at the physio and forgot to ask about my new exercises",
    "the pain is better when i rest and worse when i sit at my desk too long",
    "my dog pulled so hard on the lead i thought my arm was going to fall off",
    "back in my rugby days i took some nasty tackles but i never had a day of back trouble until now",
    "i had a cancer scare a few years back but the biopsy was clear",
    "my temperature was thirty six point eight when i checked so i don't think i've got a fever",
    "they checked me for cancer because of my family history and it was all clear so i just want exercises",
])
def test_dieting_together_a_relayed_question_and_a_what_would_it_mean_raise_no_alarm(signs, said):
    assert signs.detect(said).sign is None


def test_a_together_rule_naming_no_class_fails_at_load(tmp_path):
    data = read_yaml(DATA_FILE)
    data["signs"]["fever"]["found_by"].append({"together": [], "within": 3})
    path = tmp_path / "rules.yaml"
    path.write_text(json.dumps(data))
    with pytest.raises(SignRulesError, match=r"rules\.yaml: a 'together' rule names no class"):
        WarningSigns.load(path)


@pytest.mark.parametrize(("said", "sign"), [
    ("i heard on the radio that back pain can be cancer and i had breast cancer five years ago", "cancer_history"),
    ("the news said back pain can be serious and i have wet myself twice this week", "bladder_bowel"),
    ("physio's been four weeks and i do my homework every night but now there's a numb patch right around my "
     "backside and down the inside of my thighs", "saddle_numbness"),
    ("i read that numbness between the legs can be serious why is that", None),
    ("my friend asked me whether you can pee yourself from a slipped disc and i said i'd ask", None),
    ("on the news a footballer was banned for taking steroids", None),
    ("how do you spell incontinence it's for my crossword", None),
])
def test_a_line_asked_to_learn_still_warns_when_it_tells_of_the_speakers_own_sign(signs, said, sign):
    """Heard on the news or set as homework, a question is general, but a sign told in the same
    line as the speaker's own ("and i had breast cancer") is not."""
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize("said, sign", [
    # words from other languages mixed into English are read as their English meaning (round BQ)
    ("subah se peshab nahi aa raha aur kamar mein bahut dard", "urinary_retention"),
    ("meri kamar dard karti hai aur neeche wala hissa sunn hai", "saddle_numbness"),
    ("dono taangon mein jhunjhuni, kamar dard bhi", "both_legs"),
    ("seene mein dard hai and my back also hurts", "chest_pain"),
    ("mera wazan kam ho raha hai without diet and my back aches", "weight_loss"),
    ("me duele el pecho y la espalda at the same time", "chest_pain"),
    ("no puedo orinar since yesterday and my back is killing me", "urinary_retention"),
    ("mi pierna está adormecida and my sciatica is worse", "leg_weakness"),
    ("masakit ang dibdib at likod ko", "chest_pain"),
    ("nahulog ako sa hagdan and my back hurts", "trauma"),
    ("demam dan sakit belakang", "fever"),
    ("noga drętwieje and my back hurts", "leg_weakness"),
    # ...and denied as in English: Hindi puts "nahi" after the word it denies
    ("bukhar nahi hai, bas kamar dard", None),
    ("no tengo fiebre, just back pain", None),
    ("walang lagnat, masakit lang ang likod", None),
    ("kamar dard ke liye kaunsi exercise", None),
    # English words that look borrowed stay English
    ("the dog ate my pie and my back hurts", None),
    ("i speak hindi at work and my back hurts", None),
    # stop 66: Korean, Russian, Romanian, Amharic, Yoruba; and the words that say who or when
    ("heori apa and ojum comes out by itself", "bladder_bowel"),
    ("poyasnitsa bolit and grud feels tight", "chest_pain"),
    ("ma doare spatele and i have febra", "fever"),
    ("jerba himem and tikusat since sunday", "fever"),
    ("eyin mi n dun mi and i can not feel my legs", "both_legs"),
    ("wo erzi fell off his bike and scraped his knee", None),
    ("hace diez anos tuve ciatica in both legs but it is gone", None),
    # stop 67: Haitian Creole, Turkish, Somali, Cantonese, Bengali, French; and "without" in Portuguese
    ("do m fe m mal and tou de janm angoudi", "both_legs"),
    ("belim agriyor and atesim var since yesterday", "fever"),
    ("dhabarka and laabta hurt and neefta ma qaadan karo", "chest_pain"),
    ("bui tung and my geuk is suddenly mou lik", "leg_weakness"),
    ("mal au dos and les deux jambes are numb and tingly", "both_legs"),
    ("dor nas costas mas sem febre just stiff", None),
])
def test_words_from_other_languages_are_read_as_their_english(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize("said, sign", [
    # round BV (from dev283, Spanish-English and Tagalog-English mixed speech), said another way:
    # Tagalog says "not" with "hindi" before the person, and its verbs carry the meaning
    ("naihi ako kagabi hindi ko namalayan, masakit ang likod", "bladder_bowel"),
    ("hindi ako makaihi since this morning, masakit ang balakang ko", "urinary_retention"),
    ("manhid yung pwet ko since my back went", "saddle_numbness"),
    ("nanghina yung binti ko and i keep tripping, may sciatica ako", "leg_weakness"),
    ("masakit ang dalawang binti ko galing sa likod", "both_legs"),
    ("naaksidente kami sa motor kahapon, masakit ang likod ko", "trauma"),
    ("pumapayat ako kahit hindi ako nagda diet, sakit ng likod", "weight_loss"),
    ("nagigising ako tuwing gabi sa sakit ng likod, kahit anong pwesto", "night_pain"),
    ("mi papá se hizo pipí encima anoche and his back is bad", "bladder_bowel"),
    ("tengo las nalgas dormidas since the back got worse", "saddle_numbness"),
    ("he bajado de peso sin querer, my back hurts every day", "weight_loss"),
    # ...and denied or asked as in English
    ("hindi naman ako pumayat, likod lang", None),
    ("pwede bang magka back pain dahil sa kidney infection", None),
    ("mi hijo tiene fiebre, what should i give him", None),
])
def test_tagalog_and_spanish_mixed_into_english_are_read_as_their_english(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize("said, sign", [
    # round BW (dev287 Arabic and Somali, dev289 Vietnamese and Chinese, dev290 Spanglish, dev291 Taglish,
    # Cebuano and Ilocano, dev292 frightened speech), said another way
    ("the kaadi will not come out since yesterday and my dhabar is bad", "urinary_retention"),
    ("yao teng and i can not niao since the morning", "urinary_retention"),
    ("dau lung and sut can, i am not on a diet", "weight_loss"),
    ("se me sale la pipí when i cough since my back went", "bladder_bowel"),
    ("no siento nada ahí abajo and my back is worse", "saddle_numbness"),
    ("luya kaayo akong tiil since my back went", "leg_weakness"),
    ("nasakit ti dua a saka ko since the disc", "both_legs"),
    ("hilanat ko and my back is bad", "fever"),
    # a fear of cancer is no history of it: the sign said beside it is the one named
    ("i have lost a stone without trying and my back aches, is this cancer", "weight_loss"),
    ("my back wakes me every night, could it be cancer", "night_pain"),
    ("i am so scared i have cancer but my back only aches after gardening", None),
    # ...and a crash named outright owns the chest pain said among its hurts
    ("i was in a car crash and my back and chest hurt", "trauma"),
])
def test_more_languages_and_frightened_speech_are_read_as_meant(signs, said, sign):
    assert sign_of(signs, said) == sign


def test_no_borrowed_word_is_an_english_word_of_the_model(signs):
    """A borrowed word that is also English ("pie", "sun") would turn what people say in English into something else.

    English here is every word of the model's samples and of its slot values but the warning signs' (some of
    those are said in mixed language on purpose: "bukhar", "seene mein dard").
    """
    model = load_model()
    english = {word for intent in model.intents for sample in intent.samples for word in normalize(sample).split()}
    english |= {word for name, slot_type in model.types.items() if name != "WarningSignType"
                for value in slot_type.values for said in value.forms for word in normalize(said).split()}
    assert signs.loanwords.single_words() & english == set()


def test_no_rule_is_written_with_a_word_the_borrowed_words_replace(signs):
    """The rules read what the loanword table leaves: a phrase written with a replaced word could never match."""
    def phrases(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in {"loanwords", "spoken_forms", "irregular"}:
                    yield from phrases(value)
        elif isinstance(node, list):
            for item in node:
                yield from phrases(item)
        elif isinstance(node, str):
            yield node
    dead = [p for p in phrases(read_yaml(DATA_FILE)) if signs.loanwords.read(p.split()) != p.split()]
    assert dead == []


def test_a_borrowed_phrase_given_two_meanings_in_one_language_is_refused(tmp_path):
    data = read_yaml(DATA_FILE)
    data["loanwords"]["hindi_urdu (more)"] = {"kamar": "bed"}
    path = tmp_path / "rules.yaml"
    path.write_text(json.dumps(data))
    with pytest.raises(SignRulesError, match=r"rules\.yaml: loanwords\.hindi_urdu \(more\): 'kamar' means 'back' elsewhere"):
        WarningSigns.load(path)


def test_two_languages_may_read_one_word_two_ways_and_a_line_mostly_in_one_reads_it_its_way():
    """Mandarin "wo" is "i", Hindi "wo" is "he": the table written first is the default; a line mostly in
    the other language reads it that language's way, and an English line with one borrowed word does not."""
    from local_runner.nlu.loanwords import Loanwords
    table = Loanwords.from_data({"mandarin": {"wo": "i", "yao teng": "back pain"},
                                 "hindi_urdu": {"kamar dard": "back pain", "bukhar": "fever", "hai": "is"},
                                 "hindi_urdu (its own reading)": {"wo": "he"}})
    assert table.read("wo yao teng".split()) == "i back pain".split()
    assert table.read("bukhar hai aur wo kamar dard".split()) == "fever is aur he back pain".split()
    assert table.read("wo said my back hurts and i feel awful".split())[0] == "i"


def test_a_table_of_a_language_s_own_reading_gives_no_default():
    """Hindi "sina" is "chest", Swahili "sina" is "I have no": marked as Hindi's own reading, it is read only in
    a line mostly in Hindi."""
    from local_runner.nlu.loanwords import Loanwords
    table = Loanwords.from_data({"hindi_urdu": {"kamar dard": "back pain", "mein": "in", "hai": "is"},
                                 "swahili": {"mgongo unauma": "back hurts"},
                                 "hindi_urdu (its own reading)": {"sina": "chest"}})
    assert table.read("sina mein dard hai kamar dard".split())[0] == "chest"
    assert table.read("mgongo unauma and sina nguvu".split()) == "back hurts and sina nguvu".split()


def test_a_hindi_line_about_a_brother_keeps_him_the_one_with_the_fever(signs):
    # read as Mandarin "i", "wo" made the back pain the speaker's and the brother's fever no sign of theirs
    detection = signs.detect("Bhai ko bukhar hai aur wo kamar dard se bistar se uth nahi pa raha")
    assert (detection.sign, detection.who) == ("fever", "someone else, who has back trouble")


def test_the_written_apart_lexicon_is_read_with_the_rules_loanwords(signs):
    """loanword_lexicon.yaml (written from helpers' knowledge of each language, apart from any set) is
    read as the rules' own table is: a Dutch, a Swahili and a Japanese line reach the rules in English."""
    assert signs.words_of("rugpijn en ik kan niet plassen") [:2] == ["back", "pain"]
    assert sign_of(signs, "mgongo unauma and kifua kinauma since this morning") == "chest_pain"
    assert signs.words_of("koshi ga itai") == ["my", "back", "hurts"]


@pytest.mark.parametrize(("said", "sign"), [
    # a denial said in the other language denies, as "no fever" does
    ("rucken tut weh aber kein fieber und ich kann ganz normal pinkeln", None),
    ("j'ai mal au dos mais pas de fievre", None),
    # Greek "mou" is "my" after the word ("plati mou"), though Cantonese "mou" is "not"
    ("ponaei i plati mou and to stithos is heavy like a stone", "chest_pain"),
    ("plecy mnie bola and nie moge zrobic siku since breakfast", "urinary_retention"),
])
def test_the_words_around_a_borrowed_symptom_are_read_too(signs, said, sign):
    assert sign_of(signs, said) == sign


def test_a_phrase_of_the_lexicon_the_rules_table_says_otherwise_is_refused(tmp_path):
    """The rules' table and the lexicon are one table for each language: a phrase may mean one thing only in it."""
    data = read_yaml(DATA_FILE)
    (tmp_path / "rules.yaml").write_text(json.dumps(data))
    (tmp_path / "loanword_lexicon.yaml").write_text("hindi_urdu:\n  kamar: bed\n")
    with pytest.raises(SignRulesError, match=r"rules\.yaml: loanwords\.hindi_urdu \(loanword_lexicon\.yaml\): 'kamar' means"):
        WarningSigns.load(tmp_path / "rules.yaml")


def test_a_spoken_form_of_several_words_is_refused(tmp_path):
    """Words are looked up one at a time: a spoken form of two words could never be heard."""
    data = read_yaml(DATA_FILE)
    data["spoken_forms"] = {**data["spoken_forms"], "ab says": "abscess"}
    (tmp_path / "rules.yaml").write_text(json.dumps(data))
    with pytest.raises(SignRulesError, match=r"spoken_forms 'ab says' is not one word"):
        WarningSigns.load(tmp_path / "rules.yaml")


def test_an_abscess_misheard_as_two_words_is_heard_by_the_rules(signs):
    assert signs.analyse("i had an ab says on my leg and now my back hurts").sign == "infection"


def test_a_borrowed_word_is_not_taken_for_an_english_word_with_its_g_dropped(signs):
    """Hindi "mein" is "in": it must reach the loanword table as said, not as "meaning" with a g put back."""
    assert signs.words_of("kamar mein dard") == ["back", "in", "pain"]
    assert signs.words_of("i was drainin the tank") == ["i", "was", "draining", "the", "tank"]


def test_a_borrowed_phrase_is_read_as_said_before_spoken_forms(signs):
    """Vietnamese "khong di tieu duoc" is "cannot pee", though Caribbean "di" alone is "the"."""
    assert signs.words_of("em khong di tieu duoc tu sang") == ["em", "can", "not", "pee", "tu", "sang"]
    assert signs.words_of("mi back hurt and di pain bad") == ["mi", "back", "hurt", "and", "the", "pain", "bad"]
    assert sign_of(signs, "dau lung qua and em khong di tieu duoc tu sang") == "urinary_retention"


def test_cannot_in_a_borrowed_phrases_english_is_read_as_the_normaliser_reads_it(signs):
    """People's "cannot" reaches the rules as "can not"; a table's English must read the same."""
    from local_runner.nlu.loanwords import Loanwords

    table = Loanwords.from_data({"somewhere": {"ma ader": "cannot pee"}}, split=True)
    assert table.read(["ma", "ader", "today"]) == ["can", "not", "pee", "today"]
    assert sign_of(signs, "komor byathar por theke erection thake na khub chinta hocche") == "sexual_dysfunction"


def test_a_borrowed_my_after_another_owner_is_that_owner_s(signs):
    """Arabic "dahri" is "my back"; said as "his dahri" it is his back, so the child's back trouble is his own."""
    assert signs.words_of("his dahri hurts") == ["his", "back", "hurts"]
    assert sign_of(signs, "ibni injects drugs and now his dahri hurts he has a temperature too") == "immune_risk"


@pytest.mark.parametrize(("said", "sign"), [
    # told as going on now: the scan or the check was of an earlier time, and the sign stands
    ("i wet myself twice today and the scan was normal", "bladder_bowel"),
    ("my legs are numb and the scans were fine", "both_legs"),
    ("i am numb down there the doctor checked and said all fine", "saddle_numbness"),
    ("i can't feel my legs and the scan was fine", "both_legs"),
    ("i have lost control of my bladder and the doctor checked", "bladder_bowel"),
    ("today i wet myself and the x rays were fine", "bladder_bowel"),
    # told in the past, then checked: set aside
    ("my leg gave way on the stairs once and the x rays were fine", None),
    ("i had a high temperature last week but the doctor checked and said it was normal", None),
    ("my legs felt weak on monday, i got checked and they said it was normal", None),
])
def test_a_normal_test_or_a_check_sets_aside_only_a_sign_told_in_the_past(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), [
    # "is it serious", then the sign itself with nothing joining them: "it" is the sign told
    ("is it an emergency numb down there", "saddle_numbness"),
    ("is it serious numb down there", "saddle_numbness"),
    ("is this serious can't feel my legs", "both_legs"),
    # joined to the question, the sign is what is asked about
    ("is it serious if you are numb down there", None),
    ("is it bad to have a fever with back pain", None),
    ("is it true sciatica can go down both legs", None),
    # asked in general, then said to be the asker's own
    ("is it serious if you can't urinate with a bad back because that's me right now", "urinary_retention"),
])
def test_a_short_question_said_right_before_a_sign_asks_about_that_sign(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), [
    # checked, cleared or long ago, and then said to be back: going on again
    ("mum was told the numbness in both legs was nothing last year but it's back again with her back pain", "both_legs"),
    ("i had numbness down there two years ago, it went away, but it has come back", "saddle_numbness"),
    ("they checked her back in march and it was all clear but she's wetting herself again now", "bladder_bowel"),
    ("my partner's toes won't come up and he keeps stubbing them and the hospital said his back was fine", "leg_weakness"),
    # what is back is something else, or the sign happened again long ago
    ("i had a fever years ago and now my back pain has started again", None),
    ("i fell again last year", None),
])
def test_a_sign_said_to_be_back_is_going_on_again(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), [
    # a cauda equina or leg sign told as today, last night, yesterday or this week counts though it has passed
    ("i wet myself today and i am fine now", "bladder_bowel"),
    ("this morning my legs went numb but it passed", "both_legs"),
    ("i couldn't pee yesterday but it sorted itself out", "urinary_retention"),
    # ...or this week: a bout days ago is still recent
    ("my legs went numb on monday but i'm fine now", "both_legs"),
    ("i wet myself a few days ago but it's passed", "bladder_bowel"),
    # long ago, or a bout that comes with standing up, or a fall today that hurt no one
    ("i wet myself last year but i am fine now", None),
    ("my legs are numb when i wake but fine once i get up", None),
    ("i fell off a ladder today but was not hurt", None),
    # a time said between a finding and the ordinary cause after it is the finding's: the cause still explains it
    ("i had numbness down there this morning after a long bike ride but it went away", None),
    ("my legs went to sleep last night sitting cross legged but it passed", None),
    ("i wet myself this morning, i was at the gym yesterday", "bladder_bowel"),
])
def test_a_cauda_equina_sign_that_passed_today_still_counts(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), [
    # found by comparing every older development line before and after this stop: borrowed phrases that made
    # harmless lines warn or hid a sign were taken out (Polish "goraczki" before its denial, Gulf "7umma",
    # Burmese "kin ser" in a question, Sindhi "haddiyun kamzor" in a question, "dieta" after "without") or
    # the words around them added
    ("nie mam goraczki just plecy", None),
    ("il doctor sa2alni ams 3indik 7umma 3indik tanmeel bil rijlain gilt la wala shay bas dhahri yiwja3ni", None),
    ("kyaw nar ka kin ser lat kha na lar", None),
    ("steroid khaan sa haddiyun kamzor thiyan thiyon chha", None),
    ("am slabit fara sa tin dieta, si spatele tot ma doare", "weight_loss"),
    ("opo boyok lara iso gawe sikil lemes", None),
    ("my comadre is on prednisona for her skin rash", None),
    ("shekaru biyar da suka wuce na yi hatsari amma yanzu lafiya lau", None),
    ("wala koy ihi sukad gabii bisan gusto nako mo ihi dili mogawas sakit pa akong likod", "urinary_retention"),
    ("i'm not having a heart attack am i my chest is tight and my upper back is killing me", "chest_pain"),
    # ...and three the retrained second opinion no longer carried, now rules: a Javanese "can cause" question,
    # Greek "echo pyreto" (not an Echo), an uncle who "can barely bend" after a fall
    ("opo boyok loro iso nggawe sikil lemes to", None),
    ("echo pyreto since yesterday and the plati ponaei a lot", "fever"),
    ("ponaei i mesi alla den echo pyreto oute moudiasma", None),
    ("my uncle fell about three metres off some scaffolding last tuesday, he says he's fine but he can barely bend",
     "trauma"),
])
def test_this_stops_borrowed_phrases_keep_older_lines(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), [
    # found by comparing every older development line before and after rounds DA and DB: a phrase set aside as
    # another meaning also stops denying what follows it ("ruled out infection and cancer"); borrowed words that
    # are also other words (Dutch "stijve", a stiff back; Quebec "pis", and then)
    ("yi sheng shuo ruled out infection and ai zheng, just muscle", None),
    ("mri don rule out infection and cancer, na just disc bulge", None),
    ("stijve rug vandaag", None),
    ("mon chum a une hernie discale pis a matin he had an accident dans ses culottes pis il a rien senti pantoute",
     "bladder_bowel"),
    ("j'ai eu un accident de char sur l'autoroute pis mon dos me fait mal en tabarnak", "trauma"),
    ("corka ma infekcje ucha wiec odwoluje wizyte", None),
    ("kucing saya tak kencing since pagi, should i take him to the vet", None),
])
def test_rounds_da_and_db_borrowed_phrases_keep_older_lines(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), [
    # older lines this stop's rounds first made wrong (found by comparing every line before and after)
    ("me duele la espalda pero no tengo fiebre", None),
    ("my wife's bowels just let go and she had no idea, she's home recoverin from back surgery", "bladder_bowel"),
    ("my burning when i pee got sorted with tablets but now my back is bad", "infection"),
    ("is it serious that my back pain has come with chest pain today", "chest_pain"),
    ("my nan's ninety, she had a bad fall down the steps and now she can't get up", "trauma"),
    ("meu pe nao levanta e fico tropecando desde a dor nas costas", "leg_weakness"),
    ("my legs are both going weak like i've been running a marathon but i haven't", "both_legs"),
    ("the pain goes away lying down", None),
])
def test_older_lines_this_stops_rounds_first_made_wrong(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), [
    ("could a slipped disc cause impotence, because that's started happening to me this month", "sexual_dysfunction"),
    ("could bad back pain stop a man getting hard cause that's what's going on with me", "sexual_dysfunction"),
    ("could a slipped disc cause impotence", None),
])
def test_a_worry_asked_because_it_is_happening_is_the_askers_own_case_by_the_rules_alone(signs, said, sign):
    """The rules' own verdict, without the second opinion (which once carried these alone)."""
    assert signs.analyse(said).sign == sign


@pytest.mark.parametrize(("said", "sign"), [
    # "he keeps saying his back's fine, but ..." reports a denial the speaker goes on to doubt
    ("he keeps saying his back's fine but he's going in his pants and he cannae tell", "bladder_bowel"),
    ("my husband was knocked off his motorbike and says his back's fine but he's walking funny", "trauma"),
    ("my dad fell off a ladder but his back is fine", None),
    # a baby not to be woken, and "lets" read "let us", deny nothing
    ("alexa it's three in the morning shh shh don't wake the baby my back's agony no matter how i lie", "night_pain"),
    ("should i be worried my back pain never lets up not even in bed", "night_pain"),
])
def test_older_lines_this_stops_retrain_no_longer_overruled_by_the_rules_alone(signs, said, sign):
    """Lines the old second opinion overruled into a warning and the retrained one did not: put back by rules."""
    assert signs.analyse(said).sign == sign


@pytest.mark.parametrize(("said", "sign"), [
    # an emergency told bare and then asked about by an English tag is the speaker's own, though no one
    # is named...
    ("numb down there, is that possible", "saddle_numbness"),
    ("numb down there is it related", "saddle_numbness"),
    ("numb down there is it true", "saddle_numbness"),
    ("can't feel the toilet paper, is that possible", "saddle_numbness"),
    ("both legs feel heavy and shaky, lower back pain, is that possible", "both_legs"),
    ("back pain and short of breath, is it related", "chest_pain"),
    # ...while a condition named, or a tag said in another language after a topic, still asks in general
    ("saddle numbness, is it true", None),
    ("foot drop kya hota hai", None),
    ("sciatica rendu kaalukkum varumaa", None),
    ("chest pain aur back pain kab emergency hota hai", None),
])
def test_a_bare_emergency_closed_by_an_english_tag_is_told_not_asked(signs, said, sign):
    """The rules' own verdict, without the second opinion."""
    assert signs.analyse(said).sign == sign


@pytest.mark.parametrize(("said", "sign"), [
    # an urgent sign told bare and then asked whether it is so, or linked, is the asker's own...
    ("hot and cold all day with this back pain, is that possible", "fever"),
    ("weak immune system and back pain, is that possible", "immune_risk"),
    # ...while other tags, or a condition named, still ask in general
    ("the steroids can make the bones weak yes or no", None),
    ("osteoporosis chto eto simple words", None),
    ("cancer and back pain, is there a link", None),
])
def test_a_bare_urgent_sign_closed_by_a_tag_asking_if_it_is_so_is_told(signs, said, sign):
    """The rules' own verdict, without the second opinion."""
    assert signs.analyse(said).sign == sign


@pytest.mark.parametrize(("said", "sign"), [
    # a fever said to be over right after it is no fever now...
    ("my fever is gone", None),
    ("the fever broke last night", None),
    ("fever is over now, back still sore", None),
    ("my fever went down and my back still hurts", None),
    ("the fever came down yesterday, what else can help my back", None),
    ("my temperature is back to normal now, back still sore", None),
    # ...unless it came back or went up, only went down a bit or with medicine, or is back; another sign said
    # with it still counts
    ("my fever went down but came back up and my back is killing me", "fever"),
    ("fever went down with paracetamol and my back is agony", "fever"),
    ("my fever came down to 38 but my back is worse", "fever"),
    ("my fever went down a bit", "fever"),
    ("my temperature is back and my back is killing me", "fever"),
    ("i went down with a fever and my back is killing me", "fever"),
    ("the fever broke but came back and now my back is killing me", "fever"),
    ("my fever has gone up to 39 and my back is agony", "fever"),
    ("my fever is gone up since morning and back pain", "fever"),
    ("my fever's gone but now i can't pee", "urinary_retention"),
    ("my fever went away but it's back", "fever"),
    ("the numbness in my legs went away and came back worse", "both_legs"),
    # "gone" after another sign is that sign: a leg that has gone is a weak leg
    ("my left leg has gone, i can't lift my foot and my back is killing me", "leg_weakness"),
])
def test_a_fever_said_to_be_over_right_after_it_is_set_aside(signs, said, sign):
    """The rules' own verdict, without the second opinion."""
    assert signs.analyse(said).sign == sign


def test_a_tag_that_makes_a_sign_told_must_close_a_question(tmp_path):
    # told_tags are read only where a closer ends the line: one missing there would never be heard
    data = read_yaml(DATA_FILE)
    data["context"]["generic"]["told_tags"] = [*data["context"]["generic"]["told_tags"], "is that a thing then"]
    (tmp_path / "rules.yaml").write_text(json.dumps(data))
    with pytest.raises(SignRulesError, match=r"told_tags names phrases that are not closers: is that a thing then"):
        WarningSigns.load(tmp_path / "rules.yaml")


def test_a_sign_of_its_own_resolutions_must_be_a_sign(tmp_path):
    data = read_yaml(DATA_FILE)
    data["context"]["historical"]["resolved_for"] = {"fevers": {"words": ["is gone"]}}
    (tmp_path / "rules.yaml").write_text(json.dumps(data))
    with pytest.raises(SignRulesError, match=r"resolved_for names an unknown sign 'fevers'"):
        WarningSigns.load(tmp_path / "rules.yaml")


@pytest.mark.parametrize(("said", "sign"), [
    # something told as going on before a closing tag in another language is asked about as one's own...
    ("kamar dard ke saath bukhar bhi hai, kya hota hai", "fever"),
    ("kamar se dard dono taangon mein ja raha hai, ye kya hota hai", "both_legs"),
    ("dono jaanghon mein current sa lagta hai kamar se neeche, kyun hota hai", "both_legs"),
    ("blood cancer ki history hai, ab kamar dard, kyun hota hai", "cancer_history"),
    ("immunosuppressant le rahi hoon, back pain bad hai, kyun hota hai", "immune_risk"),
    # ...a topic named bare still asks in general, and "no difference" is no sexual problem
    ("saddle anesthesia ka matlab kya hai", None),
    ("sciatica dono pairon mein kyun hota hai", None),
    ("sex life mein koi farak nahi pada, sab theek hai, bas back stiff hai", None),
])
def test_a_line_that_tells_something_going_on_before_a_closing_tag_is_told(signs, said, sign):
    """The rules' own verdict, without the second opinion."""
    assert signs.analyse(said).sign == sign


@pytest.mark.parametrize(("said", "sign"), [
    # older lines that this stop's first borrowed phrases or data misread, kept as they were read
    ("on a la fievre du samedi soir", None),
    ("mako 7umma, mako shi, bas waja3 dhahar", None),
    ("pishaab da koi masla nahi ji", None),
    ("boli mnie krzyz i nie czuje kiedy musze sie wysikac", "bladder_bowel"),
    ("no siento el pajarito ni los huevos y me duele la espalda", "saddle_numbness"),
    ("koshi wa itai kedo ashi no shibire wa nai desu", None),
    ("o que causa incontinencia urinaria", None),
    ("me nan says the boiler's pressure has dropped again", None),
    ("am slabit fara sa tin dieta, si spatele tot ma doare", "weight_loss"),
    ("the weather's been wet and grey for weeks and my back always feels worse in the damp", None),
    ("that guy no fit hold water, e dey talk anyhow", None),
    ("my tonsils used to give me fevers all the time until they came out when i was ten", None),
    ("had tonsillitis when i was a teen, fine now, can you suggest back stretches", None),
])
def test_this_stops_borrowed_phrases_and_data_keep_older_lines(signs, said, sign):
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), [
    # the old second opinion overruled these into a warning and the retrained one does not: rules now
    ("is losing feeling during sex a sign of something going on with my back", "sexual_dysfunction"),
    ("wondering whether the leaking i've had since my back went into spasm is related or just a coincidence",
     "bladder_bowel"),
    ("i read online that people on immune suppressants should get back pain checked i'm on them for my lupus "
     "do i need to bother a doctor", "immune_risk"),
    ("does being on chemo mean my back pain could be serious", "immune_risk"),
    ("las dos piernas las tengo debiles, no me aguantan, con el dolor de espalda", "both_legs"),
    ("weight korenju pochu, diet edhuvum illa, idupu vali", "weight_loss"),
    ("bara adu wela, kisima diet ekak na, konde kakkuma", "weight_loss"),
    # "no desire" is itself a sexual problem, no denial of what follows
    ("i have no desire to sleep with my wife, numb down there", "sexual_dysfunction"),
])
def test_older_lines_this_stops_retrain_no_longer_overruled_now_read_by_the_rules(signs, said, sign):
    """The rules' own verdict, without the second opinion."""
    assert signs.analyse(said).sign == sign


def _by_round(table: dict[str, list[tuple[str, str | None]]]) -> list:
    return [pytest.param(said, sign, id=f"{round_}-{i}") for round_, lines in table.items()
            for i, (said, sign) in enumerate(lines, start=1)]


@pytest.mark.parametrize(("said", "sign"), _by_round(DETECTED))
def test_each_rounds_lines_get_the_sign_they_tell(signs, said, sign):
    """What the user gets: the rules, then the learned second opinion (tests/sign_readings.py)."""
    assert sign_of(signs, said) == sign


@pytest.mark.parametrize(("said", "sign"), _by_round(RULES))
def test_each_rounds_lines_are_read_right_by_the_rules_alone(signs, said, sign):
    """The rules' own verdict, without the second opinion: what a retrain cannot take away."""
    assert signs.analyse(said).sign == sign


def test_a_borrowed_phrase_never_holds_an_english_word_with_its_g_dropped(signs):
    """A word of a borrowed phrase is read as said, so one that is English with its g dropped ("pissin", "hurtin",
    "gettin") would no longer be read as the English word in an English line ("i keep pissin myself")."""
    assert sign_of(signs, "i keep pissin myself and my back is killing me") == "bladder_bowel"
    assert "hurting" in signs.words_of("me back's been hurtin all week")
