"""Saved answers as WAV files: where they go, how they are made, and whether they are complete.

pyttsx3's espeak driver cannot be trusted to write a whole answer: `runAndWait()` queues an
`endLoop` that runs at once and calls the driver's `stop()`, and while espeak's own thread still
reports the previous utterance as playing, that cancels the utterance just started (reported as
`finished-utterance` with `completed=False`). An answer saved part by part then lost its closing
question after the `<break>` in about 40% of runs on a busy machine. So where the `espeak-ng`
program is installed, the runner writes WAVs with it directly, one process per spoken part, each
of which ends only when its file is written: complete by construction. pyttsx3 stays for live
speech and for saving where there is no espeak-ng program (macOS, Windows).

Whatever wrote it, every saved WAV is checked against its text: each part must last about as long
as its words take at the speaking rate, and the file on disk must hold every part and pause.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from local_runner.ssml_text import Part

#: The one default speaking rate (words per minute) for live speech and saved WAVs alike.
#: It is espeak-ng's own default; pyttsx3 would otherwise speak at 200 and the files at 175.
DEFAULT_RATE_WPM = 175
#: espeak-ng speaks no slower than this, whatever rate it is given (measured: 40 and 80 sound alike).
ESPEAK_MIN_WPM = 80
#: A part is incomplete below this share of the time its words take at the rate; espeak-ng measured
#: 0.64-1.25 on the skill's answers across voices and rates (short questions are quickest).
MIN_SHARE = 0.5
#: ... and suspect above this share (plus a second), e.g. a part spoken twice or stuck audio.
MAX_SHARE = 2.0
#: Seconds allowed for synthesizing one part with espeak-ng, on top of its own length.
PART_TIMEOUT_S = 15.0


class AudioFolderError(Exception):
    """The folder for saved answers cannot be used; the message says why."""


class SynthesisError(Exception):
    """espeak-ng could not write a part of an answer; the message says why."""


@dataclass(frozen=True)
class AudioCheck:
    """Whether a saved answer is complete, with the measured and the expected length."""

    path: Path
    seconds: float
    expected_seconds: float
    problem: str | None = None

    @property
    def complete(self) -> bool:
        return self.problem is None

    def describe(self) -> str:
        """One line for the user: the file, and what is wrong with it."""
        return f"saved answer {self.path} is incomplete: {self.problem}"


def prepare_run_folder(folder: Path) -> Path:
    """Create *folder* if needed and a new subfolder for this run inside it, and return the subfolder.

    A run of its own keeps a reused folder from mixing sessions (turn-001.wav of today beside
    turn-007.wav of yesterday). Creating it is also the write test: a read-only or unwritable
    folder is refused here, at once, with the reason. Raises AudioFolderError.
    """
    if folder.exists() and not folder.is_dir():
        raise AudioFolderError(f"--save-audio {folder}: exists and is not a directory")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AudioFolderError(f"--save-audio {folder}: cannot create it ({exc.strerror or exc})") from None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    try:
        return Path(tempfile.mkdtemp(prefix=f"run-{stamp}-", dir=folder))
    except OSError as exc:
        raise AudioFolderError(f"--save-audio {folder}: cannot write there ({exc.strerror or exc})") from None


def espeak_ng_program() -> str | None:
    """The espeak-ng program's path, or None (then saving goes through pyttsx3)."""
    return shutil.which("espeak-ng")


def expected_seconds(text: str, rate_wpm: int) -> float:
    """How long *text* takes to say at *rate_wpm*, by its word count (espeak-ng's meaning of the rate)."""
    return len(text.split()) * 60 / max(rate_wpm, ESPEAK_MIN_WPM)


def synthesize_answer(
    parts: Sequence[Part], target: Path, *, rate_wpm: int, voice: str | None = None
) -> list[float]:
    """Write *parts* to *target* as one WAV with espeak-ng, real silence for the pauses.

    Returns each part's length in seconds. The file appears under its name only once it is whole
    (written beside it, then renamed). Raises SynthesisError.
    """
    program = espeak_ng_program()
    if program is None:
        raise SynthesisError("espeak-ng is not installed (apt-get install espeak-ng)")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SynthesisError(f"cannot create {target.parent} ({exc.strerror or exc})") from None
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        pieces = []
        for index, part in enumerate(parts):
            piece = Path(tmp) / f"part-{index}.wav"
            _espeak_to_wav(program, part.text, piece, rate_wpm, voice)
            pieces.append(piece)
        partial = Path(tmp) / "answer.wav"
        seconds = join_wavs(pieces, [p.pause_ms for p in parts], partial)
        os.replace(partial, target)
    return seconds


