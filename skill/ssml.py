"""Turn plain answer text into SSML Alexa accepts, and check SSML we (or anyone) produce.

Text in the content file is plain; markup is added here only, after escaping, so a stray `&` or
`<` in the data can never break the XML that Alexa parses.
"""
from __future__ import annotations

import re
from functools import lru_cache
from html import escape as _html_escape
from typing import Iterable, Mapping

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


def escape(text: str) -> str:
    """Escape text for XML character data (`&`, `<`, `>`); quotes are fine outside attributes."""
    return _html_escape(text, quote=False)


class Renderer:
    """Renders plain-text segments for one locale: SSML for Alexa, plain text for the transcript.

    Built once per content and locale, so the pronunciation pattern is compiled once, not per request.
    """

    def __init__(self, pronunciations: Mapping[str, str] | None = None, emergency_number: str = "",
                 spoken_number: str | None = None) -> None:
        self.emergency_number = emergency_number
        #: How the number is said where it is not read digit by digit (Australia's 000: "triple zero").
        self.spoken_number = spoken_number
        self._aliases = {escape(word): escape(alias) for word, alias in (pronunciations or {}).items()}
        # Longest words first so "NSAIDs" wins over "NSAID"; whole words only.
        words = "|".join(re.escape(w) for w in sorted(self._aliases, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<![\w>])({words})(?![\w<])") if words else None
        self._digits = (f'<sub alias="{escape(spoken_number)}">{escape(emergency_number)}</sub>' if spoken_number
                        else f'<say-as interpret-as="digits">{escape(emergency_number)}</say-as>')
        # Segments are mostly the content's fixed sentences (heard slot values, already cut short, are
        # the exception), so a bounded cache renders each once per process.
        self.segment = lru_cache(maxsize=1024)(self._segment)  # type: ignore[method-assign]

    def _sub(self, match: re.Match[str]) -> str:
        word = match.group(1)
        return f'<sub alias="{self._aliases[word]}">{word}</sub>'

    def _segment(self, text: str) -> str:
        """One segment as SSML body text: escaped, with pronunciation hints and the number read as digits."""
        body = escape(text)
        if self._pattern:
            body = self._pattern.sub(self._sub, body)
        return body.replace(EMERGENCY_PLACEHOLDER, self._digits)

    def ssml(self, segments: Iterable[str]) -> str:
        """Segments as one `<speak>` document, with a short pause between them."""
        return "<speak>" + PAUSE.join(self.segment(s) for s in segments if s) + "</speak>"

    def plain(self, segments: Iterable[str]) -> str:
        """Segments as the one line the runner prints and the JSON contract calls `speech` (as spoken)."""
        number = self.spoken_number or self.emergency_number
        return " ".join(s.replace(EMERGENCY_PLACEHOLDER, number) for s in segments if s)

    def card(self, segments: Iterable[str]) -> str:
        """Segments as card text: the number as written, with how it is said where that differs."""
        number = f"{self.emergency_number} ({self.spoken_number})" if self.spoken_number else self.emergency_number
        return " ".join(s.replace(EMERGENCY_PLACEHOLDER, number) for s in segments if s)


def ssml_problems(ssml: str) -> list[str]:
    """What is wrong with *ssml* for Alexa: not well-formed XML, unsupported tags, too long. Empty if fine."""
    from xml.etree import ElementTree  # only checks need an XML parser; keep it off the request path

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
