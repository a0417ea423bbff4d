"""Speak or save one answer with pyttsx3, in a process of its own.

The runner starts this module per turn (`python -m local_runner.tts_worker`) with the spoken parts
as JSON on stdin, so that a TTS engine that hangs or crashes can be killed without taking the
conversation with it. Exit status: 0 done, 3 no engine, 4 bad input.

stdin: {"parts": [[text, pause_ms], ...], "rate": int|null, "voice": str|null,
        "play": bool, "save": path|null}
"""
from __future__ import annotations

import json
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path
from typing import Any

EXIT_NO_ENGINE = 3
EXIT_BAD_INPUT = 4
DEFAULT_RATE_WPM = 200  # pyttsx3's own default
FINISH_MARGIN_S = 5.0


def main() -> int:
    """Read one job from stdin and carry it out; report problems on stderr."""
    try:
        job = json.loads(sys.stdin.read())
        parts = [(str(text), int(pause)) for text, pause in job["parts"]]
    except (ValueError, KeyError, TypeError) as exc:
        print(f"bad job: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        import pyttsx3

        engine = pyttsx3.init()
    except Exception as exc:  # any engine failure means "no TTS here", which the runner reports
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_NO_ENGINE
    _configure(engine, job.get("rate"), job.get("voice"))
    speaker = _Speaker(engine, job.get("rate") or DEFAULT_RATE_WPM)
    if job.get("save"):
        _save(speaker, parts, Path(job["save"]))
    if job.get("play"):
        for text, pause in parts:
            speaker.say(text)
            time.sleep(pause / 1000)
    return 0


class _Speaker:
    """Runs one utterance at a time and waits until the engine reports it finished.

    pyttsx3's espeak driver synthesizes in espeak's own thread, so `runAndWait()` can return
    before the audio is written or played (long answers then land in the wrong file or are cut
    off). Waiting for the engine's "finished-utterance" event makes every driver behave alike.
    """

    def __init__(self, engine: Any, rate_wpm: int) -> None:
        self.engine = engine
        self.rate_wpm = max(int(rate_wpm), 40)
        self.finished = threading.Event()
        self._waiting_for: str | None = None
        self._count = 0
        engine.connect("finished-utterance", self._on_finished)

    def _on_finished(self, name: str | None = None, **_: Any) -> None:
        # Only the utterance we wait for counts: a late event from the previous one must not
        # release the wait early (seen on a loaded machine as a truncated WAV).
        if name is None or name == self._waiting_for:
            self.finished.set()

    def say(self, text: str) -> None:
        self.engine.say(text, self._next_name())
        self._run(text)

    def save(self, text: str, path: Path) -> None:
        self.engine.save_to_file(text, str(path), self._next_name())
        self._run(text)

    def _next_name(self) -> str:
        self._count += 1
        self.finished.clear()
        self._waiting_for = f"utterance-{self._count}"
        return self._waiting_for

    def _run(self, text: str) -> None:
        self.engine.runAndWait()
        # Bounded: a driver that never reports back must not hold the runner (which also has a timeout).
        self.finished.wait(FINISH_MARGIN_S + 2 * len(text.split()) * 60 / self.rate_wpm)


def _configure(engine: Any, rate: int | None, voice: str | None) -> None:
    if rate:
        engine.setProperty("rate", int(rate))
    if voice:
        wanted = voice.casefold()
        voices = engine.getProperty("voices") or []
        match = next((v for v in voices if v.id.casefold() == wanted or (v.name or "").casefold() == wanted), None)
        match = match or next((v for v in voices if wanted in f"{v.id} {v.name}".casefold()), None)
        if match is None:
            print(f"voice {voice!r} not found; using the default voice", file=sys.stderr)
        else:
            engine.setProperty("voice", match.id)


def _save(speaker: _Speaker, parts: list[tuple[str, int]], target: Path) -> None:
    """One WAV for the whole answer, with real silence where the SSML had pauses."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pieces = []
        for index, (text, _) in enumerate(parts):
            piece = Path(tmp) / f"{index}.wav"
            speaker.save(text, piece)
            pieces.append(piece)
        try:
            _join_wavs(pieces, [pause for _, pause in parts], target)
        except (wave.Error, EOFError, OSError):
            # Some engines (e.g. macOS) write other formats: save the answer in one go instead.
            speaker.save(" ".join(text for text, _ in parts), target)


def _join_wavs(pieces: list[Path], pauses: list[int], target: Path) -> None:
    with wave.open(str(target), "wb") as out:
        params = None
        for piece, pause in zip(pieces, pauses):
            with wave.open(str(piece), "rb") as src:
                if params is None:
                    params = src.getparams()
                    out.setparams(params)
                out.writeframes(src.readframes(src.getnframes()))
            frames = int(params.framerate * pause / 1000)
            out.writeframes(b"\0" * frames * params.sampwidth * params.nchannels)


if __name__ == "__main__":
    sys.exit(main())
