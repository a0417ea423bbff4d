"""Voice out: speak each answer through pyttsx3 (espeak-ng on Linux) and optionally save it as WAV.

Speaking must never crash or hang the runner. The runner always prints the text; the voice is an
extra. When it cannot speak — `--no-voice`, pyttsx3 or its engine missing, no audio output (the
espeak driver plays through `aplay`, which may be missing or find no sound card), or an engine
that fails or hangs (each answer is synthesized in a child process with a timeout) — it says once
why and carries on in text.

Saved answers are written by espeak-ng directly where it is installed (see local_runner.wav_files
for why not through pyttsx3) and every saved WAV is checked against its text; an incomplete one is
reported each time, never passed off as an answer.
"""
from __future__ import annotations

import ctypes.util
import importlib.util
import json
import platform
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

from local_runner.ssml_text import Part, ssml_to_parts
from local_runner.tts_worker import EXIT_NO_ENGINE, FINISH_MARGIN_S, PART_SECONDS
from local_runner.wav_files import (
    DEFAULT_RATE_WPM, AudioCheck, SynthesisError, check_answer_wav, espeak_ng_program, espeak_voice, synthesize_answer,
)

#: Seconds allowed for synthesis on top of the answer's own length.
BASE_TIMEOUT_S = 15.0
#: The child process that synthesizes one answer (see local_runner.tts_worker).
WORKER_COMMAND = (sys.executable, "-m", "local_runner.tts_worker")


