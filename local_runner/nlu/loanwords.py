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


#: The share of a line's words one language's phrases must cover for its own meanings to be read: an English
#: line with one borrowed word keeps the default meanings.
MOSTLY = 0.25

#: The end of a table's name whose phrases are read only in lines mostly in its language.
OWN_READING = "(its own reading)"

#: English words of the tables that the normaliser splits in what people say.
_READ_AS = {"cannot": ("can", "not")}


class LoanwordError(ValueError):
    """The loanword table says one phrase two ways."""


@dataclass(frozen=True)
class Loanwords:
    """Phrases of other languages (one word or a few) and the English words read in their place."""

    english: Mapping[tuple[str, ...], tuple[str, ...]]
    #: a language's own meaning of a phrase another language's table gave first ("wo" is Mandarin "i"
    #: and Hindi "he"): read when the line is mostly that language
    own: Mapping[str, Mapping[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    #: the languages whose tables hold each phrase
    languages: Mapping[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    #: the most words a borrowed phrase has
    longest: int = field(init=False)
    #: every word of every borrowed phrase ("mein" of "kamar mein"), kept as said by the normaliser
    borrowed: frozenset[str] = field(init=False)
    #: every word of a phrase some language reads its own way: a line with none of them reads the defaults
    own_words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        keys = [*self.english, *(key for table in self.own.values() for key in table)]
        object.__setattr__(self, "longest", max((len(key) for key in keys), default=0))
        object.__setattr__(self, "borrowed", frozenset(word for key in keys for word in key))
        object.__setattr__(self, "own_words", frozenset(word for table in self.own.values() for key in table
                                                        for word in key))

    @classmethod
    def from_data(cls, data: Mapping[str, Mapping[str, Any]] | None, split: bool = False) -> "Loanwords":
        """The tables of *data* ({language: {said: meant}}). With *split*, "cannot" in the English is read
        "can not", as the normaliser reads it in what people say (the rules are written for that).

        A table named "hindi_urdu (more.yaml)" is more of "hindi_urdu". One language may not give a phrase
        two meanings; two languages may ("il" is French "he", Italian "the"): the table written first gives
        the meaning read by default, the other is read in lines that are mostly its language. A table named
        "... (its own reading)" gives no default at all: its phrases are read only in lines mostly in its
        language."""
        english: dict[tuple[str, ...], tuple[str, ...]] = {}
        by_language: dict[str, dict[tuple[str, ...], tuple[str, ...]]] = {}
        for name, table in (data or {}).items():
            language = str(name).split(" (")[0]
            mine = by_language.setdefault(language, {})
            for said, meant in (table or {}).items():
                key, value = tuple(str(said).split()), tuple(str(meant).split())
                if split:
                    value = tuple(word for part in value for word in _READ_AS.get(part, (part,)))
                if not key or not value:
                    raise LoanwordError(f"loanwords.{name}: an empty phrase ({said!r}: {meant!r})")
                if mine.get(key, value) != value:
                    raise LoanwordError(f"loanwords.{name}: {said!r} means {' '.join(mine[key])!r} elsewhere")
                mine[key] = value
                if not str(name).endswith(OWN_READING):
                    english.setdefault(key, value)
        own = {language: {key: value for key, value in table.items() if english.get(key) != value}
               for language, table in by_language.items()}
        languages: dict[tuple[str, ...], set[str]] = {}
        for language, table in by_language.items():
            for key in table:
                languages.setdefault(key, set()).add(language)
        return cls(english, {language: table for language, table in own.items() if table},
                   {key: frozenset(names) for key, names in languages.items()})

    def language_of(self, words: list[str]) -> frozenset[str]:
        """Of the languages whose phrases cover most of *words* (each phrase counts its words), when they cover at
        least ``MOSTLY`` of them, those that read a phrase their own way; else none (the default meanings are
        read). Most lines hold no word such a phrase has, and are not counted at all."""
        if self.own_words.isdisjoint(words):
            return frozenset()
        covered: dict[str, int] = {}
        for at in range(len(words)):
            for size in range(1, min(self.longest, len(words) - at) + 1):
                for language in self.languages.get(tuple(words[at:at + size]), ()):
                    covered[language] = covered.get(language, 0) + size
        if not covered:
            return frozenset()
        most = max(covered.values())
        if most < MOSTLY * len(words):
            return frozenset()
        return frozenset(language for language, count in covered.items() if count == most) & self.own.keys()

    def _meaning(self, key: tuple[str, ...], languages: frozenset[str]) -> tuple[str, ...] | None:
        if languages:
            meanings = {self.own[language][key] for language in languages if key in self.own[language]}
            if len(meanings) == 1:
                return meanings.pop()
        return self.english.get(key)

    def read(self, words: list[str], spoken: Callable[[str], list[str]] | None = None) -> list[str]:
        """*words* with each borrowed phrase replaced by its English, the longest phrase first.

        With *spoken* (a word's spoken form: "di" -> ["the"]), a borrowed phrase of two words or more
        is matched on the words as said, before the spoken forms: Vietnamese "khong di tieu duoc" is
        "cannot pee", not "khong the tieu duoc". The other words take their spoken forms, and then
        the borrowed phrases (single words too) are read in them as before."""
        languages = self.language_of(words)
        if spoken is None:
            return self._read(words, None, languages)
        def as_said(pending: list[str]) -> list[str]:
            return [form for word in pending for form in spoken(word)]
        out: list[str] = []
        pending: list[str] = []
        for word, meant in self._pieces(words, 2, languages):
            if meant is None:
                pending.append(word)
                continue
            out.extend(self._read(as_said(pending), out, languages))
            pending = []
            out.extend(self._owned(meant, out))
        out.extend(self._read(as_said(pending), out, languages))
        return out

    def _read(self, words: list[str], before: list[str] | None = None,
              languages: frozenset[str] = frozenset()) -> list[str]:
        if not self.english:
            return words
        out: list[str] = []
        for word, meant in self._pieces(words, 1, languages):
            out.extend([word] if meant is None else self._owned(meant, out or before or []))
        return out

    def _pieces(self, words: list[str], shortest: int,
                languages: frozenset[str] = frozenset()) -> Iterator[tuple[str, tuple[str, ...] | None]]:
        """*words* in order, each borrowed phrase of at least *shortest* words as (its first word, its English)
        and every other word as (the word, None), the longest phrase at each place first."""
        at = 0
        while at < len(words):
            for size in range(min(self.longest, len(words) - at), shortest - 1, -1):
                meant = self._meaning(tuple(words[at:at + size]), languages)
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
