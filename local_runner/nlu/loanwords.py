"""Words from other languages that people mix into their English, read as their English meaning.

Someone whose first language is Hindi, Spanish or Tagalog may say "kamar mein dard", "me duele el pecho"
or "masakit ang likod ko" to a speaker they otherwise talk to in English. The warning-sign rules are
written in English; this table puts the English word in the place of the borrowed one before they read
the line, so every rule (and the learned second opinion) applies to a code-mixed line as it would to an
English one. The words are data (``loanwords`` in ``data/warning_signs.yaml``), grouped by language.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Mapping


#: Said just before a borrowed phrase whose English starts with "my", these say whose it is: "his dahri"
#: is "his back", not "his my back" (which would make the back the speaker's).
OWNERS = frozenset({"his", "her", "their", "your", "our", "the", "a"})


#: English words of the tables that the normaliser splits in what people say.
_READ_AS = {"cannot": ("can", "not")}


class LoanwordError(ValueError):
    """The loanword table says one phrase two ways."""


@dataclass(frozen=True)
class Loanwords:
    """Phrases of other languages (one word or a few) and the English words read in their place."""

    english: Mapping[tuple[str, ...], tuple[str, ...]]
    #: the most words a borrowed phrase has
    longest: int = field(init=False)
    #: every word of every borrowed phrase ("mein" of "kamar mein"), kept as said by the normaliser
    borrowed: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "longest", max((len(key) for key in self.english), default=0))
        object.__setattr__(self, "borrowed", frozenset(word for key in self.english for word in key))

    @classmethod
    def from_data(cls, data: Mapping[str, Mapping[str, Any]] | None, split: bool = False) -> "Loanwords":
        """The tables of *data* ({language: {said: meant}}). With *split*, "cannot" in the English is read
        "can not", as the normaliser reads it in what people say (the rules are written for that)."""
        english: dict[tuple[str, ...], tuple[str, ...]] = {}
        for language, table in (data or {}).items():
            for said, meant in (table or {}).items():
                key, value = tuple(str(said).split()), tuple(str(meant).split())
                if split:
                    value = tuple(word for part in value for word in _READ_AS.get(part, (part,)))
                if not key or not value:
                    raise LoanwordError(f"loanwords.{language}: an empty phrase ({said!r}: {meant!r})")
                if english.get(key, value) != value:
                    raise LoanwordError(f"loanwords.{language}: {said!r} means {' '.join(english[key])!r} elsewhere")
                english[key] = value
        return cls(english)

    def read(self, words: list[str], spoken: Callable[[str], list[str]] | None = None) -> list[str]:
        """*words* with each borrowed phrase replaced by its English, the longest phrase first.

        With *spoken* (a word's spoken form: "di" -> ["the"]), a borrowed phrase of two words or more
        is matched on the words as said, before the spoken forms: Vietnamese "khong di tieu duoc" is
        "cannot pee", not "khong the tieu duoc". The other words take their spoken forms, and then
        the borrowed phrases (single words too) are read in them as before."""
        if spoken is None:
            return self._read(words)
        def as_said(pending: list[str]) -> list[str]:
            return [form for word in pending for form in spoken(word)]
        out: list[str] = []
        pending: list[str] = []
        for word, meant in self._pieces(words, shortest=2):
            if meant is None:
                pending.append(word)
                continue
            out.extend(self._read(as_said(pending), out))
            pending = []
            out.extend(self._owned(meant, out))
        out.extend(self._read(as_said(pending), out))
        return out

    def _read(self, words: list[str], before: list[str] | None = None) -> list[str]:
        if not self.english:
            return words
        out: list[str] = []
        for word, meant in self._pieces(words, shortest=1):
            out.extend([word] if meant is None else self._owned(meant, out or before or []))
        return out

    def _pieces(self, words: list[str], shortest: int) -> Iterator[tuple[str, tuple[str, ...] | None]]:
        """*words* in order, each borrowed phrase of at least *shortest* words as (its first word, its English)
        and every other word as (the word, None), the longest phrase at each place first."""
        at = 0
        while at < len(words):
            for size in range(min(self.longest, len(words) - at), shortest - 1, -1):
                meant = self.english.get(tuple(words[at:at + size]))
                if meant is not None:
                    yield words[at], meant
                    at += size
                    break
            else:
                yield words[at], None
                at += 1

    @staticmethod
    def _owned(meant: tuple[str, ...], before: list[str]) -> tuple[str, ...]:
        """*meant*, without its "my" when the word said before it names another owner."""
        if meant[0] == "my" and len(meant) > 1 and before and before[-1] in OWNERS:
            return meant[1:]
        return meant

    def single_words(self) -> set[str]:
        """The borrowed phrases of one word (each must be no English word, or English would be misread)."""
        return {phrase[0] for phrase in self.english if len(phrase) == 1}