def join_wavs(pieces: Sequence[Path], pauses_ms: Sequence[int], target: Path) -> list[float]:
    """Concatenate WAV *pieces* into *target*, each followed by its pause; returns each piece's seconds."""
    seconds = []
    with wave.open(str(target), "wb") as out:
        params = None
        for piece, pause in zip(pieces, pauses_ms):
            with wave.open(str(piece), "rb") as src:
                if params is None:
                    params = src.getparams()
                    out.setparams(params)
                elif (src.getframerate(), src.getsampwidth(), src.getnchannels()) != (
                    params.framerate, params.sampwidth, params.nchannels
                ):
                    raise wave.Error(f"{piece.name} has another sample format than the first part")
                frames = src.readframes(src.getnframes())
            out.writeframes(frames)
            seconds.append(len(frames) / (params.sampwidth * params.nchannels) / params.framerate)
            silence = int(params.framerate * pause / 1000)
            out.writeframes(b"\0" * silence * params.sampwidth * params.nchannels)
    return seconds


def check_answer_wav(
    path: Path, parts: Sequence[Part], rate_wpm: int, part_seconds: Sequence[float] | None = None
) -> AudioCheck:
    """Check that the WAV at *path* holds every part of the answer at *rate_wpm*.

    With *part_seconds* (each part's measured length, as synthesize_answer returns them) every part
    is checked on its own, so a missing short closing question is caught too; without, the whole.
    """
    pauses = sum(p.pause_ms for p in parts) / 1000
    expected = sum(expected_seconds(p.text, rate_wpm) for p in parts) + pauses
    try:
        with wave.open(str(path), "rb") as wav:
            seconds = wav.getnframes() / wav.getframerate()
    except FileNotFoundError:
        return AudioCheck(path, 0.0, expected, "the file was not written")
    except (wave.Error, EOFError, OSError) as exc:
        return AudioCheck(path, 0.0, expected, f"not a readable WAV file ({exc})")
    if part_seconds is not None:
        for index, (part, spoken) in enumerate(zip(parts, part_seconds), 1):
            problem = _length_problem(spoken, expected_seconds(part.text, rate_wpm), f"part {index} of {len(parts)}")
            if problem:
                return AudioCheck(path, seconds, expected, f"{problem} ({_quote(part.text)})")
        on_disk = sum(part_seconds) + pauses
        if seconds < on_disk - 0.05:
            return AudioCheck(path, seconds, expected, f"{seconds:.1f} s on disk, {on_disk:.1f} s synthesized")
        return AudioCheck(path, seconds, expected)
    problem = _length_problem(seconds - pauses, expected - pauses, "the answer")
    return AudioCheck(path, seconds, expected, problem)


def _length_problem(seconds: float, expected: float, what: str) -> str | None:
    if seconds <= 0:
        return f"{what} is silent"
    if seconds < MIN_SHARE * expected:
        return f"{what} lasts {seconds:.1f} s, its words take about {expected:.1f} s"
    if seconds > MAX_SHARE * expected + 1.0:
        return f"{what} lasts {seconds:.1f} s, far longer than its words take (about {expected:.1f} s)"
    return None


def _quote(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _espeak_to_wav(program: str, text: str, target: Path, rate_wpm: int, voice: str | None) -> None:
    command = [program, "-s", str(rate_wpm), "-w", str(target)]
    if voice:
        command += ["-v", voice]
    # The text goes in on stdin, so words starting with "-" are never read as options.
    timeout = PART_TIMEOUT_S + 3 * expected_seconds(text, rate_wpm)
    try:
        done = subprocess.run(command, input=text.encode("utf-8"), capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise SynthesisError(f"espeak-ng did not finish within {timeout:.0f} s") from None
    except OSError as exc:
        raise SynthesisError(f"cannot run espeak-ng ({exc.strerror or exc})") from None
    if done.returncode != 0 or not target.exists():
        detail = (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["no details"])[-1]
        raise SynthesisError(f"espeak-ng failed ({detail})")


def espeak_voice(name: str | None) -> str | None:
    """The espeak-ng voice for *name* (a language such as en-us, a voice name or file), or None for the default.

    espeak-ng's `-v` takes only languages and voice files; `--voice` also accepts what pyttsx3 does
    (e.g. "english", "English_(America)"), so names are looked up in `espeak-ng --voices`.
    Raises LookupError when nothing matches.
    """
    if not name:
        return None
    program = espeak_ng_program()
    if program is None:
        return name
    try:
        listing = subprocess.run([program, "--voices"], capture_output=True, text=True, timeout=10).stdout
    except (subprocess.TimeoutExpired, OSError):
        return name
    wanted = name.casefold()
    rows = []
    for line in listing.splitlines()[1:]:
        columns = re.split(r"\s+", line.strip())
        if len(columns) >= 5:
            language, voice_name, voice_file = columns[1], columns[3], columns[4]
            rows.append((language, voice_name, voice_file))
    for language, voice_name, voice_file in rows:
        if wanted in (language.casefold(), voice_name.casefold(), voice_file.casefold()):
            return voice_file if wanted != language.casefold() else language
    # Then the closest partial match: a name starting with it ("english" is English_(Great_Britain),
    # not the Mandarin voice whose name mentions English), then one containing it.
    # Among several, the most general language (en-gb before en-029).
    for matches in (str.startswith, str.__contains__):
        found = [row for row in rows if any(matches(field.casefold(), wanted) for field in (row[1], row[2], row[0]))]
        if found:
            return min(found, key=lambda row: len(row[0]))[2]
    raise LookupError(name)
