"""A learned second opinion on warning signs: a small linear model over word and letter n-grams.

The rules (``warning_signs.py``) find a sign only through the words their data lists, so a new way
of saying it ("the waterworks have packed in") is missed. This model, trained on the blind
development sets (``skill_tools/train_sign_model.py``), reads the whole line and says which sign it
sounds like. The detector takes its word when the rules found no sign concept at all. Where the rules
found one and their context set it aside (negated, another person's, another meaning), the context
decides unless the model is all but certain (``overrule``): a bag of n-grams cannot tell "numb down
there" from "not numb down there", but the context rules mistake a repair ("no, I said I can't pee,
not I can't sleep") or a worry said as a question ("is it normal that my leg gets weaker every day")
for a denial or a general question more often than the model is that sure and wrong.

It reads a line as the detector's word stems, with words of other meanings set aside as the rules set
them aside (``rules`` is ``warning_signs.WarningSigns``). Inference
is plain Python over a JSON file of weights, so the base install needs no numpy::

    model = SignModel.load()
    stems = rules.opinion_stems("the water just won't come out")   # as the detector reads it
    model.opinion(stems)   # Opinion(sign="urinary_retention", probability=0.92)
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

from .types import NluDataError

MODEL_FILE = Path(__file__).with_name("data") / "sign_model.json"
#: The label of lines that are no warning sign.
NONE = "none"
#: Word n-grams and letter n-grams (inside one word, with a space either side) the model reads.
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (3, 5)


def features(stems: Sequence[str]) -> list[str]:
    """The n-grams of a line's word stems: "w:" word 1-2 grams and "c:" letter 3-5 grams.

    Training (through scikit-learn's ``analyzer=``) and inference both call this, so the two can
    never disagree about what a feature is.
    """
    out = []
    for n in range(WORD_NGRAMS[0], WORD_NGRAMS[1] + 1):
        out.extend("w:" + " ".join(stems[i:i + n]) for i in range(len(stems) - n + 1))
    for stem in stems:
        padded = f" {stem} "
        for n in range(CHAR_NGRAMS[0], min(CHAR_NGRAMS[1], len(padded)) + 1):
            out.extend("c:" + padded[i:i + n] for i in range(len(padded) - n + 1))
    return out


class SignModelError(NluDataError):
    """The model file cannot be used; the message says why."""


@dataclass(frozen=True)
class Opinion:
    """The model's reading of one line: its likeliest sign (never ``none``) and that sign's probability."""

    sign: str
    probability: float


class SignModel:
    """Multinomial logistic regression: per class an intercept plus the weights of the features present."""

    def __init__(self, data: Mapping[str, object], source: Path = MODEL_FILE) -> None:
        try:
            self.classes: tuple[str, ...] = tuple(data["classes"])             # type: ignore[arg-type]
            self.intercepts: tuple[float, ...] = tuple(data["intercepts"])     # type: ignore[arg-type]
            self.threshold = float(data["threshold"])                          # type: ignore[arg-type]
            #: the probability at which it overrules the context's verdict (absent: it never does)
            overrule = data.get("overrule")
            self.overrule: float | None = None if overrule is None else float(overrule)  # type: ignore[arg-type]
            weights = data["weights"]
            self.trained_on: dict[str, str] = dict(data.get("trained_on", {}))  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError) as error:
            raise SignModelError(f"sign model {source}: missing or bad field ({error})") from None
        if NONE not in self.classes or len(self.intercepts) != len(self.classes):
            raise SignModelError(f"sign model {source}: needs the class {NONE!r} and one intercept per class")
        # stored sparse: feature -> [[class index, weight], ...]
        self.weights: dict[str, tuple[tuple[int, float], ...]] = {
            feature: tuple((int(i), float(w)) for i, w in pairs) for feature, pairs in weights.items()}  # type: ignore[union-attr]

    @classmethod
    def load(cls, path: Path | str | None = None) -> "SignModel":
        path = Path(path) if path else MODEL_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise SignModelError(f"sign model {path}: {error}") from None
        return cls(data, path)

    def probabilities(self, stems: Sequence[str]) -> dict[str, float]:
        """Every class's probability for a line given as word stems."""
        scores = list(self.intercepts)
        for feature in set(features(stems)):
            for index, weight in self.weights.get(feature, ()):
                scores[index] += weight
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {name: e / total for name, e in zip(self.classes, exp)}

    def opinion(self, stems: Sequence[str]) -> Opinion:
        """The likeliest warning sign and its probability (low when the line sounds like none)."""
        probs = self.probabilities(stems)
        sign = max((c for c in self.classes if c != NONE), key=probs.__getitem__)
        return Opinion(sign, probs[sign])


@lru_cache(maxsize=1)
def default_model() -> SignModel | None:
    """The shipped model, or None when the package was built without it."""
    return SignModel.load() if MODEL_FILE.exists() else None
