"""Speak or save one answer with pyttsx3, in a process of its own.

The runner starts this module per turn (`python -m local_runner.tts_worker`) with the spoken parts
as JSON on stdin, so that a TTS engine that hangs or crashes can be killed without taking the
conversation with it. Exit status: 0 done, 3 no engine, 4 bad input.

stdin: {"parts": [[text, pause_ms], ...], "rate": int|null, "voice": str|null,
        "play": bool, "save": path|null}
stdout, after saving part by part: a line `part-seconds [s, ...]`, each part's length, so the runner
checks every part of the file (a lost closing question is too short a share of a whole answer to
show in its total length).
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

from local_runner.wav_files import DEFAULT_RATE_WPM, join_wavs

EXIT_NO_ENGINE = 3
EXIT_BAD_INPUT = 4
FINISH_MARGIN_S = 5.0
#: Times an utterance the engine cancelled on its own is said again (see _Speaker).
ATTEMPTS = 3
#: The stdout line that reports each saved part's length in seconds.
PART_SECONDS = "part-seconds"


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
    # Always set the rate: pyttsx3's drivers default to 200 words per minute, espeak-ng to 175.
    rate = job.get("rate") or DEFAULT_RATE_WPM
    _configure(engine, rate, job.get("voice"))
    speaker = _Speaker(engine, rate)
    try:
        # Play before saving: pyttsx3's espeak driver keeps the last save_to_file target and would
        # write a later say() into that file instead of playing it.
        if job.get("play"):
            for text, pause in parts:
                speaker.say(text)
                time.sleep(pause / 1000)
        if job.get("save"):
            _save(speaker, parts, Path(job["save"]))
    except RuntimeError as exc:
        print(f"the TTS engine failed: {exc}", file=sys.stderr)
        return 1
    return 0


class _Speaker:
    """Runs one utterance at a time and waits until the engine reports it finished.

    pyttsx3's espeak driver synthesizes in espeak's own thread, so `runAndWait()` can return
    before the audio is written or played (long answers then land in the wrong file or are cut
    off). Waiting for the engine's "finished-utterance" event makes every driver behave alike.

    The same driver cancels an utterance it has just started when espeak still reports the previous
    one as playing (`runAndWait()` queues an `endLoop` that calls `stop()` at once); it then reports
    the utterance finished with `completed=False` and writes or plays nothing. Such an utterance is
    said again, up to ATTEMPTS times.
    """

    def __init__(self, engine: Any, rate_wpm: int) -> None:
        self.engine = engine
        self.rate_wpm = max(int(rate_wpm), 40)
        self.finished = threading.Event()
        self._waiting_for: str | None = None
        self._count = 0
        self.completed = True
        engine.connect("finished-utterance", self._on_finished)

    def _on_finished(self, name: str | None = None, completed: bool = True, **_: Any) -> None:
        # Only the utterance we wait for counts: a late event from the previous one must not
        # release the wait early (seen on a loaded machine as a truncated WAV).
        if name is None or name == self._waiting_for:
            self.completed = bool(completed)
            self.finished.set()

    def say(self, text: str) -> None:
        self._until_completed(lambda name: self.engine.say(text, name), text)

    def save(self, text: str, path: Path) -> None:
        self._until_completed(lambda name: self.engine.save_to_file(text, str(path), name), text)

    def _until_completed(self, queue: Any, text: str) -> None:
        for _ in range(ATTEMPTS):
            queue(self._next_name())
            self._run(text)
            if self.completed:
                return
        raise RuntimeError(f"the engine cancelled the same utterance {ATTEMPTS} times")

    def _next_name(self) -> str:
        self._count += 1
        self.finished.clear()
        self.completed = True
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
            seconds = join_wavs(pieces, [pause for _, pause in parts], target)
            print(f"{PART_SECONDS} {json.dumps(seconds)}")
        except (wave.Error, EOFError, OSError):
            # Some engines (e.g. macOS) write other formats: save the answer in one go instead.
            speaker.save(" ".join(text for text, _ in parts), target)


if __name__ == "__main__":
    sys.exit(main())
