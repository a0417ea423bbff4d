"""The topic table: one row per topic id, the single thing that drives the topic handlers.

Topic ids are a public contract (../shared/DESIGN.md). WALK_ORDER is the order "next" and
"previous" walk, and also what an answer offers next, so "yes" and "next" always agree. The
warning signs (red_flags, not an article section) come straight after the headline question: a
listener who walks the guide hears them early.
"""
from __future__ import annotations

from typing import NamedTuple


class Topic(NamedTuple):
    """One answerable topic: its id, the custom intent that asks for it, and its optional slot."""

    id: str
    intent: str
    slot: str | None = None


TOPICS: tuple[Topic, ...] = (
    Topic("overview", "OverviewIntent"),
    Topic("causes", "CausesIntent"),
    Topic("pt_benefits", "PtBenefitsIntent"),
    Topic("pt_not_working", "PtNotWorkingIntent"),
    Topic("alternatives", "AlternativesIntent", slot="treatment"),
    Topic("medications", "MedicationsIntent", slot="medication"),
    Topic("surgery", "SurgeryIntent"),
    Topic("deciding", "DecidingIntent"),
    Topic("summary", "SummaryIntent"),
    Topic("red_flags", "RedFlagsIntent", slot="symptom"),
)

TOPIC_BY_ID: dict[str, Topic] = {t.id: t for t in TOPICS}
TOPIC_BY_INTENT: dict[str, Topic] = {t.intent: t for t in TOPICS}

#: The order AMAZON.NextIntent / AMAZON.PreviousIntent walk, and the order offers follow.
WALK_ORDER: tuple[str, ...] = (
    "overview", "causes", "pt_benefits", "pt_not_working", "red_flags", "alternatives",
    "medications", "surgery", "deciding", "summary",
)

#: The slot every content intent carries for a warning sign said alongside a question
#: ("I had a fall, does ibuprofen help"): whichever intent fires, the warning is answered first.
WARNING_SLOT = "symptom"
#: The slot for the kind of question about a treatment ("how much", "is it safe", "instead of physio"),
#: which the guide does not answer: it gets an honest limit, not the content answer.
ASPECT_SLOT = "aspect"

#: Custom intents that are not topics: a subject the guide does not cover, and thanks.
NOT_COVERED_INTENT = "NotCoveredIntent"
SUBJECT_SLOT = "subject"
THANKS_INTENT = "ThanksIntent"
#: A kind of question said on its own ("how often?", "and the risks?"): it asks about what was just answered.
FOLLOW_UP_INTENT = "FollowUpIntent"

#: Built-in intents the skill handles (names as Amazon spells them).
BUILT_IN_INTENTS: tuple[str, ...] = (
    "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.FallbackIntent",
    "AMAZON.RepeatIntent", "AMAZON.NextIntent", "AMAZON.PreviousIntent", "AMAZON.YesIntent",
    "AMAZON.NoIntent", "AMAZON.StartOverIntent", "AMAZON.NavigateHomeIntent",
)


def walk_after(topic_id: str) -> str | None:
    """The topic "next" (and an offer) leads to after *topic_id*; None after the last."""
    if topic_id not in WALK_ORDER:
        return WALK_ORDER[0]
    index = WALK_ORDER.index(topic_id) + 1
    return WALK_ORDER[index] if index < len(WALK_ORDER) else None
