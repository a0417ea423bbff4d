"""Load what the skill says (skill/content/<language>.json) into typed, checked objects, per locale.

One file per language; a locale's view of it is derived, never copied: its placeholders for the
emergency and urgent actions are filled and its word swaps applied (physiotherapy, not physical
therapy, outside the US), once per locale and cached.

The content is JSON rather than YAML because it is read on every Lambda cold start, where
importing PyYAML alone costs more than parsing the file. The file's "about" key explains its shape.
Loading fails loudly with ContentError naming the file and the key, so a bad edit to the data
is caught at start-up (and by `validate`), never in the middle of a conversation.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, NamedTuple

from skill.topics import TOPIC_BY_ID

CONTENT_DIR = Path(__file__).resolve().parent / "content"
DEFAULT_LOCALE = "en-US"

#: The prompts every language file must define (used by the conversation by these names).
REQUIRED_PROMPTS = (
    "welcome", "launch_question", "launch_reprompt", "help", "help_more", "help_reprompt", "offer", "offer_more",
    "offer_reprompt", "offer_more_reprompt", "going_next", "going_more", "going_back", "taking_offer",
    "what_else", "what_else_reprompt", "nothing_offered", "fallback", "fallback_again", "fallback_last",
    "fallback_safety", "fallback_reprompt", "nothing_to_repeat", "end_of_guide", "start_of_guide", "start_over",
    "goodbye", "thanks_goodbye", "thanks_offer", "limit_end", "limit_reprompt", "warning_follow_up",
    "warning_reprompt", "warning_list_end", "error", "error_reprompt", "all_said",
)
#: Placeholders a locale fills in the text before it is parsed (the renderer fills {emergency_number}).
LOCALE_PLACEHOLDERS = ("emergency_action", "emergency_list", "urgent_action", "urgent_list")
LEVELS = ("emergency", "urgent")


class ContentError(ValueError):
    """The content file is missing, unreadable or does not have the expected shape."""


class Card(NamedTuple):
    """The written version of an answer, shown in the Alexa app."""

    title: str
    text: str


class Answer(NamedTuple):
    """A spoken answer in one or more parts, the article section each part comes from, and its card."""

    parts: tuple[str, ...]
    card: Card
    sources: tuple[str, ...] = ()


class TopicContent(NamedTuple):
    """Everything the skill says about one topic id."""

    id: str
    name: str
    answer: Answer
    details: Mapping[str, Answer]
    #: What people call the topic itself when they say it in its slot ("painkillers"): the general answer.
    general_words: frozenset[str] = frozenset()
    #: Per detail, members of it that the guide never names ("tramadol" of opioids): heard in the slot,
    #: they get an honest limit (no details on that medicine, what the guide does say of its kind).
    not_named: Mapping[str, frozenset[str]] = {}


class Suggestion(NamedTuple):
    """A question the skill suggests people ask, and the topic it must reach."""

    say: str
    topic: str


class Source(NamedTuple):
    """A piece of clinical guidance a warning sign comes from."""

    title: str
    url: str


class Level(NamedTuple):
    """An urgency level: its card title and the action said first."""

    id: str
    title: str
    action: str


class WarningSign(NamedTuple):
    """One warning sign: its urgency, how the answer names it, one short reason, and its guidance."""

    id: str
    level: str
    heard: str
    reason: str
    sources: tuple[str, ...]
    basis: str


_DETERMINERS = frozenset("a an the my his her their our your this that these those some any".split())


class LimitKind(NamedTuple):
    """An honest 'the guide doesn't cover that' answer: what to say, who can answer, and what related
    thing the guide does say (a topic id, or none)."""

    say: str
    who: str
    related: str | None = None
    #: What to say instead when the question names nothing to fill ``{thing}`` ("should I stop physio?").
    plain: str | None = None
    #: The topics whose own name cannot fill ``{thing}`` ("can physical therapy replace physical therapy"),
    #: so a question about them gets ``plain``.
    plain_for: frozenset[str] = frozenset()
    #: The kind as asked about a topic's treatments (topic id -> this kind with its own wording or who):
    #: one has a massage rather than takes it, and a pharmacist cannot say how often.
    for_topics: Mapping[str, "LimitKind"] = {}

    def about(self, topic_id: str | None) -> "LimitKind":
        """This kind as said of a question about *topic_id*."""
        return self.for_topics.get(topic_id or "", self)


class Limits(NamedTuple):
    """Everything the skill says when asked what the guide does not cover."""

    who: Mapping[str, str]
    kinds: Mapping[str, LimitKind]
    subjects: Mapping[str, LimitKind]
    related: Mapping[str, str]
    value_names: Mapping[str, str]
    #: Last words of things counted one at a time ("foam roller"): said back with "a" or "an" when heard bare.
    countable: frozenset[str] = frozenset()

    def spoken(self, heard: str) -> str:
        """A thing heard in a slot, as it is said back: "foam roller" -> "a foam roller", "pilates" as heard."""
        words = heard.split()
        if not words or words[-1].lower() not in self.countable or words[0].lower() in _DETERMINERS:
            return heard
        # "u" is left out: "a unit", "a u-shaped pillow" sound a consonant first
        return ("an " if words[0][0].lower() in "aeio" else "a ") + heard


class Content(NamedTuple):
    """All the text for one locale."""

    path: Path
    locale: str
    skill_name: str
    topics: Mapping[str, TopicContent]
    prompts: Mapping[str, tuple[str, ...]]
    suggestions: tuple[Suggestion, ...]
    emergency_number: str
    emergency_number_spoken: str | None
    card_note: str | None
    pronunciations: Mapping[str, str]
    levels: Mapping[str, Level]
    warning_signs: Mapping[str, WarningSign]
    warning_answer: str
    general_signs: frozenset[str]
    sources: Mapping[str, Source]
    limits: Limits
    help_topics: tuple[str, ...]
    locales: tuple[str, ...]


def _require(mapping: Any, key: str, where: str, kind: type = str) -> Any:
    if not isinstance(mapping, dict) or key not in mapping:
        raise ContentError(f"{where}: missing key '{key}'")
    value = mapping[key]
    if not isinstance(value, kind) or (kind is str and not value.strip()):
        raise ContentError(f"{where}.{key}: expected a non-empty {kind.__name__}")
    return value


def _text(value: str) -> str:
    return " ".join(value.split())


def _answer(raw: Any, where: str) -> Answer:
    parts = _require(raw, "answer", where, list)
    if not parts:
        raise ContentError(f"{where}.answer: expected at least one part")
    texts, sources = [], []
    for k, part in enumerate(parts):
        texts.append(_text(_require(part, "text", f"{where}.answer[{k}]")))
        sources.append(_text(_require(part, "source", f"{where}.answer[{k}]")))
    card = _require(raw, "card", where, dict)
    return Answer(tuple(texts), Card(_require(card, "title", f"{where}.card"),
                                     _text(_require(card, "text", f"{where}.card"))), tuple(sources))


def _topic(topic_id: str, raw: Any, where: str) -> TopicContent:
    details = raw.get("details") or {} if isinstance(raw, dict) else {}
    if not isinstance(details, dict):
        raise ContentError(f"{where}.details: expected a mapping of slot value id to answer")
    return TopicContent(
        id=topic_id,
        name=_require(raw, "name", where),
        answer=_answer(raw, where),
        details={key: _answer(value, f"{where}.details.{key}") for key, value in details.items()},
        general_words=frozenset(phrase(w) for w in raw.get("general_words") or ()),
        not_named=_not_named(raw.get("not_named") or {}, set(details), f"{where}.not_named"),
    )


def _not_named(raw: Any, details: set[str], where: str) -> Mapping[str, frozenset[str]]:
    if not isinstance(raw, dict) or not set(raw) <= details:
        raise ContentError(f"{where}: expected a mapping of this topic's detail ids to names")
    return {key: frozenset(phrase(w) for w in names) for key, names in raw.items()}


def phrase(word: Any) -> str:
    """A listed word or phrase, or words heard in a slot, as they are compared: lower case, single spaces."""
    return " ".join(str(word).lower().split())


def _warning_signs(raw: Any, where: str) -> tuple[Mapping[str, Level], Mapping[str, WarningSign], str,
                                                  frozenset[str], Mapping[str, Source]]:
    sources = {key: Source(_require(value, "title", f"{where}.sources.{key}"), _require(value, "url", f"{where}.sources.{key}"))
               for key, value in _require(raw, "sources", where, dict).items()}
    levels = {}
    for level in LEVELS:
        block = _require(_require(raw, "levels", where, dict), level, f"{where}.levels", dict)
        levels[level] = Level(level, _require(block, "title", f"{where}.levels.{level}"),
                              _text(_require(block, "action", f"{where}.levels.{level}")))
    signs = {}
    for sign_id, block in _require(raw, "signs", where, dict).items():
        here = f"{where}.signs.{sign_id}"
        level = _require(block, "level", here)
        if level not in LEVELS:
            raise ContentError(f"{here}.level: '{level}' is not one of {', '.join(LEVELS)}")
        cited = _require(block, "sources", here, list)
        unknown = [s for s in cited if s not in sources]
        if not cited or unknown:
            raise ContentError(f"{here}.sources: name at least one source from {where}.sources"
                               + (f" (unknown: {', '.join(map(str, unknown))})" if unknown else ""))
        signs[sign_id] = WarningSign(sign_id, level, _text(_require(block, "heard", here)),
                                     _text(_require(block, "reason", here)), tuple(cited),
                                     _text(_require(block, "basis", here)))
    general = frozenset(raw.get("general") or ())
    return levels, signs, _text(_require(raw, "answer", where)), general, sources


def _limit_kind(raw: Any, where: str, who: Mapping[str, str]) -> LimitKind:
    key = _who_key(_require(raw, "who", where), f"{where}.who", who)
    related = raw.get("related")
    if related is not None and related not in TOPIC_BY_ID:
        raise ContentError(f"{where}.related: '{related}' is not a topic id")
    plain = raw.get("plain")
    plain_for = _topic_ids(raw.get("plain_for") or (), f"{where}.plain_for")
    if (plain is None) != (not plain_for):
        raise ContentError(f"{where}: 'plain' and 'plain_for' come together")
    kind = LimitKind(_text(_require(raw, "say", where)), key, related,
                     _text(plain) if plain is not None else None, plain_for)
    for_topics = raw.get("for_topics") or {}
    _topic_ids(for_topics, f"{where}.for_topics")
    return kind._replace(for_topics={
        topic: kind._replace(say=_text(block.get("say", kind.say)),
                             who=_who_key(block.get("who", key), f"{where}.for_topics.{topic}.who", who))
        for topic, block in for_topics.items()})


def _who_key(key: Any, where: str, who: Mapping[str, str]) -> str:
    if key not in who:
        raise ContentError(f"{where}: '{key}' is not one of limits.who ({', '.join(who)})")
    return key


def _topic_ids(ids: Any, where: str) -> frozenset[str]:
    unknown = sorted(set(ids) - set(TOPIC_BY_ID))
    if unknown:
        raise ContentError(f"{where}: {', '.join(unknown)} not topic ids")
    return frozenset(ids)


def _limits(raw: Any, where: str) -> Limits:
    who = {k: _text(v) for k, v in _require(raw, "who", where, dict).items()}
    return Limits(
        who=who,
        kinds={k: _limit_kind(v, f"{where}.kinds.{k}", who) for k, v in _require(raw, "kinds", where, dict).items()},
        subjects={k: _limit_kind(v, f"{where}.subjects.{k}", who)
                  for k, v in _require(raw, "subjects", where, dict).items()},
        related={k: _text(v) for k, v in _require(raw, "related", where, dict).items()},
        value_names={k: _text(v) for k, v in _require(raw, "value_names", where, dict).items()},
        countable=frozenset(phrase(w) for w in _require(raw, "countable", where, list)),
    )


def _prompts(raw: Any, where: str) -> dict[str, tuple[str, ...]]:
    prompts = {}
    for name in REQUIRED_PROMPTS:
        variants = _require(raw, name, where, list)
        if not variants or not all(isinstance(v, str) and v.strip() for v in variants):
            raise ContentError(f"{where}.{name}: expected a list of one or more phrasings")
        prompts[name] = tuple(_text(v) for v in variants)
    return prompts


def localise(data: Any, locale: str, where: str) -> tuple[Any, Mapping[str, Any]]:
    """The file's data with *locale*'s placeholders filled and word swaps applied, and the locale's block."""
    locales = _require(data, "locales", where, dict)
    if DEFAULT_LOCALE not in locales:
        raise ContentError(f"{where}.locales: missing the default locale {DEFAULT_LOCALE}")
    block = locales.get(locale) or locales[DEFAULT_LOCALE]
    here = f"{where}.locales.{locale if locale in locales else DEFAULT_LOCALE}"
    fills = {name: _require(block, name, here) for name in LOCALE_PLACEHOLDERS}
    words = block.get("words") or {}
    if not isinstance(words, dict):
        raise ContentError(f"{here}.words: expected a mapping of wording to its local form")
    swap = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b") \
        if words else None

    def convert(value: Any) -> Any:
        if isinstance(value, str):
            for name, text in fills.items():
                value = value.replace("{" + name + "}", text)
            return swap.sub(lambda m: words[m.group(1)], value) if swap else value
        if isinstance(value, list):
            return [convert(v) for v in value]
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        return value

    # The "about" notes and the locale blocks themselves are documentation and settings, not speech.
    localised = {k: (v if k in ("about", "locales") else convert(v)) for k, v in data.items()}
    return localised, block


