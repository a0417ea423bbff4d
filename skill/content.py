"""Load what the skill says (skill/content/<language>.json) into typed, checked objects.

The content is JSON rather than YAML because it is read on every Lambda cold start, where
importing PyYAML alone costs more than parsing the file. The file's "about" key explains its shape.
Loading fails loudly with ContentError naming the file and the key, so a bad edit to the data
is caught at start-up (and by `validate`), never in the middle of a conversation.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, NamedTuple

from skill.topics import TOPIC_BY_ID

CONTENT_DIR = Path(__file__).resolve().parent / "content"

#: The prompts every language file must define (used by the handlers by these names).
REQUIRED_PROMPTS = (
    "welcome", "launch_question", "launch_reprompt", "help", "help_reprompt", "offer", "offer_more",
    "offer_reprompt", "offer_more_reprompt", "what_else", "what_else_reprompt", "nothing_offered",
    "fallback", "fallback_reprompt", "nothing_to_repeat", "end_of_guide", "start_of_guide",
    "start_over", "goodbye", "unknown_detail", "error", "error_reprompt",
)


class ContentError(ValueError):
    """The content file is missing, unreadable or does not have the expected shape."""


class Card(NamedTuple):
    """The written version of an answer, shown in the Alexa app."""

    title: str
    text: str


class Answer(NamedTuple):
    """A spoken answer in one or more parts, and its card."""

    parts: tuple[str, ...]
    card: Card


class TopicContent(NamedTuple):
    """Everything the skill says about one topic id."""

    id: str
    name: str
    answer: Answer
    follow_up: str
    details: Mapping[str, Answer]


class Suggestion(NamedTuple):
    """A question the skill suggests people ask, and the topic it must reach."""

    say: str
    topic: str


class Content(NamedTuple):
    """All the text for one language."""

    path: Path
    skill_name: str
    topics: Mapping[str, TopicContent]
    prompts: Mapping[str, str]
    suggestions: tuple[Suggestion, ...]
    emergency_numbers: Mapping[str, str]
    pronunciations: Mapping[str, str]

    def emergency_number(self, locale: str) -> str:
        """The emergency phone number to give in *locale*."""
        return self.emergency_numbers.get(locale, self.emergency_numbers["default"])

    def suggestion_for(self, *avoid_topics: str | None) -> str:
        """The first suggested question that is not about any of *avoid_topics*."""
        for suggestion in self.suggestions:
            if suggestion.topic not in avoid_topics:
                return suggestion.say
        return self.suggestions[0].say


def _require(mapping: Any, key: str, where: str, kind: type = str) -> Any:
    if not isinstance(mapping, dict) or key not in mapping:
        raise ContentError(f"{where}: missing key '{key}'")
    value = mapping[key]
    if not isinstance(value, kind) or (kind is str and not value.strip()):
        raise ContentError(f"{where}.{key}: expected a non-empty {kind.__name__}")
    return value


def _answer(raw: Any, where: str) -> Answer:
    parts = _require(raw, "answer", where, list)
    if not parts or not all(isinstance(p, str) and p.strip() for p in parts):
        raise ContentError(f"{where}.answer: expected a list of non-empty strings")
    card = _require(raw, "card", where, dict)
    return Answer(
        parts=tuple(" ".join(p.split()) for p in parts),
        card=Card(_require(card, "title", f"{where}.card"), " ".join(_require(card, "text", f"{where}.card").split())),
    )


def _topic(topic_id: str, raw: Any, where: str) -> TopicContent:
    follow_up = _require(raw, "follow_up", where)
    if follow_up not in TOPIC_BY_ID or follow_up == topic_id:
        raise ContentError(f"{where}.follow_up: '{follow_up}' is not another topic id")
    details = raw.get("details") or {}
    if not isinstance(details, dict):
        raise ContentError(f"{where}.details: expected a mapping of slot value id to answer")
    return TopicContent(
        id=topic_id,
        name=_require(raw, "name", where),
        answer=_answer(raw, where),
        follow_up=follow_up,
        details={key: _answer(value, f"{where}.details.{key}") for key, value in details.items()},
    )


def parse_content(data: Any, path: Path) -> Content:
    """Check the parsed YAML *data* (from *path*) and turn it into Content."""
    where = path.name
    raw_topics = _require(data, "topics", where, dict)
    missing = sorted(set(TOPIC_BY_ID) - set(raw_topics))
    unknown = sorted(set(raw_topics) - set(TOPIC_BY_ID))
    if missing or unknown:
        raise ContentError(f"{where}.topics: missing topics {missing}, unknown topics {unknown}")
    prompts = _require(data, "prompts", where, dict)
    for name in REQUIRED_PROMPTS:
        _require(prompts, name, f"{where}.prompts")
    suggestions = tuple(
        Suggestion(_require(s, "say", f"{where}.suggestions[{i}]"), _require(s, "topic", f"{where}.suggestions[{i}]"))
        for i, s in enumerate(_require(data, "suggestions", where, list))
    )
    if len(suggestions) < 3 or any(s.topic not in TOPIC_BY_ID for s in suggestions):
        raise ContentError(f"{where}.suggestions: need at least three, each with a known topic id")
    numbers = _require(data, "emergency_numbers", where, dict)
    _require(numbers, "default", f"{where}.emergency_numbers")
    return Content(
        path=path,
        skill_name=_require(data, "skill_name", where),
        topics={tid: _topic(tid, raw_topics[tid], f"{where}.topics.{tid}") for tid in TOPIC_BY_ID},
        prompts={k: " ".join(str(v).split()) for k, v in prompts.items()},
        suggestions=suggestions,
        emergency_numbers={str(k): str(v) for k, v in numbers.items()},
        pronunciations={str(k): str(v) for k, v in (data.get("pronunciations") or {}).items()},
    )


def load_content_file(path: Path) -> Content:
    """Read and check one content file; raises ContentError naming the file on any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path}: cannot read content file ({exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContentError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    return parse_content(data, path)


def load_content(locale: str = "en-US") -> Content:
    """The content for *locale*: one file per language, so every en-* locale reads en.json."""
    language = (locale or "en").split("-")[0].lower() if isinstance(locale, str) else "en"
    path = CONTENT_DIR / f"{language}.json"
    if not language.isalpha() or not path.exists():
        path = CONTENT_DIR / "en.json"
    return _load_cached(path)


@lru_cache(maxsize=None)
def _load_cached(path: Path) -> Content:
    # Keyed by file, not by locale string: any number of locales share one copy per language.
    return load_content_file(path)
