"""Saved answers are whole: 20 answers saved five times each, every WAV checked, same run.

The runner (`ask --json --save-audio DIR -`, espeak-ng writing the WAVs) saves 20 answers (every
topic, named treatments and medications, warning signs, help) five times, two runs at a time so the
machine is busy, as it was when saved answers lost their ends. Each WAV is checked twice: by the
runner's own check (every part of the answer present and about as long as its words take at the
rate) and independently here (the whole lasts 0.5-2x what its words take, and no copy of an answer
is shorter than its longest copy by more than 50 ms). Baselines, the same 100 answers: pyttsx3
through the runner's TTS worker as it was (an utterance the espeak driver cancels stays empty) and
as it is now (said again), the path used where there is no espeak-ng program; for these the
runner's check uses the parts' lengths the worker reports. A lost closing question is too small a
share of a whole answer for the length check alone, which is why the runner checks part by part.

    .venv/bin/python bench/bench_audio.py

Target: 0 incomplete WAVs of 100 for the runner.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import wave
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from local_runner.ssml_text import ssml_to_parts  # noqa: E402
from local_runner.voice import reported_part_seconds  # noqa: E402
from local_runner.wav_files import DEFAULT_RATE_WPM, check_answer_wav, espeak_ng_program, expected_seconds  # noqa: E402

CLI = (sys.executable, "-c", "import sys; from skill_tools.cli import main; sys.exit(main())")
QUESTIONS = (
    "give me an overview", "what causes back pain", "how does physical therapy help",
    "what if physical therapy isn't working", "what are the other treatments", "does acupuncture help",
    "what about a chiropractor", "is massage good for back pain", "does yoga help", "what about hydrotherapy",
    "what about medications", "is ibuprofen ok", "do opioids help", "is surgery worth it",
    "how do I decide on a treatment", "sum it up", "what are the warning signs", "I can't control my bladder",
    "I fell off a ladder and hurt my back", "help",
)
REPEATS = 5
#: The worker as it was: each utterance queued once and taken as done, so a cancelled one stays empty.
WORKER_BEFORE = (
    "import sys, local_runner.tts_worker as w\n"
    "def once(self, queue, text):\n"
    "    queue(self._next_name())\n"
    "    self._run(text)\n"
    "w._Speaker._until_completed = once\n"
    "sys.exit(w.main())"
)
WORKER_NOW = "import sys, local_runner.tts_worker as w; sys.exit(w.main())"


def answers() -> list[str]:
    """The SSML of each question's answer (one new session per question)."""
    done = subprocess.run([*CLI, "ask", "--json", "-"], input="\n".join(QUESTIONS), capture_output=True,
                          text=True, check=True, cwd=REPO)
    return [json.loads(line)["ssml"] for line in done.stdout.splitlines()]


def runner_saves(folder: Path) -> tuple[list[tuple[Path, None]], int]:
    """One `ask --save-audio` run over all questions: the WAVs in question order, and how many the
    runner itself reported incomplete (it checks each part; here only the whole can be checked again)."""
    done = subprocess.run([*CLI, "ask", "--json", "--save-audio", str(folder), "-"], input="\n".join(QUESTIONS),
                          capture_output=True, text=True, cwd=REPO)
    saved = [(Path(json.loads(line)["audio"]) if "audio" in json.loads(line) else folder / "missing.wav", None)
             for line in done.stdout.splitlines()]
    return saved, done.stderr.count("warning: saved answer") + (done.returncode != 0)


def worker_saves(code: str, ssml_list: list[str], folder: Path) -> list[tuple[Path, list[float] | None]]:
    """The TTS worker (pyttsx3) saving each answer, as the runner calls it where espeak-ng is missing;
    each file with the parts' lengths the worker reports."""
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for index, ssml in enumerate(ssml_list, 1):
        target = folder / f"turn-{index:03d}.wav"
        job = {"parts": [[p.text, p.pause_ms] for p in ssml_to_parts(ssml)], "rate": DEFAULT_RATE_WPM,
               "voice": None, "play": False, "save": str(target)}
        done = subprocess.run([sys.executable, "-c", code], input=json.dumps(job), capture_output=True, text=True,
                              cwd=REPO, timeout=120)
        saved.append((target, reported_part_seconds(done.stdout)))
    return saved


def seconds(path: Path) -> float | None:
    try:
        with wave.open(str(path)) as wav:
            return wav.getnframes() / wav.getframerate()
    except (OSError, wave.Error, EOFError):
        return None


def score(name: str, runs: list[list[tuple[Path, list[float] | None]]], ssml_list: list[str],
          elapsed: float, reported: int = 0) -> tuple[str, int]:
    """One table row, and how many WAVs failed any check (the runner's, this benchmark's, the copies')."""
    runner_check, own_check = reported, 0
    lengths: dict[int, list[float]] = defaultdict(list)
    for run in runs:
        for index, ((path, part_seconds), ssml) in enumerate(zip(run, ssml_list)):
            parts = ssml_to_parts(ssml)
            runner_check += not check_answer_wav(path, parts, DEFAULT_RATE_WPM, part_seconds).complete
            length = seconds(path)
            lengths[index].append(0.0 if length is None else length)
            words = sum(expected_seconds(p.text, DEFAULT_RATE_WPM) for p in parts)
            pauses = sum(p.pause_ms for p in parts) / 1000
            own_check += length is None or not 0.5 * words <= length - pauses <= 2 * words
    # Same text, same engine, same rate: a copy shorter than the longest lost something. (pyttsx3's
    # espeak driver drops the samples of its last callback, a few ms of trailing silence, now and
    # then: differences under 50 ms are not counted.)
    odd = sum(sum(length < max(found) - 0.05 for length in found) for found in lengths.values())
    total = sum(len(run) for run in runs)
    per_answer = elapsed / total
    row = f"| {name} | {total} | {runner_check} | {own_check} | {odd} | {per_answer:.2f} |"
    return row, max(runner_check, own_check, odd)


def main() -> int:
    if espeak_ng_program() is None:
        print("error: espeak-ng is not installed (apt-get install espeak-ng)", file=sys.stderr)
        return 2
    ssml_list = answers()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=2) as pool:  # two runs at a time: a busy machine
            results = list(pool.map(lambda i: runner_saves(Path(tmp, "runner")), range(REPEATS)))
        runs, reported = [saved for saved, _ in results], sum(count for _, count in results)
        row, runner_incomplete = score("runner: espeak-ng writes the WAV", runs, ssml_list,
                                       time.perf_counter() - started, reported)
        rows.append(row)
        for name, code in (("pyttsx3 worker as it was (no retry)", WORKER_BEFORE),
                           ("pyttsx3 worker now (cancelled utterance said again)", WORKER_NOW)):
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=2) as pool:
                runs = list(pool.map(lambda i, c=code: worker_saves(c, ssml_list, Path(tmp, name[:7], str(i))),
                                     range(REPEATS)))
            rows.append(score(name, runs, ssml_list, time.perf_counter() - started)[0])
            print(f"  {name}: done", flush=True)
    print(f"\n{len(QUESTIONS)} answers x {REPEATS} saves, two at a time, rate {DEFAULT_RATE_WPM} wpm\n")
    print("| path | WAVs | incomplete (runner's check) | incomplete (length 0.5-2x its words) "
          "| copies shorter than the longest copy | s per answer |")
    print("| --- | --- | --- | --- | --- | --- |")
    print("\n".join(rows))
    ok = runner_incomplete == 0
    print(f"\n{'PASS' if ok else 'MISS'}  0 incomplete WAVs of {len(QUESTIONS) * REPEATS} saved by the runner")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
