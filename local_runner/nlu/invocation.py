"""How a user names the skill: Alexa's invocation grammar, parsed exactly (never by substring).

- "open|launch|start|begin|load|run|use|play|resume|do|talk to <name>"  -> launch
- "<name>" alone, "ask <name>", "tell <name>"                          -> launch
- "ask|tell <name> [to|about|for|if|whether|that|and] <request>"       -> intent
- "open|launch|start|... <name> and|to|for|about <request>"             -> intent
- "<request> from|using|with|on <name>"                                 -> intent
- "the" may precede the name; "can you", "let's", "I want to" may precede the whole phrase.
Anything else ("can you tell me about causes") is an ordinary utterance: kind "none".
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from .normalize import normalize

LAUNCH_WORDS: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in (
    "start playing", "talk to", "open", "launch", "start", "begin", "load", "run", "use", "play",
    "resume", "do",
))
REQUEST_WORDS: tuple[tuple[str, ...], ...] = (("ask",), ("tell",))
#: Words between "ask <name>" and the request; Alexa drops them ("ask X about causes" -> "causes").
CONNECTORS = frozenset({"to", "about", "for", "if", "whether", "that", "and"})
#: Words between a launch phrase and a request ("open X and tell me ...").
LAUNCH_CONNECTORS = frozenset({"and", "to", "for", "about"})
#: Words before the name when it ends the phrase ("what causes back pain from X").
SUFFIX_CONNECTORS = frozenset({"from", "using", "with", "on", "via"})
PREFIXES: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in (
    "i would like to", "i want to", "can you", "could you", "would you", "will you", "let us",
))


@dataclass(frozen=True)
class Invocation:
    kind: str   # "launch", "intent" or "none"
    rest: str   # the request for "intent", "" for "launch", the whole (normalised) text for "none"


def _after_name(words: list[str], name: list[str]) -> list[str] | None:
    """Words after "[the] <name>" at the start of *words*, or None if the name is not there."""
    for lead in ([], ["the"]):
        size = len(lead) + len(name)
        if words[:size] == lead + name:
            return words[size:]
    return None


def _without_prefix(words: list[str]) -> list[str]:
    for prefix in PREFIXES:
        if words[: len(prefix)] == list(prefix) and len(words) > len(prefix):
            return words[len(prefix):]
    return words


@functools.lru_cache(maxsize=8)
def _name_words(invocation_name: str) -> tuple[str, ...]:
    # the skill's one name, normalised once rather than for every utterance
    return tuple(normalize(invocation_name).split())


def parse_invocation(text: str, invocation_name: str) -> Invocation:
    """Classify *text* against the skill's *invocation_name* (see module docstring)."""
    normalized = normalize(text)
    name = list(_name_words(invocation_name))
    none = Invocation("none", normalized)
    if not name:
        return none
    words = _without_prefix(normalized.split())
    if _after_name(words, name) == []:
        return Invocation("launch", "")
    for verbs, connectors, is_request in ((REQUEST_WORDS, CONNECTORS, True),
                                          (LAUNCH_WORDS, LAUNCH_CONNECTORS, False)):
        for verb in verbs:
            if words[: len(verb)] != list(verb):
                continue
            rest = _after_name(words[len(verb):], name)
            if rest is None:
                continue
            if not rest:
                return Invocation("launch", "")
            if rest[0] in connectors:
                rest = rest[1:]
            elif not is_request:
                return none   # "open back pain guide now": not Alexa's grammar
            return Invocation("intent", " ".join(rest)) if rest else Invocation("launch", "")
    for lead in ([], ["the"]):
        tail = lead + name
        if len(words) > len(tail) + 1 and words[-len(tail):] == tail \
                and words[-len(tail) - 1] in SUFFIX_CONNECTORS:
            return Invocation("intent", " ".join(words[: -len(tail) - 1]))
    return none