def parse_content(data: Any, path: Path, locale: str = DEFAULT_LOCALE) -> Content:
    """Check the parsed JSON *data* (from *path*) and turn it into the Content for *locale*."""
    where = path.name
    data, block = localise(data, locale, where)
    raw_topics = _require(data, "topics", where, dict)
    missing = sorted(set(TOPIC_BY_ID) - set(raw_topics))
    unknown = sorted(set(raw_topics) - set(TOPIC_BY_ID))
    if missing or unknown:
        raise ContentError(f"{where}.topics: missing topics {missing}, unknown topics {unknown}")
    suggestions = tuple(
        Suggestion(_require(s, "say", f"{where}.suggestions[{i}]"), _require(s, "topic", f"{where}.suggestions[{i}]"))
        for i, s in enumerate(_require(data, "suggestions", where, list))
    )
    if len(suggestions) < 4 or any(s.topic not in TOPIC_BY_ID for s in suggestions):
        raise ContentError(f"{where}.suggestions: need at least four, each with a known topic id")
    levels, signs, warning_answer, general, sources = _warning_signs(_require(data, "warning_signs", where, dict),
                                                                     f"{where}.warning_signs")
    help_topics = tuple(_text(t) for t in _require(data, "help_topics", where, list))
    if len(help_topics) < 3:
        raise ContentError(f"{where}.help_topics: need at least three")
    spoken = block.get("emergency_number_spoken")
    return Content(
        path=path,
        locale=locale if locale in data["locales"] else DEFAULT_LOCALE,
        skill_name=_require(data, "skill_name", where),
        topics={tid: _topic(tid, raw_topics[tid], f"{where}.topics.{tid}") for tid in TOPIC_BY_ID},
        prompts=_prompts(_require(data, "prompts", where, dict), f"{where}.prompts"),
        suggestions=suggestions,
        emergency_number=str(_require(block, "emergency_number", f"{where}.locales.{locale}")),
        emergency_number_spoken=str(spoken) if spoken else None,
        card_note=block.get("card_note"),
        pronunciations={str(k): str(v) for k, v in (data.get("pronunciations") or {}).items()},
        levels=levels,
        warning_signs=signs,
        warning_answer=warning_answer,
        general_signs=general,
        sources=sources,
        limits=_limits(_require(data, "limits", where, dict), f"{where}.limits"),
        help_topics=help_topics,
        locales=tuple(data["locales"]),
    )


