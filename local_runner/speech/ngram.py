"""A word trigram language model in ARPA format, built from sentences (for pocketsphinx).

Absolute discounting, interpolated with the lower orders and written in ARPA's backoff form, which
is what pocketsphinx reads. The sentences are the interaction model's samples with their slots
filled, so the model is small (a few thousand sentences) and needs no smoothing toolkit. Words
the pronunciation dictionary lacks cannot be recognised, so a sentence is split at them rather
than taught a word sequence that never occurs.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from typing import Container, Iterable

ORDER = 3
#: Subtracted from every seen n-gram's count and given to the lower order (0.7 is the usual choice
#: for small corpora; the usual estimate, n1 / (n1 + 2 n2), gives 0.6-0.8 on the model's sentences).
DISCOUNT = 0.7
START, END = "<s>", "</s>"
_NOT_WORD = re.compile(r"[^a-z' ]+")

Gram = tuple[str, ...]


def words(text: str) -> list[str]:
    """Lower-case words as the dictionary spells them: "Can't walk" -> ["can't", "walk"]."""
    return _NOT_WORD.sub(" ", text.lower().replace("-", " ")).split()


def pieces(sentences: Iterable[str], vocabulary: Container[str]) -> list[list[str]]:
    """Each sentence's runs of words that are in *vocabulary* (split where a word is not)."""
    runs: list[list[str]] = []
    for sentence in sentences:
        run: list[str] = []
        for word in words(sentence):
            if word in vocabulary:
                run.append(word)
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
    return runs


def arpa(runs: Iterable[list[str]], order: int = ORDER, discount: float = DISCOUNT) -> str:
    """The ARPA text of an interpolated absolute-discounting model of *runs* (each a word list)."""
    counts: list[Counter[Gram]] = [Counter() for _ in range(order + 1)]
    for run in runs:
        padded = [START, *run, END]
        for n in range(1, order + 1):
            for i in range(len(padded) - n + 1):
                counts[n][tuple(padded[i:i + n])] += 1
    del counts[1][(START,)]   # never predicted, only a context
    total = sum(counts[1].values())
    probs: list[dict[Gram, float]] = [{}, {gram: c / total for gram, c in counts[1].items()}]
    probs[1][(START,)] = 0.0
    backoffs: dict[Gram, float] = {}
    for n in range(2, order + 1):
        context_total: Counter[Gram] = Counter()
        followers: dict[Gram, list[Gram]] = defaultdict(list)
        for gram, c in counts[n].items():
            context_total[gram[:-1]] += c
            followers[gram[:-1]].append(gram)
        probs.append({})
        for context, grams in followers.items():
            left_over = discount * len(grams) / context_total[context]
            for gram in grams:
                lower = _probability(probs, backoffs, gram[1:])
                probs[n][gram] = (counts[n][gram] - discount) / context_total[context] + left_over * lower
        for context, grams in followers.items():
            # the mass the context's unseen followers get from the lower order, renormalised
            seen = sum(probs[n][gram] for gram in grams)
            seen_lower = sum(_probability(probs, backoffs, gram[1:]) for gram in grams)
            backoffs[context] = (1 - seen) / (1 - seen_lower) if seen_lower < 1 and seen < 1 else 1e-9
    return _write(probs, backoffs, order)


def _probability(probs: list[dict[Gram, float]], backoffs: dict[Gram, float], gram: Gram) -> float:
    """P(last word | the words before) with backoff, as a decoder reading the ARPA file computes it."""
    n = len(gram)
    if gram in probs[n]:
        return probs[n][gram]
    if n == 1:
        return 0.0
    return backoffs.get(gram[:-1], 1.0) * _probability(probs, backoffs, gram[1:])


def _write(probs: list[dict[Gram, float]], backoffs: dict[Gram, float], order: int) -> str:
    lines = ["\\data\\", *(f"ngram {n}={len(probs[n])}" for n in range(1, order + 1)), ""]
    for n in range(1, order + 1):
        lines.append(f"\\{n}-grams:")
        for gram, p in probs[n].items():
            line = f"{math.log10(p) if p > 0 else -99.0:.4f} {' '.join(gram)}"
            if n < order and gram in backoffs:
                line += f" {math.log10(backoffs[gram]):.4f}"
            lines.append(line)
        lines.append("")
    lines.append("\\end\\")
    return "\n".join(lines) + "\n"
