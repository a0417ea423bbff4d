"""Speech in: spoken questions through the runner's recognition path, next to their text, same run.

A fixed set of in-domain utterances (content questions, warning signs, built-ins, out-of-scope;
taken from the development sets tests/data/nlu_dev.yaml and nlu_dev2.yaml, never the held-out
ones, plus a few warning-sign lines written here) is rendered with espeak-ng in three voices at two
speeds, resampled to 16 kHz, and copied with white noise at 15 dB SNR (sox). Each recording goes
through exactly what `ask --audio` does (build_listener + Listener.hear_file: the recogniser, then
the same invocation parsing, NLU and skill), one new session per utterance. The same utterance as
text goes through the same conversation, and the two are compared.

Engines: faster-whisper tiny.en with the domain prompt built from the interaction model, the
pocketsphinx check and the sound-alike readings for missed warning signs (what the runner uses by
default; other models with --asr-model, e.g. base); the same without the checks (Whisper's own words,
from the same run: the checks keep them whenever they do not replace them); pocketsphinx alone with its language model
from the interaction model; and, as the baseline, tiny.en without a prompt.

Figures: word error rate (against the text), intent agreement (the spoken turn's intent equals the
text's), warning-sign recall (warning-sign utterances answered with red_flags), seconds per
utterance end to end (recording in, answer out; median and p95). Targets on espeak audio: intent
agreement >= 80% clean and >= 50% noisy, every warning sign caught when clean, p95 < 1.5 s.

    .venv/bin/python bench/bench_speech.py [--voices en-us,en-gb] [--no-baseline] [--asr-model tiny.en --asr-model base]

Needs the speech extra, espeak-ng and sox.
"""
from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from local_runner.options import build_conversation  # noqa: E402
from local_runner.speech.domain_prompt import prompt_model  # noqa: E402
from local_runner.speech.listening import Listener, build_listener  # noqa: E402
from local_runner.speech.recognizer import SpeechUnavailable, load_recognizer, speech_unavailable  # noqa: E402
from local_runner.speech.sphinx import SphinxRecognizer, sphinx_unavailable  # noqa: E402
from local_runner.yaml_data import read_yaml  # noqa: E402

DATA = REPO / "tests" / "data"
VOICES = ("en-us", "en-gb", "en-gb-scotland")
SPEEDS = (140, 190)
SNR_DB = 15
#: Warning signs in everyday words, written for this benchmark (not in any NLU set).
WARNING_SIGN_LINES = (
    "I can't control my bladder",
    "my legs are going numb",
    "I fell off a ladder and hurt my back",
    "I've had a fever for two days and my back is killing me",
    "there's numbness between my legs since this morning",
    "I've lost a lot of weight without trying and my back aches",
)
TARGETS = {"agreement_clean": 0.80, "agreement_noisy": 0.50, "recall_clean": 1.0, "p95_s": 1.5}


@dataclass(frozen=True)
class Utterance:
    text: str
    kind: str  # content, warning_sign, built_in, out_of_scope


@dataclass
class Tally:
    """Figures for one engine on one condition."""

    words: int = 0
    word_errors: int = 0
    agree: int = 0
    total: int = 0
    warning_signs: int = 0
    warning_caught: int = 0
    text_caught: int = 0  # warning signs whose text alone is answered with red_flags
    caught_where_text_is: int = 0  # ... of those, also when spoken (misses the recognition caused)
    false_warnings: int = 0  # recordings answered as a warning sign whose text is not
    other: int = 0  # recordings whose text is not answered as a warning sign
    seconds: list[float] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)  # "recording: text -> heard" of warning signs speech lost

    def count(self, item: Utterance, reference: list[str], heard: str, turn, expected: tuple, seconds: float,
              recording: str = "") -> None:
        """Add one recording: what was heard, the turn it gave, and the text's (intent, topic)."""
        self.seconds.append(seconds)
        self.words += len(reference)
        self.word_errors += word_errors(reference, words(heard))
        self.total += 1
        self.agree += (turn.intent if turn else None) == expected[0]
        caught = bool(turn and turn.topic == "red_flags")
        if item.kind == "warning_sign":
            self.warning_signs += 1
            self.warning_caught += caught
            if expected[1] == "red_flags":
                self.text_caught += 1
                self.caught_where_text_is += caught
                if not caught:
                    self.missed.append(f"{recording}: {item.text!r} -> heard {heard!r}")
        elif expected[1] != "red_flags":
            self.other += 1
            self.false_warnings += caught


