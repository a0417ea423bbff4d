"""Fold text into the form a speech recogniser would hand over, so samples and speech meet.

Lower case, no punctuation, contractions expanded ("isn't" -> "is not"), spelled-out letters
joined ("p. t.", "p t" -> "pt"), digits spoken as words ("3" -> "three", "911" -> "nine one
one") and filler words dropped ("um", "uh", a leading "so", a "like" between pauses, "please").
The rules are data (``data/normalize.yaml``); the same function runs on the model's samples
and on what a user says. ``normalize`` is idempotent: normalising twice changes nothing.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from num2words import num2words

from ..yaml_data import read_yaml

DATA_FILE = Path(__file__).with_name("data") / "normalize.yaml"

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
#: Latin letters that do not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans({"\u0142": "l", "\u0141": "L", "\u00f8": "o", "\u00d8": "O", "\u00df": "ss",
                               "\u00e6": "ae", "\u00c6": "AE", "\u0153": "oe", "\u0152": "OE", "\u0111": "d", "\u0110": "D",
                               # Turkish dotless i ("ağrıyor", "sırtım"), Icelandic eth and thorn, Maltese h with stroke
                               "\u0131": "i", "\u00f0": "d", "\u00d0": "D", "\u00fe": "th", "\u00de": "Th",
                               "\u0127": "h", "\u0126": "H"})
_DOTTED_LETTERS = re.compile(r"\b(?:[a-z]\.\s*){2,}")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:st|nd|rd|th)?")
_WORD = re.compile(r"[a-z0-9']+|\{[A-Za-z_]+\}")
_PAUSE = re.compile(r"[,;:!?.()\"]|\s-\s|--")
#: Words that may stand alone as a single letter without starting a spelled-out run.
_ARTICLE_LETTERS = frozenset({"a", "i"})
#: ...and the letters that stay a word after one of them: the other article, and Arabizi "w" ("and"):
#: "tawla fell i *w* 3rur iw" is "... me and my back".
_AFTER_ARTICLE_LETTERS = _ARTICLE_LETTERS | {"w"}


@dataclass(frozen=True)
class Rules:
    """Normalisation rules loaded from the data file."""

    rewrites: dict[str, str]
    digit_by_digit: frozenset[str]
    fillers: frozenset[str]
    fillers_unless_after: dict[str, frozenset[str]]
    protected: dict[tuple[str, ...], str]
    leading: tuple[tuple[str, ...], ...]
    pause_fillers: tuple[str, ...]
    trailing: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=None)
def rules() -> Rules:
    """Load (once) the normalisation rules."""
    data = read_yaml(DATA_FILE)
    rewrites = {**data["contractions"], **data["compounds"]}

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        # Longest first, so "ok so" is stripped before "ok".
        return tuple(sorted((tuple(p.split()) for p in data[key]), key=len, reverse=True))

    return Rules(
        rewrites={k.lower(): v.lower() for k, v in rewrites.items()},
        digit_by_digit=frozenset(str(d) for d in data["digit_by_digit"]),
        fillers=frozenset(data["fillers"]),
        fillers_unless_after={k: frozenset(v) for k, v in data["fillers_unless_after"].items()},
        protected={tuple(k.split()): v for k, v in data["protected_phrases"].items()},
        leading=phrases("leading_fillers"),
        pause_fillers=tuple(data["pause_fillers"]),
        trailing=phrases("trailing_fillers"),
    )


def _spell_number(match: re.Match[str]) -> str:
    text = match.group(0)
    r = rules()
    if text in r.digit_by_digit:
        return " " + " ".join(num2words(int(d)) for d in text) + " "
    ordinal = text[-2:] in ("st", "nd", "rd", "th")
    digits = text[:-2] if ordinal else text
    try:
        words = num2words(int(digits), to="ordinal") if ordinal else (
            num2words(float(digits)) if "." in digits else num2words(int(digits))
        )
    except (ValueError, OverflowError, NotImplementedError):
        return " " + " ".join(num2words(int(d)) for d in digits if d.isdigit()) + " "
    return " " + words.replace("-", " ").replace(",", " ") + " "


def _drop_pause_fillers(text: str) -> str:
    """Remove "like"/"you know"/... when pauses (punctuation) set them off from the sentence."""
    for filler in rules().pause_fillers:
        text = re.sub(
            rf"(^|[,;:!?.]|\s-\s)\s*{re.escape(filler)}\s*(?=[,;:!?.]|\s-\s|$)", r"\1", text
        )
        text = re.sub(rf"^\s*{re.escape(filler)}\s*[,;:]", "", text)
    return text


def _expand(token: str) -> list[str]:
    r = rules()
    token = token.strip("'")
    if token in r.rewrites:
        return r.rewrites[token].split()
    if token.endswith("'s"):  # possessive: "doctor's" is heard as "doctor"
        return [token[:-2]]
    return [token.replace("'", "")] if token.replace("'", "") else []


def _join_letter_runs(tokens: list[str]) -> list[str]:
    """Join runs of single letters ("p t" -> "pt"), leaving a leading article "a"/"i" alone."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and len(tokens[j]) == 1 and tokens[j].isalpha():
            j += 1
        run = tokens[i:j]
        if len(run) >= 2:
            while len(run) > 2 and run[0] in _ARTICLE_LETTERS:
                out.append(run.pop(0))
            if len(run) == 2 and run[0] in _ARTICLE_LETTERS and run[1] in _AFTER_ARTICLE_LETTERS:
                out.extend(run)
            else:
                out.append("".join(run))
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return out