class Voice:
    """Speaks (and saves) answers; does nothing once it has said why it cannot.

    With `enabled` False it never plays; `off_reason` is the one note saying so (None: no note,
    for output where nobody expects speech, such as JSON).
    """

    def __init__(
        self,
        *,
        enabled: bool = True,
        rate: int | None = None,
        voice: str | None = None,
        save_dir: Path | None = None,
        off_reason: str | None = "voice is off (--no-voice)",
        note: Callable[[str], None] = lambda message: print(message, file=sys.stderr),
    ) -> None:
        self.rate = rate
        self.voice = voice
        self.save_dir = save_dir
        self._note = note
        self._noted: set[str] = set()
        self._files = 0
        #: Saved answers that failed the completeness check, in order (the commands report them).
        self.incomplete: list[AudioCheck] = []
        engine_problem = engine_unavailable()
        # espeak-ng writes the WAVs where it is installed; pyttsx3 only where it is not.
        self._writer = espeak_ng_program() if save_dir is not None else None
        save_problem = None if self._writer else engine_problem
        self.can_save = save_dir is not None and save_problem is None
        self._espeak_voice = self._writer_voice(voice) if self.can_save and self._writer else None
        if not enabled:
            self.can_play, reason = False, off_reason
        elif engine_problem:
            self.can_play, reason = False, engine_problem
        else:
            output_problem = audio_output_unavailable()
            self.can_play, reason = output_problem is None, output_problem
        if not self.can_play and reason:
            self._say_once("play", f"(not speaking: {reason}; printing the text instead)")
        if save_dir is not None and save_problem:
            self._say_once("save", f"(cannot save audio to {save_dir}: {save_problem})")

    def speak(self, ssml: str) -> Path | None:
        """Speak *ssml* if possible and save it if asked; returns the WAV written, if any.

        A saved WAV that fails the completeness check is still returned (it is on disk), noted,
        and listed in `incomplete`.
        """
        parts = ssml_to_parts(ssml) if ssml else []
        if not parts or not (self.can_play or self.can_save):
            return None
        rate = self.rate or DEFAULT_RATE_WPM
        target = None
        if self.can_save:
            assert self.save_dir is not None
            self._files += 1
            target = self.save_dir / f"turn-{self._files:03d}.wav"
        part_seconds = None
        if target is not None and self._writer:
            try:
                part_seconds = synthesize_answer(parts, target, rate_wpm=rate, voice=self._espeak_voice)
            except SynthesisError as exc:
                self.can_save, target = False, None
                self._say_once("save-failed", f"(not saving audio any more: {exc})")
        worker_saves = target is not None and part_seconds is None
        if self.can_play or worker_saves:
            job = {
                "parts": [[p.text, p.pause_ms] for p in parts],
                "rate": rate,
                "voice": self.voice,
                "play": self.can_play,
                "save": str(target) if worker_saves else None,
            }
            expected = parts_seconds(parts, rate) + FINISH_MARGIN_S * len(parts)
            output = self._run_worker(job, expected)
            if output is None and worker_saves:
                return None
            if worker_saves:
                part_seconds = reported_part_seconds(output or "")
        if target is not None:
            self._check(target, parts, rate, part_seconds)
        return target

    def _check(self, target: Path, parts: list[Part], rate: int, part_seconds: list[float] | None) -> None:
        check = check_answer_wav(target, parts, rate, part_seconds)
        if not check.complete:
            self.incomplete.append(check)
            self._note(f"warning: {check.describe()}")

    def _writer_voice(self, voice: str | None) -> str | None:
        try:
            return espeak_voice(voice)
        except LookupError:
            self._say_once("voice", f"(voice {voice!r} not found; speaking with the default voice)")
            return None

    def _run_worker(self, job: dict, expected_seconds: float) -> str | None:
        """Run the TTS worker on *job*; its stdout, or None (after saying why) when it failed."""
        timeout = BASE_TIMEOUT_S + 3 * expected_seconds
        try:
            done = subprocess.run(
                list(WORKER_COMMAND),
                input=json.dumps(job),
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            self._give_up(f"the TTS engine did not finish within {timeout:.0f} s")
            return None
        except OSError as exc:
            self._give_up(f"cannot start the TTS worker ({exc})")
            return None
        if done.returncode != 0:
            detail = (done.stderr.strip().splitlines() or ["no details"])[-1]
            problem = "no TTS engine" if done.returncode == EXIT_NO_ENGINE else "the TTS engine failed"
            self._give_up(f"{problem} ({detail})")
            return None
        if "not found; using the default voice" in done.stderr:
            self._say_once("voice", f"(voice {self.voice!r} not found; speaking with the default voice)")
        return done.stdout

    def _give_up(self, reason: str) -> None:
        self.can_play = False
        if not self._writer:  # the worker was also the one saving
            self.can_save = False
        self._say_once("failed", f"(not speaking any more: {reason}; printing the text instead)")

    def _say_once(self, key: str, message: str) -> None:
        if key not in self._noted:
            self._noted.add(key)
            self._note(message)


def engine_unavailable() -> str | None:
    """Why no TTS engine can run here, or None if pyttsx3 and its engine look usable."""
    if importlib.util.find_spec("pyttsx3") is None:
        return "pyttsx3 is not installed"
    if platform.system() == "Linux" and not (
        ctypes.util.find_library("espeak-ng") or ctypes.util.find_library("espeak") or _espeak_ng_present()
    ):
        return "no TTS engine: espeak-ng is not installed (apt-get install espeak-ng)"
    return None


def audio_output_unavailable() -> str | None:
    """Why answers cannot be heard here, or None. On Linux pyttsx3 plays through `aplay`."""
    if platform.system() != "Linux":
        return None
    aplay = shutil.which("aplay")
    if aplay is None:
        return "no audio output: aplay is not installed (apt-get install alsa-utils)"
    try:
        listing = subprocess.run([aplay, "-l"], capture_output=True, text=True, timeout=5)
    except (subprocess.TimeoutExpired, OSError) as exc:
        return f"no audio output: aplay -l failed ({exc})"
    if "no soundcards found" in (listing.stdout + listing.stderr).lower():
        return "no audio output: no sound card found"
    return None


def parts_seconds(parts: list, rate_wpm: int) -> float:
    """Roughly how long the parts take to say, in seconds (for the hang guard)."""
    words = sum(len(p.text.split()) for p in parts)
    return words * 60 / max(rate_wpm, 40) + sum(p.pause_ms for p in parts) / 1000


def reported_part_seconds(output: str) -> list[float] | None:
    """The parts' lengths the worker reported after saving part by part (None: saved in one go)."""
    for line in reversed(output.splitlines()):
        if line.startswith(PART_SECONDS + " "):
            try:
                return [float(s) for s in json.loads(line[len(PART_SECONDS) + 1:])]
            except (ValueError, TypeError):
                return None
    return None


def _espeak_ng_present() -> bool:
    # find_library can miss versioned libraries in minimal containers; the usual paths settle it.
    directories = ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib")
    return any(Path(d, "libespeak-ng.so.1").exists() for d in directories)