def utterances() -> list[Utterance]:
    """The fixed set: per topic 3 from nlu_dev and 2 from nlu_dev2, 6 built-ins, 6 out-of-scope, the lines above."""
    chosen: list[Utterance] = []
    per_topic = {"nlu_dev.yaml": 3, "nlu_dev2.yaml": 2}
    for name, count in per_topic.items():
        data = read_yaml(DATA / name)
        taken: dict[str, int] = {}
        for entry in data["in_scope"]:
            if taken.get(entry["topic"], 0) < count:
                taken[entry["topic"]] = taken.get(entry["topic"], 0) + 1
                kind = "warning_sign" if entry["topic"] == "red_flags" else "content"
                chosen.append(Utterance(entry["utterance"], kind))
        if name == "nlu_dev.yaml":
            chosen += [Utterance(e["utterance"], "built_in") for e in data["built_in"][:6]]
            chosen += [Utterance(text, "out_of_scope") for text in data["out_of_scope"][:6]]
    chosen += [Utterance(text, "warning_sign") for text in WARNING_SIGN_LINES]
    return chosen


def render(text: str, voice: str, speed: int, folder: Path, name: str) -> tuple[Path, Path]:
    """(clean, noisy) 16 kHz WAVs of *text*: espeak-ng, then sox for the rate and the noise."""
    raw, clean, noise, noisy = (folder / f"{name}-{suffix}.wav" for suffix in ("raw", "clean", "noise", "noisy"))
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(raw), text], check=True)
    # -R: sox seeds its noise and dither the same way every run, so two runs hear the same recordings
    subprocess.run(["sox", "-R", str(raw), "-r", "16000", "-b", "16", "-c", "1", str(clean)], check=True)
    speech_rms = _rms(clean)
    subprocess.run(["sox", "-R", str(clean), str(noise), "synth", "whitenoise", "vol", "0.5"], check=True)
    gain = speech_rms / (10 ** (SNR_DB / 20)) / _rms(noise)
    subprocess.run(["sox", "-R", "-m", "-v", "1", str(clean), "-v", f"{gain:.6f}", str(noise), str(noisy)], check=True)
    return clean, noisy


