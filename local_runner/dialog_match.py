"""Checking a Turn against dialog-file assertions, with bst's matching rules, and explaining misses.

Matching, as in `bst test`: text is matched anywhere in what was said (a partial match),
ignoring case; `*` matches any run of characters; a value written `/regex/flags` is a regular
expression; a list is a set of alternatives, any one of which may match; `!=` means "does not
contain"; null means "absent". Intent names and topic ids are compared whole. Prompts and
reprompts are matched against the speech as heard (SSML turned to text) and, failing that,
against the SSML inside `<speak>`.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from local_runner.dialog_format import Assertion
from local_runner.turn import Turn

_CONTEXT_WORDS = 5
#: Names compared whole (an intent or topic id is a name, not text to search in).
_WHOLE_VALUE_PATHS = ("intent", "topic")


@dataclass(frozen=True)
class Mismatch:
    """One failed assertion: what was expected and what the skill actually said."""

    assertion: Assertion
    actual: Any

    def describe(self) -> str:
        """A few indented lines: expected, said, and for plain text a word diff."""
        a = self.assertion
        verb = {"==": "to match", "=~": "to match", "!=": "NOT to contain"}[a.operator]
        alternatives = a.expected if isinstance(a.expected, list) else [a.expected]
        lines = [f"{a.path} (line {a.line}): expected {verb}"]
        lines += [f"    {_show(v)}" for v in alternatives]
        lines.append(f"  said:\n    {_show(self.actual)}")
        if a.operator == "==" and isinstance(self.actual, str):
            for expected in alternatives:
                if isinstance(expected, str) and not _is_regex(expected):
                    diff = word_diff(expected, self.actual)
                    if diff:
                        lines.append(f"  diff ([-expected-] {{+said+}}):\n    {diff}")
        return "\n".join(lines)


def check(turn: Turn, assertions: list[Assertion]) -> list[Mismatch]:
    """Every assertion *turn* fails, in order."""
    return [Mismatch(a, actual_value(turn, a.path)) for a in assertions if not holds(turn, a)]


def holds(turn: Turn, assertion: Assertion) -> bool:
    """True if *turn* satisfies *assertion*."""
    candidates = [actual_value(turn, assertion.path)]
    if assertion.path in ("prompt", "reprompt"):
        candidates.append(_speak_inner(turn.ssml if assertion.path == "prompt" else turn.reprompt_ssml))
    alternatives = assertion.expected if isinstance(assertion.expected, list) else [assertion.expected]
    whole = assertion.path in _WHOLE_VALUE_PATHS
    if assertion.operator == "!=":
        return not any(
            _matches(e, c, whole) for e in alternatives for c in candidates if c is not None and e is not None
        )
    return any(_matches(e, c, whole) for e in alternatives for c in candidates)


def actual_value(turn: Turn, path: str) -> Any:
    """The value an assertion path names in this turn (None when absent)."""
    card = turn.card or {}
    named = {
        "prompt": turn.speech or None,
        "reprompt": turn.reprompt,
        "cardTitle": card.get("title"),
        "cardContent": card.get("text"),
        "sessionEnded": turn.end_session,
        "intent": turn.intent,
        "topic": turn.topic,
        "screen": "\n".join(turn.screen.lines()) if turn.screen else None,
    }
    if path in named:
        return named[path]
    return _at_path(turn.response, path)


def _matches(expected: Any, actual: Any, whole: bool = False) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    if isinstance(actual, bool) and isinstance(expected, str) and expected.strip().lower() in ("true", "false"):
        return actual == (expected.strip().lower() == "true")  # `- response.shouldEndSession == false`
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected == actual
    expected_text, actual_text = str(expected).strip(), str(actual)
    if _is_regex(expected_text):
        pattern, flags = _regex(expected_text)
        return re.search(pattern, actual_text, flags) is not None
    find = re.fullmatch if whole else re.search
    return find(wildcard_pattern(expected_text), actual_text.strip(), re.IGNORECASE | re.DOTALL) is not None


def wildcard_pattern(expected: str) -> str:
    """A regex for bst's `*` wildcard text: everything but `*` literal, whitespace runs flexible."""
    pieces = [r"\s+".join(re.escape(word) for word in piece.split()) for piece in expected.split("*")]
    return ".*".join(pieces)


def word_diff(expected: str, actual: str) -> str | None:
    """Expected words against the stretch of *actual* that resembles them most, marked up inline."""
    want = expected.replace("*", " ").split()
    said = actual.split()
    if not want or not said:
        return None
    matcher = difflib.SequenceMatcher(None, [_word(w) for w in want], [_word(w) for w in said], autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return None
    start = max(0, blocks[0].b - blocks[0].a)
    end = min(len(said), blocks[-1].b + blocks[-1].size + (len(want) - blocks[-1].a - blocks[-1].size))
    window = said[start:end]
    matcher = difflib.SequenceMatcher(None, [_word(w) for w in want], [_word(w) for w in window], autojunk=False)
    out: list[str] = ["..."] if start > 0 else []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            same = window[j1:j2]
            if len(same) > 2 * _CONTEXT_WORDS:  # long agreeing stretches keep a little context each side
                same = [*same[:_CONTEXT_WORDS], "...", *same[-_CONTEXT_WORDS:]]
            out.extend(same)
            continue
        if i2 > i1:
            out.append("[-" + " ".join(want[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(window[j1:j2]) + "+}")
    if end < len(said):
        out.append("...")
    return " ".join(out)


def _word(word: str) -> str:
    return re.sub(r"[^\w']", "", word.lower())


def _is_regex(text: Any) -> bool:
    return isinstance(text, str) and text.strip().startswith("/") and text.strip().rfind("/") > 0


def _regex(text: str) -> tuple[str, int]:
    body, _, options = text.strip()[1:].rpartition("/")
    flags = re.IGNORECASE  # text assertions ignore case, as in bst
    if "s" in options:
        flags |= re.DOTALL
    if "m" in options:
        flags |= re.MULTILINE
    return body, flags


def _speak_inner(ssml: str | None) -> str | None:
    if not ssml:
        return None
    return re.sub(r"^\s*<speak>|</speak>\s*$", "", ssml)


def _at_path(data: Any, path: str) -> Any:
    """Follow a dotted path with optional [index] parts, e.g. response.card.title or a[0].b."""
    current = data
    for part in path.split("."):
        match = re.fullmatch(r"([^\[\]]+)((?:\[\d+\])*)", part)
        if not match:
            return None
        current = current.get(match.group(1)) if isinstance(current, dict) else None
        for index in re.findall(r"\[(\d+)\]", match.group(2)):
            current = current[int(index)] if isinstance(current, list) and int(index) < len(current) else None
    return current


def _show(value: Any) -> str:
    if value is None:
        return "(nothing)"
    if isinstance(value, bool):
        return "true" if value else "false"
    return f'"{value}"' if isinstance(value, str) else str(value)
