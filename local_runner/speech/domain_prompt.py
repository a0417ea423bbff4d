"""The recogniser's domain prompt, built from the interaction model (never a hand-written list).

Whisper reads an initial prompt as the transcript that came before the recording, so it leans
towards the words and the phrasing in it. The most useful prompt measured is the model's own
sample utterances written as the questions they are: taken round-robin over the intents (every
intent's first sample, then every second one, ...), so that when the prompt has to be cut to
Whisper's limit, each intent keeps as many examples as any other, with each slot placeholder
filled by its slot type's values in turn, so the treatments, medications and warning signs are in
it too. On espeak-ng recordings of the development questions it cut the word error rate from 25%
(no prompt) and 21% (a list of slot values and frequent sample words) to 12-13%.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Sequence

if TYPE_CHECKING:
    from interaction_model.model import Model

#: An upper bound for when no tokenizer is at hand; the recogniser cuts the prompt to Whisper's
#: 223-token limit with the model's own tokenizer (about 160 words of these questions).
MAX_WORDS = 200
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def prompt_model(path: Path | None = None) -> "Model":
    """The interaction model the prompt is built from (the project's own unless *path* is given):
    the one place speech reads the model."""
    from interaction_model import model

    return model.read(path) if path else model.load()


def domain_prompt(model: "Model", favoured: str | None = None) -> str:
    """A prompt for *model*'s domain: "Back pain guide. Give me an overview? What causes ...?".

    The *favoured* intent (the warning signs) gets two questions in each round, so that its words
    (bowels, numb, groin) weigh more with the recogniser than any topic's."""
    values = {name: [value.name for value in slot_type.values] for name, slot_type in model.types.items()}
    per_intent = []
    for intent in model.intents:
        questions = _questions(intent.samples, intent.slots, values)
        if intent.name == favoured:
            # two per round: pairs joined, so the round-robin below takes both at once
            questions = [" ".join(questions[i:i + 2]) for i in range(0, len(questions), 2)]
        per_intent.append(questions)
    words: list[str] = []
    invocation = model.invocation_name.strip()
    if invocation:
        words = f"{invocation[:1].upper()}{invocation[1:]}.".split()
    for index in range(max((len(q) for q in per_intent), default=0)):
        for questions in per_intent:
            if index < len(questions):
                question = questions[index].split()
                if len(words) + len(question) > MAX_WORDS:
                    return " ".join(words)
                words += question
    return " ".join(words)


def _questions(samples: Sequence[str], slot_types: Mapping[str, str], values: Mapping[str, list[str]]) -> list[str]:
    """The intent's samples as sentences, each placeholder filled with the next value of its slot type."""
    used: dict[str, int] = {}

    def fill(match: re.Match[str]) -> str:
        choices = values.get(slot_types.get(match.group(1), "")) or []
        if not choices:
            return match.group(1)
        used[match.group(1)] = used.get(match.group(1), -1) + 1
        return choices[used[match.group(1)] % len(choices)]

    questions = []
    for sample in samples:
        text = _PLACEHOLDER.sub(fill, sample).strip()
        if text:
            questions.append(f"{text[:1].upper()}{text[1:]}?")
    return questions
