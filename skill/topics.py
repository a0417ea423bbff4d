"""The topic table: one row per topic id, the single thing that drives the topic handlers.

Topic ids are a public contract (../shared/DESIGN.md). The order of ARTICLE_ORDER is the order
"next" and "previous" walk; red_flags is not an article section, so it sits outside the walk.
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

#: The article's own order, walked by AMAZON.NextIntent / AMAZON.PreviousIntent.
ARTICLE_ORDER: tuple[str, ...] = (
    "overview", "causes", "pt_benefits", "pt_not_working", "alternatives",
    "medications", "surgery", "deciding", "summary",
)

#: Built-in intents the skill handles (names as Amazon spells them).
BUILT_IN_INTENTS: tuple[str, ...] = (
    "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.FallbackIntent",
    "AMAZON.RepeatIntent", "AMAZON.NextIntent", "AMAZON.PreviousIntent", "AMAZON.YesIntent",
    "AMAZON.NoIntent", "AMAZON.StartOverIntent", "AMAZON.NavigateHomeIntent",
)
