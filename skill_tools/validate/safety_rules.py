"""Rules on the warning signs, where the skill's most important duty is carried (DESIGN.md, medical safety).

On an Echo only the interaction model decides which intent fires; the skill never sees the words. So
the model must carry the signs: one slot value per sign with many ways to say it, statement-form
samples, and the symptom slot on every intent where people mix a question with a symptom. And the
content must answer each sign: the action first, within 30 words, from named guidance.
"""
from __future__ import annotations

import re
from typing import Iterator

from interaction_model.model import Model, normalise
from skill.content import Content
from skill.conversation import Conversation
from skill.state import State
from skill.topics import TOPIC_BY_ID, WARNING_SLOT
from skill_tools.validate.content_rules import localised
from skill_tools.validate.findings import Finding, error, warning
from skill_tools.validate.sources import Sources

#: The words before any follow-up a warning answer may take (issue 9: action first, short).
MAX_WARNING_WORDS = 30
#: Fewer ways to say a sign than this, and people who say it differently are not heard on an Echo.
MIN_FORMS_PER_SIGN = 10
#: Intents where people do not mix a question with a symptom; every other custom intent carries the slot.
NO_SYMPTOM_SLOT = frozenset({"OverviewIntent", "SummaryIntent", "ThanksIntent"})
#: Statement forms the red-flags intent must have, so a bare symptom reaches it.
STATEMENT_SAMPLES = ("{symptom}", "I have {symptom}")
#: Words that describe a symptom: none may be part of a way to say a treatment, a medicine, a kind of
#: question or an uncovered subject, or a tingling leg would be heard as acupuncture ("needles").
SYMPTOM_WORDS = frozenset({
    "numb", "numbness", "tingling", "tingly", "needles", "pins", "weak", "weakness", "fall", "fell", "fallen",
    "slipped", "crash", "accident", "fever", "temperature", "chills", "incontinence", "incontinent", "bladder",
    "bowel", "bowels", "pee", "peeing", "urine", "urinate", "wee", "groin", "cracked", "crack", "cracking",
    "fracture", "fractured", "broken", "chest", "cancer", "tumour", "tumor", "infection", "sweats", "osteoporosis",
    "bleeding", "erection", "sex",
})
_WORD = re.compile(r"[a-z']+")
RED_FLAGS_INTENT = TOPIC_BY_ID["red_flags"].intent


def _warning_type(index: Model) -> str | None:
    intent = index.intent(RED_FLAGS_INTENT)
    return intent.slots.get(WARNING_SLOT) if intent else None


def _model_rules(index: Model, content: Content | None) -> Iterator[Finding]:
    file = index.source
    type_name = _warning_type(index)
    if type_name is None or type_name not in index.types:
        yield error("safety.no-warning-slot", file, "intents", f"{RED_FLAGS_INTENT} has no {WARNING_SLOT} slot of a "
                    "custom slot type, so no warning sign can be told apart on an Echo",
                    f"declare {{\"name\": \"{WARNING_SLOT}\", \"type\": \"WarningSignType\"}} on {RED_FLAGS_INTENT}")
        return
    signs = index.types[type_name]
    for value in signs.values:
        if content is not None and value.id not in content.warning_signs and value.id not in content.general_signs:
            yield error("safety.sign-unanswered", content.path, "warning_signs.signs",
                        f"{type_name} value {value.id!r} has no answer in the content's warning_signs",
                        f"add warning_signs.signs.{value.id} (level, heard, reason, sources), or list it under "
                        "warning_signs.general for the general list")
        if value.id not in (content.general_signs if content else ()) and len(value.forms) < MIN_FORMS_PER_SIGN:
            yield warning("safety.few-forms", file, f"types[{signs.position}]",
                          f"warning sign {value.id!r} has {len(value.forms)} ways to say it; people who say it "
                          "another way are not heard on an Echo",
                          f"add lay, regional and slang synonyms (at least {MIN_FORMS_PER_SIGN})")
    if content is not None:
        for sign in sorted(set(content.warning_signs) - {v.id for v in signs.values}):
            yield error("safety.sign-unreachable", file, f"types[{signs.position}]",
                        f"the content answers warning sign {sign!r}, but {type_name} has no such value",
                        f"add a value with id {sign!r} and the ways people say it")
    red_flags = index.intent(RED_FLAGS_INTENT)
    have = {normalise(s) for s in red_flags.samples}
    for sample in STATEMENT_SAMPLES:
        if normalise(sample) not in have:
            yield error("safety.statement-samples", file, red_flags.path,
                        f"{RED_FLAGS_INTENT} lacks the statement form {sample!r}, so a symptom said on its own "
                        "may miss the warning", f"add {sample!r} to its samples")
    for intent in index.intents:
        if intent.is_built_in or intent.name in NO_SYMPTOM_SLOT:
            continue
        if intent.slots.get(WARNING_SLOT) != type_name:
            yield error("safety.symptom-slot-missing", file, intent.path,
                        f"{intent.name} has no {WARNING_SLOT} slot, so a warning sign said with this question "
                        "(\"I had a fall, does ibuprofen help\") is not heard on an Echo",
                        f"declare {WARNING_SLOT} ({type_name}) on {intent.name} and add samples that mix it in")
    yield from _symptom_words_elsewhere(index, type_name)


def _symptom_words_elsewhere(index: Model, warning_type: str) -> Iterator[Finding]:
    for slot_type in index.types.values():
        if slot_type.name == warning_type:
            continue
        for value in slot_type.values:
            for form in value.forms:
                found = sorted(set(_WORD.findall(form.lower())) & SYMPTOM_WORDS)
                if found:
                    yield error("safety.symptom-word", index.source, f"types[{slot_type.position}]",
                                f"{slot_type.name} value {value.id!r} is said {form!r}, which contains the symptom "
                                f"word{'s' * (len(found) > 1)} {', '.join(found)}: a symptom would be heard as it",
                                "remove that synonym; symptoms belong to the warning-sign slot type only")


def _content_rules(sources: Sources) -> Iterator[Finding]:
    found: dict[tuple[str, str], list[str]] = {}
    for locale, content in localised(sources):
        conversation = Conversation(content)
        for sign in content.warning_signs:
            reply = conversation.warning(State(), sign)
            action = content.levels[content.warning_signs[sign].level].action
            answer = reply.speech.split(" Would you like")[0] if " Would you like" in reply.speech else reply.speech
            words = len(conversation.render.plain([content.warning_answer.format(
                action=action, heard=content.warning_signs[sign].heard,
                reason=content.warning_signs[sign].reason)]).split())
            if words > MAX_WARNING_WORDS:
                found.setdefault((sign, f"the answer is {words} words before its follow-up; at most "
                                        f"{MAX_WARNING_WORDS}"), []).append(locale)
            if not answer.startswith(conversation.render.plain([action])):
                found.setdefault((sign, "the answer does not lead with the action"), []).append(locale)
    for (sign, message), locales in found.items():
        yield error("safety.warning-answer", sources.content_file, f"warning_signs.signs.{sign}",
                    f"{message} ({', '.join(locales)})", "shorten heard or reason; the action comes first")


def check(sources: Sources, index: Model) -> Iterator[Finding]:
    """Every warning-sign finding on the model and the content."""
    if index.intents:
        yield from _model_rules(index, sources.content)
    if sources.content is not None:
        yield from _content_rules(sources)
