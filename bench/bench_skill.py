"""Cold start and per-request time of Back Pain Guide vs Amazon's hello-world skill, side by side.

Run: python bench/bench_skill.py [--requests N] [--cold-runs N]
Both skills go through their Lambda entry points on the same machine in the same run; the table
reports medians and the ratio to the hello-world baseline (targets: per request <= 1.3x, cold
start <= 1.5x).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from tests.alexa import envelope  # noqa: E402  (one envelope builder for tests and benchmarks)

COLD = {
    # import + build + first response, as a Lambda cold start pays it
    "back pain guide": "from skill import lambda_handler as h",
    "hello world": "from hello_world_skill import lambda_handler as h",
}
# The envelope is a literal, so the child imports nothing but the skill under test before t0.
COLD_SCRIPT = """
import sys, time; sys.path[:0] = {paths!r}
event = {event!r}
t0 = time.perf_counter()
{import_line}
t1 = time.perf_counter()
h(event, None)
t2 = time.perf_counter()
print(t1 - t0, t2 - t0)
"""


def intent(name: str) -> dict:
    return {"type": "IntentRequest", "intent": {"name": name, "confirmationStatus": "NONE", "slots": {}}}


MIXES = {
    "back pain guide": [{"type": "LaunchRequest"}, intent("PtNotWorkingIntent"), intent("AMAZON.HelpIntent")],
    "hello world": [{"type": "LaunchRequest"}, intent("HelloWorldIntent"), intent("AMAZON.HelpIntent")],
}


def cold_start(name: str, runs: int) -> tuple[float, float]:
    """Median (import+build, first response) seconds over *runs* fresh interpreters."""
    event = envelope({"type": "LaunchRequest"}, new=True, attributes=None)
    script = COLD_SCRIPT.format(paths=[str(ROOT), str(ROOT / "bench")], event=event, import_line=COLD[name])
    samples = [tuple(map(float, subprocess.run([sys.executable, "-c", script], check=True, capture_output=True,
                                               text=True).stdout.split())) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def per_request(handlers: dict, requests: int) -> dict[str, float]:
    """Median seconds per request for each skill, run in interleaved blocks so noise hits both alike."""
    times: dict[str, list[float]] = {name: [] for name in handlers}
    envelopes = {name: [envelope(r, new=False, attributes={}) for r in MIXES[name]] for name in handlers}
    for _ in range(max(1, requests // 100)):
        for name, handler in handlers.items():
            for i in range(100):
                env = envelopes[name][i % 3]
                start = time.perf_counter()
                handler(env, None)
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=6000, help="requests per skill (default 6000)")
    parser.add_argument("--cold-runs", type=int, default=11, help="fresh interpreters per skill (default 11)")
    args = parser.parse_args()

    cold = {name: cold_start(name, args.cold_runs) for name in COLD}
    from hello_world_skill import lambda_handler as hello
    from skill import lambda_handler as ours

    warm = per_request({"back pain guide": ours, "hello world": hello}, args.requests)
    base, mine = "hello world", "back pain guide"
    rows = [
        ("cold start: import + build (ms)", cold[mine][0] * 1e3, cold[base][0] * 1e3, 1.5),
        ("cold start: to first response (ms)", cold[mine][1] * 1e3, cold[base][1] * 1e3, 1.5),
        ("per request, median (ms)", warm[mine] * 1e3, warm[base] * 1e3, 1.3),
    ]
    print(f"{'measure':38} {'back pain guide':>16} {'hello world':>12} {'ratio':>7} {'target':>7}  ok")
    failed = False
    for label, value, baseline, target in rows:
        ratio = value / baseline
        failed |= ratio > target
        print(f"{label:38} {value:16.3f} {baseline:12.3f} {ratio:7.2f} {target:6.1f}x  {'yes' if ratio <= target else 'NO'}")
    print(f"({args.cold_runs} cold starts and {args.requests} requests per skill; medians; Python {sys.version.split()[0]})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
