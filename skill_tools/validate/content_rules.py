"""Rules on what the skill says and shows, checked on the replies the skill really renders.

Each answer part, detail and prompt is rendered through skill.conversation.Conversation, exactly as
a request would, for every English locale; the SSML goes through skill.ssml.ssml_problems.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from interaction_model import ENGLISH_LOCALES
from skill.content import Content
from skill.conversation import Conversation, Reply
from skill.ssml import ssml_problems
from skill.state import Place, State
from skill.topics import ARTICLE_ORDER, TOPIC_BY_ID, TOPICS
from skill_tools.validate.findings import Finding, error, warning
from interaction_model.model import Model
from skill_tools.validate.sources import Sources

#: The project's one-breath budget for each answer part (see the content file's "about" key).
MIN_WORDS, MAX_WORDS = 35, 90
#: Alexa's limit on a card's title and content together.
MAX_CARD_CHARS = 8000
#: Words that only make sense to developers: intent names, topic ids, slot type names.
CODE_WORD = re.compile(r"AMAZON\.\w+|\w+Intent|[a-z]+_[a-z_]+")

Render = Callable[[Conversation], Reply]


def _replies(content: Content) -> Iterator[tuple[str, Render]]:
    """(content key path, how to render it) for every kind of reply the skill gives."""
    for topic in content.topics.values():
        for k in range(len(topic.answer.parts)):
            yield f"topics.{topic.id}.answer[{k}]", lambda c, t=topic.id, k=k: c.answer(State(), Place(t, k))
        for key, detail in topic.details.items():
            for k in range(len(detail.parts)):
                yield (f"topics.{topic.id}.details.{key}.answer[{k}]",
                       lambda c, t=topic.id, k=k, d=key: c.answer(State(), Place(t, k, d)))
        if topic.details:
            yield "prompts.unknown_detail", lambda c, t=topic.id: c.ask_topic(State(), t, None, "something else")
    last = len(ARTICLE_ORDER) - 1
    offered = State(offer=Place(ARTICLE_ORDER[0]))
    yield from (
        ("prompts.welcome", lambda c: c.launch(State())),
        ("prompts.help", lambda c: c.help(State())),
        ("prompts.fallback", lambda c: c.fallback(State())),
        ("prompts.goodbye", lambda c: c.goodbye(State())),
        ("prompts.error", lambda c: c.error(State())),
        ("prompts.what_else", lambda c: c.no(offered)),
        ("prompts.nothing_offered", lambda c: c.yes(State())),
        ("prompts.nothing_to_repeat", lambda c: c.repeat(State())),
        ("prompts.start_over", lambda c: c.start_over(State())),
        ("prompts.start_of_guide", lambda c: c.previous(State())),
        ("prompts.end_of_guide", lambda c: c.next(State(position=last))),
    )


def _internal_names(index: Model) -> re.Pattern[str]:
    """Intent names, slot type names and topic ids (as whole words), plus anything that looks like code."""
    names = {i.name for i in index.intents} | set(index.types) | set(TOPIC_BY_ID)
    names = {n for n in names if not n.isalpha() or not n.islower()}  # "surgery" is a topic id and a word
    alternatives = [re.escape(n) for n in sorted(names, key=len, reverse=True)] + [CODE_WORD.pattern]
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b")


def _shown_text_problems(text: str, internal: re.Pattern[str]) -> list[str]:
    problems = []
    names = sorted(set(internal.findall(text)))
    if names:
        problems.append(f"internal name{'s' * (len(names) > 1)} {', '.join(names)}")
    if re.search(r"[{}]", text):
        problems.append("an unfilled {placeholder}")
    if re.search(r"[<>]", text):
        problems.append("markup (< or >), which would be read out or shown literally")
    return problems


def _reply_problems(reply: Reply, internal: re.Pattern[str]) -> Iterator[tuple[str, bool, str, str]]:
    """(rule, whether it is about the card, message, fix) for each problem in one rendered reply."""
    for label, ssml in (("speech", reply.ssml), ("reprompt", reply.reprompt_ssml)):
        for problem in ssml_problems(ssml) if ssml else ():
            yield ("content.ssml", False, f"{label}: {problem}",
                   "shorten the text or fix the markup; Alexa rejects the whole response otherwise")
    shown = [("speech", reply.speech, False), ("reprompt", reply.reprompt or "", False)]
    if reply.card:
        shown += [("card title", reply.card.title, True), ("card text", reply.card.text, True)]
        size = len(reply.card.title) + len(reply.card.text)
        if size > MAX_CARD_CHARS:
            yield ("content.card-too-long", True,
                   f"card title and text are {size} characters; Alexa allows {MAX_CARD_CHARS}", "shorten the card text")
    for label, text, on_card in shown:
        for problem in _shown_text_problems(text, internal):
            yield ("content.internal-name", on_card, f"{label} contains {problem}: {text[:80]!r}",
                   "say it in words a listener understands; internal names belong in code")


def _rendered(content: Content, internal: re.Pattern[str]) -> Iterator[tuple[str, str, str, str, list[str]]]:
    """(rule, where, message, fix, locales) for each problem in the rendered replies, one per problem
    however many locales share it."""
    found: dict[tuple[str, str, str], tuple[str, list[str]]] = {}
    for locale in ENGLISH_LOCALES:
        conversation = Conversation(content, locale)
        for where, render in _replies(content):
            try:
                problems = list(_reply_problems(render(conversation), internal))
            except (KeyError, IndexError, ValueError, AttributeError, TypeError) as exc:
                problems = [("content.render", False, f"the reply cannot be rendered: {type(exc).__name__} {exc}",
                             "use only the {placeholders} this prompt is documented to take")]
            for rule, on_card, message, fix in problems:
                # A card belongs to its answer (topics.x.card), not to each spoken part of it.
                at = where.split(".answer[")[0] + ".card" if on_card else where
                found.setdefault((rule, at, message), (fix, []))[1].append(locale)
    for (rule, where, message), (fix, locales) in found.items():
        yield rule, where, message, fix, locales


def _breath_budget(file, content: Content) -> Iterator[Finding]:
    for topic in content.topics.values():
        answers = [(f"topics.{topic.id}", topic.answer)]
        answers += [(f"topics.{topic.id}.details.{key}", d) for key, d in topic.details.items()]
        for where, answer in answers:
            for k, part in enumerate(answer.parts):
                words = len(part.split())
                if not MIN_WORDS <= words <= MAX_WORDS:
                    yield warning("content.breath-budget", file, f"{where}.answer[{k}]",
                                  f"answer part has {words} words; the one-breath budget is {MIN_WORDS}-{MAX_WORDS}",
                                  "split a long part in two (people say \"more\" to hear the next), "
                                  "or merge a short one with its neighbour")


def _details_match_slot_values(file, content: Content, index: Model) -> Iterator[Finding]:
    for topic in TOPICS:
        details = content.topics[topic.id].details
        intent = index.intent(topic.intent)
        slot_type = intent.slots.get(topic.slot or "") if intent else None
        if not details or slot_type not in index.types:
            continue
        ids = {value.id for value in index.types[slot_type].values}
        for key in details:
            if key not in ids:
                yield error("content.unknown-detail", file, f"topics.{topic.id}.details.{key}",
                            f"detail {key!r} is not an id of slot type {slot_type}, so no request can reach it",
                            f"use one of {', '.join(sorted(ids))}, or add {key!r} as a value of {slot_type}")


def check(sources: Sources, index: Model) -> Iterator[Finding]:
    """Every content finding (nothing if the content file could not be loaded)."""
    content, file = sources.content, sources.content_file
    if content is None:
        return
    for rule, where, message, fix, locales in _rendered(content, _internal_names(index)):
        scope = "all locales" if len(locales) == len(ENGLISH_LOCALES) else ", ".join(locales)
        yield error(rule, file, where, f"{message} ({scope})", fix)
    yield from _breath_budget(file, content)
    yield from _details_match_slot_values(file, content, index)