def _read(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path}: cannot read content file ({exc})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContentError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc


def load_content_file(path: Path, locale: str = DEFAULT_LOCALE) -> Content:
    """Read and check one content file for *locale*; raises ContentError naming the file on any problem."""
    return parse_content(_read(path), path, locale)


def content_locales(path: Path) -> tuple[str, ...]:
    """The locales a content file has wording for."""
    data = _read(path)
    return tuple(_require(data, "locales", path.name, dict))


def load_content(locale: str = DEFAULT_LOCALE) -> Content:
    """The content for *locale*: one file per language, so every en-* locale reads en.json."""
    language = (locale or "en").split("-")[0].lower() if isinstance(locale, str) else "en"
    path = CONTENT_DIR / f"{language}.json"
    if not language.isalpha() or not path.exists():
        path = CONTENT_DIR / "en.json"
    return _load_cached(path, _known_locale(path, locale))


@lru_cache(maxsize=None)
def _raw(path: Path) -> Any:
    return _read(path)


def _known_locale(path: Path, locale: Any) -> str:
    # Only locales the file knows reach the cache: a client inventing locales cannot grow memory.
    locales = _raw(path).get("locales") if isinstance(_raw(path), dict) else None
    return locale if isinstance(locale, str) and isinstance(locales, dict) and locale in locales else DEFAULT_LOCALE


@lru_cache(maxsize=None)
def _load_cached(path: Path, locale: str) -> Content:
    return parse_content(_raw(path), path, locale)
