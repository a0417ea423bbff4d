"""SSML to text for the ear: what a listener hears, as plain text and as pause-separated parts.

Tags are stripped, `<sub>` speaks its alias, `<say-as>` is honoured for the interpretations that
change the words heard (characters, digits, ordinals, telephone numbers, expletives), and `<break>`,
`<s>` and `<p>` become pauses. TTS engines driven through pyttsx3 take no SSML, so a pause is
rendered as punctuation in the text (which every engine pauses on) and kept as a duration in the
parts, so the voice can also insert real silence.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from xml.etree import ElementTree

#: Pause lengths (ms) Alexa uses for break strengths; "medium" is the default of a bare <break/>.
STRENGTH_MS = {"none": 0, "x-weak": 0, "weak": 250, "medium": 250, "strong": 500, "x-strong": 750}
SENTENCE_PAUSE_MS = 500
PARAGRAPH_PAUSE_MS = 750
#: A pause at least this long ends a sentence in the rendered text; shorter ones are a comma.
SENTENCE_BREAK_MS = 500
MAX_PAUSE_MS = 10_000  # Alexa's own limit for <break time>

_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


@dataclass(frozen=True)
class Part:
    """A stretch of speech followed by a pause of `pause_ms` milliseconds."""

    text: str
    pause_ms: int = 0


def ssml_to_parts(ssml: str) -> list[Part]:
    """Split SSML into spoken parts, each with the pause that follows it."""
    builder = _PartsBuilder()
    root = _parse(ssml)
    if root is None:
        builder.add_text(_strip_tags(ssml))
    else:
        _walk(root, builder)
    return builder.finish()


def ssml_to_text(ssml: str) -> str:
    """Plain text as heard: pauses rendered as punctuation, whitespace collapsed."""
    return parts_to_text(ssml_to_parts(ssml))


def parts_to_text(parts: list[Part]) -> str:
    """Join parts into one line, ending each paused part with punctuation the ear hears as a pause."""
    pieces: list[str] = []
    for part in parts:
        text = part.text
        if part.pause_ms >= SENTENCE_BREAK_MS and not text.endswith((".", "!", "?")):
            text = text.rstrip(",;:") + "."
        elif 0 < part.pause_ms and not text.endswith((".", "!", "?", ",", ";", ":")):
            text += ","
        pieces.append(text)
    return " ".join(pieces)


class _PartsBuilder:
    def __init__(self) -> None:
        self.parts: list[Part] = []
        self.words: list[str] = []

    def add_text(self, text: str) -> None:
        if text and text.strip():
            self.words.append(text)
        elif text and self.words:
            self.words.append(" ")

    def add_pause(self, ms: int) -> None:
        text = _collapse("".join(self.words))
        self.words = []
        if text:
            self.parts.append(Part(text, ms))
        elif self.parts:
            # Consecutive pauses (e.g. </s></p>) add up to the longer one, as on Alexa.
            last = self.parts[-1]
            self.parts[-1] = Part(last.text, max(last.pause_ms, ms))

    def finish(self) -> list[Part]:
        self.add_pause(0)
        if self.parts and self.parts[-1].pause_ms:
            # Silence after the last word is inaudible; drop it so the text stays clean.
            self.parts[-1] = Part(self.parts[-1].text, 0)
        return self.parts


def _parse(ssml: str) -> ElementTree.Element | None:
    text = ssml.strip()
    if not text.startswith("<speak"):
        text = f"<speak>{text}</speak>"
    # Alexa's namespaced tags (amazon:effect, ...) have no namespace declaration; give them one.
    text = text.replace("<speak", '<speak xmlns:amazon="urn:amazon"', 1) if "amazon:" in text else text
    try:
        return ElementTree.fromstring(text)
    except ElementTree.ParseError:
        return None


def _walk(element: ElementTree.Element, out: _PartsBuilder) -> None:
    tag = element.tag.rsplit("}", 1)[-1]
    if tag == "break":
        pause = _break_ms(element)
        if pause:
            out.add_pause(pause)
        else:
            out.add_text(" ")
    elif tag == "sub":
        out.add_text(" " + (element.get("alias") or _inner_text(element)) + " ")
    elif tag == "say-as":
        out.add_text(" " + _say_as(element.get("interpret-as", ""), _inner_text(element)) + " ")
    elif tag in ("audio", "mark"):
        pass  # a sound clip or a marker: nothing for the ear in text
    else:
        if tag in ("p", "s"):
            out.add_pause(0)
        out.add_text(element.text or "")
        for child in element:
            _walk(child, out)
            out.add_text(child.tail or "")
        if tag == "p":
            out.add_pause(PARAGRAPH_PAUSE_MS)
        elif tag == "s":
            out.add_pause(SENTENCE_PAUSE_MS)


def _inner_text(element: ElementTree.Element) -> str:
    return _collapse("".join(element.itertext()))


def _break_ms(element: ElementTree.Element) -> int:
    time = (element.get("time") or "").strip().lower()
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(ms|s)", time)
    if match:
        value = float(match.group(1)) * (1 if match.group(2) == "ms" else 1000)
        return min(int(value), MAX_PAUSE_MS)
    return STRENGTH_MS.get((element.get("strength") or "medium").strip().lower(), STRENGTH_MS["medium"])


def _say_as(interpret_as: str, text: str) -> str:
    kind = interpret_as.strip().lower()
    if kind in ("characters", "spell-out"):
        return " ".join(ch.upper() if ch.isalpha() else ch for ch in text if not ch.isspace())
    if kind in ("digits", "telephone"):
        return " ".join(ch for ch in text if ch.isalnum())
    if kind == "ordinal" and text.isdigit():
        number = int(text)
        suffix = "th" if 10 <= number % 100 <= 20 else _ORDINAL_SUFFIX.get(number % 10, "th")
        return f"{number}{suffix}"
    if kind == "expletive":
        return "bleep"
    return text  # cardinal, number, date, time, unit, address, interjection: the words as written


def _strip_tags(ssml: str) -> str:
    # Not well-formed XML: Alexa would reject it, but the ear still deserves the words.
    text = re.sub(r"<break\b[^>]*>", ", ", ssml)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def _collapse(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([,.;:!?])", r"\1", text)