def _protect(tokens: list[str]) -> list[str]:
    protected = rules().protected
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase, joined in protected.items():
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                out.append(joined)
                i += len(phrase)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _drop_fillers(tokens: list[str]) -> list[str]:
    r = rules()
    out: list[str] = []
    after_filler = False
    for token in tokens:
        kept_after = r.fillers_unless_after.get(token)
        if token in r.fillers or (kept_after is not None and not (out and out[-1] in kept_after)):
            after_filler = True
            continue
        if after_filler and token in r.pause_fillers:
            continue  # "um like what causes it": "like" right after a hesitation is a filler too
        after_filler = False
        out.append(token)
    return out


def _without_accents(text: str) -> str:
    """*text* in NFKC form with accented letters as their base letter ("débil" -> "debil", "drętwy" -> "dretwy"):
    a recogniser for an English locale writes plain letters, and a typed accent must not split a word in two."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return unicodedata.normalize("NFKC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def tokens_of(text: str) -> list[str]:
    """Normalised words of *text*, with no edge trimming (slot placeholders like ``{slot}`` kept)."""
    # NUL marks slot placeholders below, so a NUL in the input itself must go first.
    # apostrophe look-alikes first: the accent stripping would turn an acute accent ("don´t") into a space
    text = _without_accents(text.replace("\x00", " ").translate(_APOSTROPHES))
    placeholders = re.findall(r"\{[A-Za-z_]+\}", text)
    text = re.sub(r"\{[A-Za-z_]+\}", " \x00 ", text).lower()
    text = _DOTTED_LETTERS.sub(lambda m: " " + re.sub(r"[.\s]", "", m.group(0)) + " ", text)
    text = _drop_pause_fillers(text)
    text = _THOUSANDS.sub("", text).replace("&", " and ").replace("%", " percent ")
    text = _NUMBER.sub(_spell_number, text)
    text = _PAUSE.sub(" ", text).replace("-", " ").replace("_", " ")
    raw = re.findall(r"[a-z0-9']+|\x00", text)
    tokens: list[str] = []
    slots = iter(placeholders)
    for token in raw:
        tokens.extend([next(slots)] if token == "\x00" else _expand(token))
    return _drop_fillers(_protect(_join_letter_runs(tokens)))


def strip_edges(tokens: list[str]) -> list[str]:
    """Drop leading fillers ("so", "ok so") and trailing courtesies ("thanks") around more words."""
    r = rules()
    changed = True
    while changed:
        changed = False
        for phrase in r.leading:
            if len(tokens) > len(phrase) and tuple(tokens[: len(phrase)]) == phrase:
                tokens = tokens[len(phrase) :]
                changed = True
                break
        for phrase in r.trailing:
            if len(tokens) > len(phrase) and tuple(tokens[-len(phrase) :]) == phrase:
                tokens = tokens[: -len(phrase)]
                changed = True
                break
    return tokens


def normalize(text: str) -> str:
    """Return *text* as one normalised line of words (see module docstring)."""
    return " ".join(strip_edges(tokens_of(text)))
