"""Utterance understanding: the local runner's NLU next to an exact-match baseline, same run.

The baseline is virtual-alexa's method, the runner's ``--nlu exact`` (local_runner/nlu/exact.py):
every sample utterance compiled to a regular expression with its slots as wildcards, lower-cased
and stripped of punctuation, exact whole-utterance match only, a custom slot holding one of its
values or synonyms, the sample with the most literal text first; Amazon's built-in phrasings are
given to it too. It has no fallback: an utterance that matches nothing is unanswered (no intent).

Both are scored on the four development sets (tests/data/nlu_dev.yaml, nlu_dev2.yaml,
nlu_dev3.yaml, nlu_dev4.yaml, used for tuning) and on the two held-out sets (tests/data/nlu_holdout.yaml, nlu_holdout2.yaml, never
read or tuned on; only their aggregate figures are looked at): in-scope questions answered with the
right topic, named treatments/medications resolved to the right id, out-of-scope requests sent
to AMAZON.FallbackIntent (and, for the baseline's sake, given no topic at all), built-ins
understood, and the median time per utterance.

    .venv/bin/python bench/bench_nlu.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from local_runner.nlu import Nlu  # noqa: E402
from local_runner.nlu.evaluation import Scores, evaluate, load_set, nlu_resolver  # noqa: E402
from local_runner.nlu.exact import ExactNlu  # noqa: E402
from interaction_model.model import load as load_model, read as read_model  # noqa: E402

DATA = REPO / "tests" / "data"
SETS = {
    "dev": DATA / "nlu_dev.yaml",
    "dev2": DATA / "nlu_dev2.yaml",
    "dev3": DATA / "nlu_dev3.yaml",
    "dev4": DATA / "nlu_dev4.yaml",
    "holdout": DATA / "nlu_holdout.yaml",
    "holdout2": DATA / "nlu_holdout2.yaml",
}
#: The brief's targets (in-scope topic, out-of-scope fallback, built-ins, median ms per utterance).
TARGETS = {"in_scope": 0.95, "out_of_scope_fallback": 0.90, "built_in": 0.95, "median_ms": 2.0}


def _timed_build(factory):
    start = time.perf_counter()
    built = factory()
    return built, (time.perf_counter() - start) * 1000


def _best_of(resolve, data: dict, repeat: int) -> Scores:
    """Score once; time per utterance as the median over *repeat* passes (steadier figures)."""
    runs = [evaluate(resolve, data) for _ in range(repeat)]
    best = runs[0]
    best.median_ms = statistics.median(r.median_ms for r in runs)
    return best


def _pct(value: float) -> str:
    return f"{value * 100:5.1f}%"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timing passes per set (default 5)")
    parser.add_argument("--model", type=Path, default=None, help="interaction model JSON")
    args = parser.parse_args(argv)

    model = load_model() if args.model is None else read_model(args.model)
    ours, ours_build = _timed_build(lambda: Nlu(model))
    baseline, base_build = _timed_build(lambda: ExactNlu(model))
    resolvers = {"ours": nlu_resolver(ours), "exact-match": baseline.baseline}

    header = (f"{'set':8} {'resolver':12} {'n in/out/bi':>12} {'in-scope':>9} {'slots':>7} "
              f"{'OOS->fallback':>14} {'OOS no topic':>13} {'built-ins':>10} {'median ms':>10}")
    print(f"NLU benchmark - model: {args.model or 'interaction_model/en-US.json'}")
    print(f"build time: ours {ours_build:.0f} ms, exact-match {base_build:.0f} ms")
    print(header)
    print("-" * len(header))
    results: dict[tuple[str, str], Scores] = {}
    for set_name, path in SETS.items():
        if not path.exists():
            print(f"{set_name:8} (missing: {path})")
            continue
        data = load_set(path)
        for name, resolve in resolvers.items():
            s = _best_of(resolve, data, args.repeat)
            results[(set_name, name)] = s
            counts = f"{s.counts['in_scope']}/{s.counts['out_of_scope']}/{s.counts['built_in']}"
            print(f"{set_name:8} {name:12} {counts:>12} {_pct(s.in_scope):>9} {_pct(s.slots):>7} "
                  f"{_pct(s.out_of_scope_fallback):>14} {_pct(s.out_of_scope_no_topic):>13} "
                  f"{_pct(s.built_in):>10} {s.median_ms:10.3f}")
    print()
    for set_name in SETS:
        if (set_name, "ours") not in results:
            continue
        ours_s, base_s = results[(set_name, "ours")], results[(set_name, "exact-match")]
        ratio = ours_s.median_ms / base_s.median_ms if base_s.median_ms else float("inf")
        verdict = ", ".join(
            f"{label} {'met' if ok else 'MISSED'}" for label, ok in (
                ("in-scope >= 95%", ours_s.in_scope >= TARGETS["in_scope"]),
                ("OOS fallback >= 90%", ours_s.out_of_scope_fallback >= TARGETS["out_of_scope_fallback"]),
                ("built-ins >= 95%", ours_s.built_in >= TARGETS["built_in"]),
                ("median <= 2 ms", ours_s.median_ms <= TARGETS["median_ms"]),
            ))
        print(f"{set_name}: in-scope {ours_s.in_scope / base_s.in_scope if base_s.in_scope else float('inf'):.1f}x "
              f"the baseline's; time per utterance {ratio:.1f}x the baseline's; targets: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
