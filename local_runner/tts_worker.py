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
import time
import wave
from pathlib import Path
from typing import Any

EXIT_NO_ENGINE = 3
EXIT_BAD_INPUT = 4


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
    if job.get("save"):
        _save(engine, parts, Path(job["save"]))
    if job.get("play"):
        for text, pause in parts:
            engine.say(text)
            engine.runAndWait()
            time.sleep(pause / 1000)
    return 0


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


def _save(engine: Any, parts: list[tuple[str, int]], target: Path) -> None:
    """One WAV for the whole answer, with real silence where the SSML had pauses."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pieces = []
        for index, (text, _) in enumerate(parts):
            piece = Path(tmp) / f"{index}.wav"
            engine.save_to_file(text, str(piece))
            engine.runAndWait()
            pieces.append(piece)
        try:
            _join_wavs(pieces, [pause for _, pause in parts], target)
        except (wave.Error, EOFError, OSError):
            # Some engines (e.g. macOS) write other formats: save the answer in one go instead.
            engine.save_to_file(" ".join(text for text, _ in parts), str(target))
            engine.runAndWait()


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
