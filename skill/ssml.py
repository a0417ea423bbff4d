"""Turn plain answer text into SSML Alexa accepts, and check SSML we (or anyone) produce.

Text in the content file is plain; markup is added here only, after escaping, so a stray `&` or
`<` in the data can never break the XML that Alexa parses.
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

#: The SSML tags Alexa supports (Alexa Skills Kit SSML reference).
SUPPORTED_TAGS = frozenset({
    "speak", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "voice", "w",
    "audio", "amazon:effect", "amazon:domain", "amazon:emotion",
})
#: Alexa rejects outputSpeech longer than this many characters.
MAX_SSML_CHARS = 8000
#: The pause between the answer and the offer that follows it.
PAUSE = '<break time="300ms"/>'
EMERGENCY_PLACEHOLDER = "{emergency_number}"


def _pronounce(escaped: str, pronunciations: Mapping[str, str]) -> str:
    # Longest words first so "NSAIDs" wins over "NSAID".
    for word in sorted(pronunciations, key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w>]){re.escape(escape(word))}(?![\w<])")
        escaped = pattern.sub(f"<sub alias={quoteattr(pronunciations[word])}>{escape(word)}</sub>", escaped)
    return escaped


def segment_to_ssml(
    text: str, *, pronunciations: Mapping[str, str] | None = None, emergency_number: str = ""
) -> str:
    """One plain-text segment as SSML body text: escaped, with pronunciation hints and digits read as digits."""
    body = _pronounce(escape(text), pronunciations or {})
    digits = f'<say-as interpret-as="digits">{escape(emergency_number)}</say-as>'
    return body.replace(EMERGENCY_PLACEHOLDER, digits)


def to_ssml(
    segments: Iterable[str], *, pronunciations: Mapping[str, str] | None = None, emergency_number: str = ""
) -> str:
    """Plain-text segments as one `<speak>` document, with a short pause between segments."""
    body = PAUSE.join(
        segment_to_ssml(s, pronunciations=pronunciations, emergency_number=emergency_number) for s in segments if s
    )
    return f"<speak>{body}</speak>"


def to_plain(segments: Iterable[str], *, emergency_number: str = "") -> str:
    """Plain-text segments as the one line the runner prints and the JSON contract calls `speech`."""
    return " ".join(s.replace(EMERGENCY_PLACEHOLDER, emergency_number) for s in segments if s)


def ssml_problems(ssml: str) -> list[str]:
    """What is wrong with *ssml* for Alexa: not well-formed XML, unsupported tags, too long. Empty if fine."""
    problems: list[str] = []
    if len(ssml) >= MAX_SSML_CHARS:
        problems.append(f"SSML is {len(ssml)} characters; Alexa allows fewer than {MAX_SSML_CHARS}")
    # Alexa's namespaced tags (amazon:effect) are not declared; map them so the XML parser accepts them.
    declared = ssml.replace("<speak>", '<speak xmlns:amazon="urn:amazon">', 1)
    try:
        root = ElementTree.fromstring(declared)
    except ElementTree.ParseError as exc:
        return problems + [f"SSML is not well-formed XML: {exc}"]
    if root.tag != "speak":
        problems.append(f"SSML root element is <{root.tag}>, expected <speak>")
    for element in root.iter():
        tag = element.tag.replace("{urn:amazon}", "amazon:")
        if tag not in SUPPORTED_TAGS:
            problems.append(f"SSML tag <{tag}> is not supported by Alexa")
    return problems
