"""Warning signs: caught however people say them, offline and on a device proxy, answered right.

For each safety set (tests/data/safety_dev.yaml and safety_dev2.yaml, used for tuning; and
tests/data/safety_holdout.yaml when present, never tuned on) it prints, for the offline runner and
beside it, in the same run, a device proxy built only from the interaction model (a bag-of-words
nearest filled sample; see bench/safety_measures.py):

- recall per sign and overall: the right sign's warning, and at least a warning (a sign's warning
  or the general list of warning signs);
- false alarms: harmless lines (near misses) answered with a sign's warning; and any warning answer;
- general questions ("when is back pain an emergency") answered with the general list;
- every warning given, checked through skill.lambda_handler: the action first, at most 30 words
  before the follow-up, no other topic offered;
- the issue's targets (judged on the held-out set) and whether they hold.

    .venv/bin/python bench/bench_safety.py [--sets dev dev2 holdout] [--misses] [--locale en-GB]

``--misses`` lists the lines missed and the false alarms, for the development sets only: a held-out
set's lines are never printed.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.safety_measures import (HELD_OUT, SAFETY_SETS, TARGETS, AnswerCheck, DeviceProxy, Runner,  # noqa: E402
                                   Scores, levels, load_safety_set, score)


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _frac(hits: int, total: int) -> str:
    return f"{hits}/{total} ({_pct(hits / total) if total else '-'})"


def overall_table(results: dict[str, dict[str, Scores]], emergency: list[str], urgent: list[str]) -> list[str]:
    rows = ["| set | recogniser | emergency: right sign | emergency: any warning | urgent: right sign | "
            "urgent: any warning | all: right sign | false alarms (a sign's warning) | near misses: any warning "
            "answer | general questions -> general list | warnings checked: action first, <= 30 words, no other "
            "topic |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, by in results.items():
        for recogniser, s in by.items():
            every = emergency + urgent
            rows.append(
                f"| {name} | {recogniser} | {_pct(s.recall(emergency))} | {_pct(s.recall(emergency, right=False))} | "
                f"{_pct(s.recall(urgent))} | {_pct(s.recall(urgent, right=False))} | {_pct(s.recall(every))} | "
                f"{_frac(s.false_alarms, s.near_misses)} | {_frac(s.near_red_flags, s.near_misses)} | "
                f"{_frac(s.general_list, s.general)} | "
                f"{s.answers_checked - len(s.answer_problems)}/{s.answers_checked} |")
    return rows


def sign_table(results: dict[str, dict[str, Scores]], signs: list[str], level_of: dict[str, str]) -> list[str]:
    names = list(results)
    header = "| sign | level | " + " | ".join(f"{n} runner | {n} device proxy" for n in names) + " |"
    rows = [header, "| --- | --- | " + " | ".join("--- | ---" for _ in names) + " |"]
    for sign in signs:
        cells = []
        for n in names:
            for recogniser in ("runner", "device proxy"):
                s = results[n][recogniser]
                cells.append(f"{s.right[sign]}/{s.per_sign[sign]} (any {s.warned[sign]})")
        rows.append(f"| {sign} | {level_of[sign]} | " + " | ".join(cells) + " |")
    return rows


def targets(results: dict[str, dict[str, Scores]], emergency: list[str], urgent: list[str]) -> list[str]:
    lines = ["Targets (judged on the held-out set): runner recall >= 98% emergency and >= 90% urgent (right "
             "sign), false alarms <= 5%, device proxy >= 85% emergency (right sign); every warning action first."]
    for name, by in results.items():
        runner, device = by["runner"], by["device proxy"]
        checks = {
            "emergency recall": runner.recall(emergency) >= TARGETS["emergency_recall"],
            "urgent recall": runner.recall(urgent) >= TARGETS["urgent_recall"],
            "false alarms": (runner.false_alarms / runner.near_misses if runner.near_misses else 0.0)
            <= TARGETS["false_alarms"],
            "device proxy emergency recall": device.recall(emergency) >= TARGETS["device_emergency_recall"],
            "answers": not runner.answer_problems and not device.answer_problems,
        }
        verdict = ", ".join(f"{k} {'holds' if ok else 'FAILS'}" for k, ok in checks.items())
        lines.append(f"  {name}{' (held out)' if name in HELD_OUT else ' (development: tuned on)'}: {verdict}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="*", default=None, choices=sorted(SAFETY_SETS),
                        help="which sets (default: every one present)")
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms (development sets only)")
    parser.add_argument("--locale", default="en-US")
    args = parser.parse_args(argv)
    chosen = args.sets or [n for n, p in SAFETY_SETS.items() if p.exists()]
    missing = [n for n in chosen if not SAFETY_SETS[n].exists()]
    if missing:
        print(f"error: no such set file: {', '.join(str(SAFETY_SETS[n]) for n in missing)}", file=sys.stderr)
        return 2
    level_of = levels()
    emergency = [s for s, level in level_of.items() if level == "emergency"]
    urgent = [s for s, level in level_of.items() if level == "urgent"]
    started = time.perf_counter()
    runner, device, check = Runner(args.locale), DeviceProxy(locale=args.locale), AnswerCheck(args.locale)
    results: dict[str, dict[str, Scores]] = {}
    for name in chosen:
        data = load_safety_set(SAFETY_SETS[name])
        results[name] = {"runner": score(runner.answer, data, check),
                         "device proxy": score(device.answer, data, check)}
    print(f"Warning signs ({args.locale}), {time.perf_counter() - started:.1f} s\n")
    print("\n".join(overall_table(results, emergency, urgent)))
    print()
    print("Per sign: right sign / lines (any: answered with a warning at all)\n")
    print("\n".join(sign_table(results, emergency + urgent, level_of)))
    print()
    print("\n".join(targets(results, emergency, urgent)))
    problems = [(n, r, p) for n, by in results.items() for r, s in by.items() for p in s.answer_problems]
    if problems:
        print("\nWarning answers with a problem:")
        for name, recogniser, problem in problems:
            print(f"  {name} {recogniser}: {problem if name not in HELD_OUT else '(held-out line not shown)'}")
    if args.misses:
        for name, by in results.items():
            if name in HELD_OUT:
                print(f"\n{name}: held out; its lines are not printed")
                continue
            for recogniser, s in by.items():
                print(f"\n{name} {recogniser}: missed ({len(s.misses)})")
                for sign, utterance, got in s.misses:
                    print(f"  {sign:<22} -> {str(got):<22} {utterance}")
                print(f"{name} {recogniser}: false alarms ({len(s.alarms)})")
                for kind, utterance, got in s.alarms:
                    print(f"  {kind:<22} -> {str(got):<22} {utterance}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
