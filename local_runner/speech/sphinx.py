"""A second listener for warning signs: pocketsphinx with a language model built from the interaction model.

Whisper tiny.en loses or mishears a few words that matter most ("bowels" heard "mouth", a last
"numb" dropped, "the ER" heard "R4"). pocketsphinx hears differently: an HMM decoder led by an
n-gram model of what the skill can be asked, it keeps phrase-final words and the domain's words
(the model's samples with every slot value), but on its own it mishears more and invents warning
signs from noise. So it is only a check: when Whisper's words are no warning sign and
pocketsphinx's are, Whisper itself scores both transcripts against the recording (listening.py),
and pocketsphinx's words are taken only when Whisper finds them nearly as likely as its own.
The acoustic model and pronunciation dictionary are the ones the pocketsphinx package ships.
"""
from __future__ import annotations

import importlib.util
import re
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping

from local_runner.speech.ngram import arpa, pieces
from local_runner.speech.recognizer import Hearing, Recognition

if TYPE_CHECKING:
    from interaction_model.model import Model

#: Each sample with slots is written this many times, with different values, so that word
#: sequences around a slot are learnt beyond the first value.
FILLS_PER_SAMPLE = 3
#: espeak-ng (and any digitally generated) audio holds exact zeros between words, which break
#: pocketsphinx's feature normalisation (clean recordings: 33% of turns got their text's intent
#: without this faint noise, 79% with it). The noise is drawn afresh from one seed for every recording,
#: so a recording is always heard the same way, whatever was heard before it.
DITHER = 0.005
DITHER_SEED = 0
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def sphinx_unavailable() -> str | None:
    """Why the pocketsphinx check cannot run here, or None."""
    if importlib.util.find_spec("pocketsphinx") is None:
        return "pocketsphinx is not installed (pip install '.[speech]')"
    return None


def lm_sentences(model: "Model") -> Iterator[str]:
    """The model's samples with their slots filled (FILLS_PER_SAMPLE times, each time other values),
    then every slot value on its own, since people say a symptom alone."""
    forms = {name: [form for value in slot_type.values for form in value.forms]
             for name, slot_type in model.types.items()}
    used: dict[str, int] = {}

    def filler(slot_types: Mapping[str, str]) -> Callable[[re.Match[str]], str]:
        def fill(match: re.Match[str]) -> str:
            kind = slot_types.get(match.group(1), "")
            choices = forms.get(kind, [])
            if not choices:
                return " "
            used[kind] = used.get(kind, -1) + 1   # each slot type's values in turn, across all samples
            return choices[used[kind] % len(choices)]
        return fill

    for intent in model.intents:
        fill = filler(intent.slots)
        for sample in intent.samples:
            rounds = FILLS_PER_SAMPLE if _PLACEHOLDER.search(sample) else 1
            for _ in range(rounds):
                yield _PLACEHOLDER.sub(fill, sample)
    for values in forms.values():
        yield from values


class SphinxRecognizer(Hearing):
    """pocketsphinx's US English acoustic model, led by a trigram model of the interaction model."""

    def __init__(self, model: "Model") -> None:
        import pocketsphinx

        folder = Path(pocketsphinx.get_model_path()) / "en-us"
        dictionary = folder / "cmudict-en-us.dict"
        vocabulary = {line.split(" ", 1)[0].split("(")[0]
                      for line in dictionary.read_text(encoding="utf-8").splitlines() if line}
        with tempfile.TemporaryDirectory() as tmp:
            lm_path = Path(tmp) / "domain.arpa"
            lm_path.write_text(arpa(pieces(lm_sentences(model), vocabulary)), encoding="utf-8")
            config = pocketsphinx.Config(hmm=str(folder / "en-us"), dict=str(dictionary), lm=str(lm_path),
                                         cmn="batch", loglevel="FATAL")
            self._decoder = pocketsphinx.Decoder(config)   # reads the model now; the file may go

    def _decode(self, samples: Any, started: float, duration: float) -> Recognition:
        import numpy

        dither = numpy.random.default_rng(DITHER_SEED).standard_normal(len(samples)).astype(numpy.float32)
        noisy = samples + dither * DITHER
        pcm = (numpy.clip(noisy, -1.0, 1.0) * 32767).astype("<i2").tobytes()
        self._decoder.start_utt()
        self._decoder.process_raw(pcm, full_utt=True)
        self._decoder.end_utt()
        hypothesis = self._decoder.hyp()
        text = hypothesis.hypstr if hypothesis is not None else ""
        return Recognition(text, time.perf_counter() - started, duration)