def _rms(path: Path) -> float:
    stats = subprocess.run(["sox", str(path), "-n", "stat"], capture_output=True, text=True).stderr
    return float(re.search(r"RMS\s+amplitude:\s+([\d.]+)", stats).group(1))


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " ")).split()


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    """Word-level edit distance (substitutions, insertions, deletions)."""
    row = list(range(len(hypothesis) + 1))
    for i, ref in enumerate(reference, 1):
        previous, row[0] = row[0], i
        for j, hyp in enumerate(hypothesis, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ref != hyp))
    return row[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--voices", default=",".join(VOICES), help="espeak-ng voices, comma-separated")
    parser.add_argument("--no-baseline", action="store_true", help="skip the no-prompt baseline")
    parser.add_argument("--asr-model", action="append", metavar="NAME|PATH",
                        help="a recognition model to measure with the model prompt (repeatable; default tiny.en, "
                        "the runner's default, which the targets are judged on; e.g. --asr-model tiny.en --asr-model base)")
    parser.add_argument("--misses", action="store_true",
                        help="list the warning-sign recordings the judged engine lost (text caught, speech not)")
    options = parser.parse_args()
    problem = speech_unavailable() or next(
        (f"{tool} is not installed" for tool in ("espeak-ng", "sox") if shutil.which(tool) is None), None)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    settings = argparse.Namespace(model=None, endpoint=None, device="speaker", locale="en-US", asr_model="tiny.en")
    conversation = build_conversation(settings)
    engines = {}
    for model in options.asr_model or ["tiny.en"]:
        try:
            engines[f"faster-whisper {model} + model prompt + pocketsphinx check + sound-alike readings"] = build_listener(
                argparse.Namespace(**{**vars(settings), "asr_model": model}))
        except SpeechUnavailable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    problem = sphinx_unavailable()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    checker = next(iter(engines.values())).checker or SphinxRecognizer(prompt_model())
    engines["pocketsphinx + model language model, alone"] = Listener(checker)
    if not options.no_baseline:
        engines["faster-whisper tiny.en, no prompt (baseline)"] = Listener(load_recognizer("tiny.en", None))
    items = utterances()
    voices = options.voices.split(",")
    print(f"{len(items)} utterances ({sum(u.kind == 'warning_sign' for u in items)} warning signs) x "
          f"{len(voices)} voices x {len(SPEEDS)} speeds, clean and with white noise at {SNR_DB} dB SNR", flush=True)

    expected = {}  # text -> (the intent its text gets, the topic it answers)
    for item in items:
        conversation.forget_session()
        turn = conversation.say(item.text)
        expected[item.text] = (turn.intent, turn.topic) if turn else (None, None)
    with tempfile.TemporaryDirectory() as tmp:
        renders = []
        for index, item in enumerate(items):
            for voice in voices:
                for speed in SPEEDS:
                    clean, noisy = render(item.text, voice, speed, Path(tmp), f"{index}-{voice}-{speed}")
                    renders.append((item, clean, noisy))
        print(f"rendered {len(renders)} recordings (and as many noisy copies)", flush=True)
        results: dict[tuple[str, str], Tally] = {}
        for engine, listener in engines.items():
            listener.hear_file(conversation, renders[0][1])  # warm-up, not counted
            unchecked = engine.replace(" + pocketsphinx check + sound-alike readings", ", without the checks (times: with them)")
            checked = listener.checker is not None or listener.sound_alikes is not None
            for condition in ("clean", "noisy"):
                tally = results[(engine, condition)] = Tally()
                if checked:
                    results[(unchecked, condition)] = Tally()
                for item, clean, noisy in renders:
                    conversation.forget_session()
                    started = time.perf_counter()
                    heard = listener.hear_file(conversation, clean if condition == "clean" else noisy)
                    seconds = time.perf_counter() - started
                    turn = heard.outcome if hasattr(heard.outcome, "intent") else None
                    reference = words(item.text)
                    recording = (clean if condition == "clean" else noisy).stem
                    tally.count(item, reference, heard.recognition.text, turn, expected[item.text], seconds, recording)
                    if checked:   # Whisper's own words, as the runner without the checks
                        if heard.recognition.replaced is not None:
                            conversation.forget_session()
                            own = heard.recognition.replaced
                            turn = conversation.say(own)
                        else:
                            own = heard.recognition.text
                        results[(unchecked, condition)].count(item, reference, own, turn, expected[item.text], seconds)
                print(f"  {engine}, {condition}: done", flush=True)
    print()
    print("| engine | audio | WER | intent agreement | warning signs caught (of those its text catches) "
          "| false warnings | s/utt median | s/utt p95 |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for (engine, condition), tally in results.items():
        p95 = statistics.quantiles(tally.seconds, n=20)[18]
        print(f"| {engine} | {condition} | {tally.word_errors / tally.words:.1%} | "
              f"{tally.agree / tally.total:.1%} ({tally.agree}/{tally.total}) | "
              f"{tally.warning_caught}/{tally.warning_signs} ({tally.caught_where_text_is}/{tally.text_caught}) | "
              f"{tally.false_warnings}/{tally.other} | "
              f"{statistics.median(tally.seconds):.2f} | {p95:.2f} |")
    judged = next(iter(engines))   # the first model asked for (tiny.en unless --asr-model says otherwise)
    print(f"\ntargets judged on: {judged}")
    runner_clean = results[(judged, "clean")]
    runner_noisy = results[(judged, "noisy")]
    p95_worst = max(statistics.quantiles(t.seconds, n=20)[18] for t in (runner_clean, runner_noisy))
    checks = {
        f"intent agreement clean >= {TARGETS['agreement_clean']:.0%}": runner_clean.agree / runner_clean.total >= TARGETS["agreement_clean"],
        f"intent agreement noisy >= {TARGETS['agreement_noisy']:.0%}": runner_noisy.agree / runner_noisy.total >= TARGETS["agreement_noisy"],
        # A warning sign the NLU misses as text is the NLU's miss, shown apart; speech must add none.
        "every warning sign caught when clean (wherever its text is)":
            runner_clean.caught_where_text_is == runner_clean.text_caught,
        f"p95 < {TARGETS['p95_s']} s per utterance": p95_worst < TARGETS["p95_s"],
    }
    missed_as_text = sorted({i.text for i in items if i.kind == "warning_sign" and expected[i.text][1] != "red_flags"})
    if missed_as_text:
        print(f"\nwarning signs the NLU misses even as text (not a speech problem): {'; '.join(missed_as_text)}")
    if options.misses:
        for condition, tally in (("clean", runner_clean), ("noisy", runner_noisy)):
            print(f"\n{judged}, {condition}: warning signs lost to speech ({len(tally.missed)})")
            print("\n".join(f"  {line}" for line in tally.missed))
    print()
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'MISS'}  {name}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
