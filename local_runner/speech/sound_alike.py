"""Sound-alike readings of a transcript: warning-sign wordings from the interaction model put in place
of words that are spelled nearly like them ("I keep *wearing* myself" -> "I keep *wetting* myself",
"when should I go to *midi r4* back pain" -> the red-flag sample "when should I go to the hospital
for back pain").

Whisper's tiny model loses or mishears the one word that makes a warning sign more often than any
other. These readings are only candidates: the listener takes one only when Whisper itself finds it
nearly as likely as its own words for the same recording (listening.py).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from local_runner.speech.ngram import words

if TYPE_CHECKING:
    from interaction_model.model import Model

#: How alike (rapidfuzz ratio, 0-100) a stretch of the transcript and a wording must be spelled.
#: 80 keeps "wearing myself"/"wetting myself" (86) and drops most chance pairs; measured with the
#: margin below on the speech benchmark's recordings and 640 recordings of development lines.
MIN_RATIO = 80
#: Longest stretch of the transcript, in words, that one wording may replace.
MAX_SPAN = 4
#: Readings tried per transcript (each costs a forced decode in Whisper).
MAX_READINGS = 3
#: Candidates checked for a warning sign per transcript, so a long ramble stays quick (each check is a
#: pass through the runner's NLU); the most alike are checked first.
MAX_CHECKED = 24
#: Said in a stretch, these make it a denial or a question of frequency; a reading that changes
#: them could turn "no chest pain" into "chest pain", so such stretches are never replaced.
NEGATIONS = frozenset({"no", "not", "never", "nothing", "none", "nor", "neither", "without", "ever", "any",
                       "don't", "didn't", "isn't", "wasn't", "haven't", "hasn't"})


class SoundAlikes:
    """Warning-sign wordings of the interaction model, and the readings of a transcript they give."""

    def __init__(self, model: "Model", red_flags_intent: str, warning_slot: str) -> None:
        intent = model.intent(red_flags_intent)
        self.wordings = sorted({" ".join(words(form)) for value in model.types[intent.slots[warning_slot]].values
                                for form in value.forms} - {""})
        # the red-flag questions said without a slot ("when should i go to the er for back pain")
        self.questions = sorted({" ".join(words(s)) for s in intent.samples if "{" not in s} - {""})

    def readings(self, heard: str, is_warning: Callable[[str], bool]) -> list[str]:
        """Up to MAX_READINGS readings of *heard* that are warning signs, the most alike first."""
        said = words(heard)
        if not said:
            return []
        scored: dict[str, float] = {}
        for reading, score in self._replacements(said):
            scored[reading] = max(score, scored.get(reading, 0.0))
        if not NEGATIONS & set(said):
            for question, score, _ in process.extract(" ".join(said), self.questions, scorer=fuzz.ratio,
                                                      score_cutoff=MIN_RATIO - 5, limit=MAX_READINGS):
                scored[question] = max(score, scored.get(question, 0.0))
        chosen: list[str] = []
        ranked = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
        for reading, _ in ranked[:MAX_CHECKED]:
            if is_warning(reading):
                chosen.append(reading)
                if len(chosen) == MAX_READINGS:
                    break
        return chosen

    def _replacements(self, said: list[str]) -> Iterable[tuple[str, float]]:
        for start in range(len(said)):
            for end in range(start + 1, min(start + MAX_SPAN, len(said)) + 1):
                stretch = said[start:end]
                if NEGATIONS & set(stretch):
                    continue
                text = " ".join(stretch)
                for wording, score, _ in process.extract(text, self.wordings, scorer=fuzz.ratio,
                                                         score_cutoff=MIN_RATIO, limit=8):
                    kept = wording.split()
                    # nor is a word starting "no" dropped: it may be a denial run into the next word ("nochest pain")
                    if wording != text and not NEGATIONS & set(kept) and all(
                            word in kept for word in stretch if word.startswith("no")):
                        yield " ".join([*said[:start], wording, *said[end:]]), score
