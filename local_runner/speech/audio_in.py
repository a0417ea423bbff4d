"""Reading a spoken question from a WAV file: checks a user can act on, and silence detection."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from local_runner.speech import keep_hub_offline

#: The sample rate the recogniser works at (Whisper's).
SAMPLE_RATE = 16_000
#: Shorter than this, a recording holds no word.
MIN_SECONDS = 0.1
#: Quieter than this (RMS of samples in -1..1, i.e. -60 dBFS) throughout, a recording is silence.
SILENCE_RMS = 0.001


class AudioInputError(Exception):
    """A spoken-question file cannot be used; the message names the file and the problem."""


def check_wav_file(path: Path) -> None:
    """Raise AudioInputError unless *path* is a readable file that starts like a WAV file."""
    try:
        with open(path, "rb") as file:
            header = file.read(12)
    except FileNotFoundError:
        raise AudioInputError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise AudioInputError(f"{path}: is a directory, not a WAV file") from None
    except OSError as exc:
        raise AudioInputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(header) < 12 or header[:4] not in (b"RIFF", b"RIFX", b"RF64") or header[8:12] != b"WAVE":
        raise AudioInputError(f"{path}: not a WAV file (expected a RIFF/WAVE header)")


def read_samples(path: Path) -> Any:
    """The recording at *path* as mono float32 samples at SAMPLE_RATE (a numpy array).

    Any WAV encoding and rate is accepted (PyAV, which faster-whisper brings, decodes and
    resamples). Raises AudioInputError.
    """
    check_wav_file(path)
    keep_hub_offline()
    from faster_whisper import decode_audio

    try:
        return decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as exc:  # PyAV raises its own error types for damaged or odd files
        raise AudioInputError(f"{path}: cannot decode the audio ({type(exc).__name__}: {exc})") from None


def is_silent(samples: Any) -> bool:
    """True when *samples* are too short or too quiet to hold a word (the recogniser is not run)."""
    import numpy

    if len(samples) < MIN_SECONDS * SAMPLE_RATE:
        return True
    return float(numpy.sqrt(numpy.mean(numpy.square(samples, dtype=numpy.float64)))) < SILENCE_RMS
