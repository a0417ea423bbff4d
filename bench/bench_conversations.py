"""How the skill sounds over whole conversations, and how honestly it answers what the guide does not cover.

Plays the scripted conversations in tests/data/conversations.yaml (written by a helper who never saw the
model or the code) through the local runner and skill.lambda_handler (skill_tools.conversation_quality),
then asks every question of the limits sets (tests/data/limits_*.yaml), one new session each.

    .venv/bin/python bench/bench_conversations.py [--show]

Prints each measure beside issue 10's target: words per spoken turn (median, max), turns over 60 words,
a sentence said again in the very next turn ("repeat" does not count), offers of the topic just heard,
options named in one prompt, and the share of "the guide doesn't cover this" questions answered with an
honest limit rather than a content answer (target on the held-out set: 90%). Exit 1 when a target is missed.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from local_runner.yaml_data import read_yaml  # noqa: E402
from skill_tools.conversation_quality import MAX_OPTIONS, MAX_WORDS, honest_limit_share, measure  # noqa: E402

DATA = REPO / "tests" / "data"
MIN_LIMITS = 0.90


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the turns that miss a target")
    args = parser.parse_args(argv)
    conversations = read_yaml(DATA / "conversations.yaml")["conversations"]
    summary = measure(conversations)
    print(f"Whole conversations: {len(conversations)} scripted conversations, {len(summary.turns)} skill turns "
          "(tests/data/conversations.yaml, through the runner and skill.lambda_handler)")
    print(f"{'measure':42} {'value':>8}  {'target':>8}  met")
    ok = True
    for name, value, target, met in summary.rows():
        ok &= met
        print(f"{name:42} {value:>8}  {target:>8}  {'yes' if met else 'NO'}")
    print("\nHonest limits: questions the guide does not cover answered with a limit, not content "
          "(one new session each)")
    print(f"{'set':28} {'honest':>8} {'of':>5} {'share':>7}  target")
    for path in sorted(DATA.glob("limits_*.yaml")):
        questions = [q["utterance"] for q in read_yaml(path)["limits"]]
        honest, total = honest_limit_share(questions)
        held_out = "holdout" in path.name
        met = honest / total >= MIN_LIMITS
        ok &= met or not held_out
        verdict = ("  met" if met else "  NOT MET") if held_out else ""
        label = f"{path.stem}{' (held out)' if held_out else ''}"
        print(f"{label:28} {honest:>8} {total:>5} {honest / total:>6.1%}  >= {MIN_LIMITS:.0%}{verdict}")
    if args.show:
        print("\nTurns that miss a target:")
        for t in summary.turns:
            problems = [f"{t.words} words"] * (t.words > MAX_WORDS) + [f"said again: {list(t.repeated)}"] * bool(
                t.repeated) + ["re-offer"] * t.reoffer + [f"{t.options} options"] * (t.options > MAX_OPTIONS)
            if problems:
                print(f"  {t.conversation}: {t.utterance!r} -> {t.intent}: {'; '.join(problems)}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
