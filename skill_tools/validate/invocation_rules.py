"""Rules on the invocation name, as Alexa's invocation-name requirements state them.

Two or more words; lower-case letters and spaces, apostrophes only in possessives ("sam's"), periods
only in spelled-out abbreviations ("b. p."); no digits; none of the launch words, wake words, or the
words "skill" and "app"; a two-word name must not use a connecting word.
"""
from __future__ import annotations

import re
from typing import Iterator

from skill_tools.validate.findings import Finding, error
from interaction_model.model import Model

LAUNCH_WORDS = frozenset({"launch", "ask", "tell", "open", "load", "begin", "enable"})
WAKE_WORDS = frozenset({"alexa", "amazon", "echo", "computer"})
FORBIDDEN_WORDS = frozenset({"skill", "app"})
CONNECTING_WORDS = frozenset({"the", "a", "an", "for", "to", "of"})
#: One word: lower-case letters, an optional possessive 's or s', or one letter of an abbreviation ("b.").
WORD = re.compile(r"^(?:[a-z]+(?:'s|s')?|[a-z]\.)$")
PATH = "invocationName"


def check(index: Model) -> Iterator[Finding]:
    """Every invocation-name finding."""
    name = index.invocation_name
    if not name or not name.strip():
        return  # the schema rule reports a missing name
    file = index.source
    words = name.split()
    if re.search(r"\d", name):
        yield error("invocation.digits", file, PATH, f"invocation name {name!r} contains digits",
                    "spell numbers out as words (\"two\", not \"2\")")
    if len(words) < 2:
        yield error("invocation.one-word", file, PATH, f"invocation name {name!r} is a single word",
                    "use two or more words, such as \"back pain guide\"")
    bad = [w for w in words if not WORD.match(w) and not re.search(r"\d", w)]
    if bad or name != " ".join(words):
        suggestion = suggested_name(name)
        example = f', such as "{suggestion}"' if suggestion and suggestion != name else ""
        yield error("invocation.characters", file, PATH,
                    f"invocation name {name!r} has characters Alexa does not accept: {', '.join(bad) or 'extra spaces'}",
                    f"use lower-case letters and single spaces only{example}; apostrophes only for possessives "
                    "(\"sam's\"), periods only in spelled-out abbreviations (\"b. p.\")")
    # The word rules judge the words as spoken, whatever their case: "Ask Back Pain" has a launch word.
    plain = {w.lower().strip(".").removesuffix("'s").removesuffix("'") for w in words}
    for label, vocabulary, rule in (("a launch word", LAUNCH_WORDS, "invocation.launch-word"),
                                    ("a wake word", WAKE_WORDS, "invocation.wake-word"),
                                    ("a word Alexa forbids", FORBIDDEN_WORDS, "invocation.forbidden-word")):
        for word in sorted(plain & vocabulary):
            yield error(rule, file, PATH, f"invocation name {name!r} contains {label}: {word!r}",
                        f"choose a name without {word!r}")
    if len(words) == 2 and plain & CONNECTING_WORDS:
        yield error("invocation.connecting-word", file, PATH,
                    f"two-word invocation name {name!r} uses a connecting word ({', '.join(sorted(plain & CONNECTING_WORDS))})",
                    "drop the connecting word and add a descriptive word instead")


def suggested_name(name: str) -> str | None:
    """A name Alexa accepts, made from *name*: lower case, only the characters allowed, without the
    words Alexa forbids; None when fewer than two words are left."""
    words = []
    for word in name.lower().split():
        word = re.sub(r"[^a-z'.]", "", word)
        if not WORD.match(word):
            word = re.sub(r"[^a-z]", "", word)
        if word and word.strip(".") not in LAUNCH_WORDS | WAKE_WORDS | FORBIDDEN_WORDS:
            words.append(word)
    if len(words) == 2 and set(words) & CONNECTING_WORDS:
        return None
    return " ".join(words) if len(words) >= 2 else None
