"""Soak test of the web service: the real gunicorn server under steady concurrent load for minutes.

Starts the app on gunicorn on 127.0.0.1 (verification on, trusting a local test CA, as
``python -m skill_tools.signing serve``; or exactly ``backpain-skill serve --no-verify``), then
*connections* client threads hold whole conversations with it: launch, topic questions with known and
never-seen slot values, next/yes/repeat/help/stop, session ends, CanFulfillIntentRequests, AudioPlayer
and APL events, and malformed bodies (which must get 400). Every answer is checked: the expected
status, and for 200s a response Alexa accepts. Halfway through, one worker is killed with SIGKILL:
gunicorn must replace it, and no request may fail except the one in flight on that worker.

Prints requests, errors, req/s, p50/p99 latency and resident memory (master and each worker) for
the first and the last minute (the baseline and the comparison, same run) and their ratios.
Exits 1 if a check fails: unexplained errors, memory growth beyond noise, or the worker not replaced.

    .venv/bin/python bench/soak.py [--seconds 300] [--connections 8] [--workers 2] [--no-verify]
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from skill.locales import served_locales  # noqa: E402
from skill.topics import TOPICS  # noqa: E402
from skill_tools.signing import LocalCertificateAuthority, RequestSigner, alexa_timestamp  # noqa: E402
from tests.alexa import envelope, slot  # noqa: E402
from tests.response_checks import response_problems  # noqa: E402
from skill_tools.local_server import exchange, free_port, wait_until_healthy  # noqa: E402

#: Memory growth of a worker (after warm-up, to the end) still counted as noise.
NOISE_MB = 2.0
NOISE_FRACTION = 0.05
#: How long after the kill a failed request still counts as "in flight on the killed worker".
KILL_GRACE_S = 2.0
WINDOW_S = 60.0
#: What the clients say and who they are (tests.alexa's user id): must never reach the server log.
PERSONAL_MARKERS = ("thing ", "ibuprofen", "amzn1.ask.account.")


# -- the server -----------------------------------------------------------------------------------------

def start_server(workdir: Path, workers: int, verify: bool) -> tuple[subprocess.Popen, int]:
    port = free_port()
    if verify:
        command = [sys.executable, "-m", "skill_tools.signing", "serve", "--pki-dir", str(workdir / "pki"),
                   "--port", str(port), "--workers", str(workers), "--log-level", "INFO"]
    else:
        command = [sys.executable, "-c", "import sys; from skill_tools.cli import main; sys.exit(main())",
                   "serve", "--no-verify", "--port", str(port), "--workers", str(workers)]
    log = open(workdir / "server.log", "wb")
    proc = subprocess.Popen(command, cwd=REPO, env={**os.environ, "HOME": str(workdir), "LOG_LEVEL": "INFO"},
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_healthy(proc, port, 30, ready=lambda: len(worker_pids(proc.pid)) == workers)
    except RuntimeError:
        proc.kill()
        raise SystemExit(f"soak: the server did not start; see {workdir / 'server.log'}") from None
    return proc, port


def worker_pids(master: int) -> list[int]:
    """The gunicorn workers: the master's child processes."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == master:
                pids.append(int(entry))
    return sorted(pids)


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


@dataclass
class MemorySample:
    at: float
    master: float
    workers: dict[int, float]


# -- the traffic ----------------------------------------------------------------------------------------

Step = Callable[[random.Random], dict[str, Any]]


def intent(name: str, **slots: Any) -> dict[str, Any]:
    return {"type": "IntentRequest", "intent": {"name": name, "confirmationStatus": "NONE", "slots": slots}}


def topic_with_value(rng: random.Random) -> dict[str, Any]:
    """A topic question; slot values known (resolved) or never seen before (unresolved)."""
    topic = rng.choice(TOPICS)
    if not topic.slot:
        return intent(topic.intent)
    if rng.random() < 0.5:
        return intent(topic.intent, **{topic.slot: slot(topic.slot, f"thing {rng.randrange(10**6)}")})  # never seen
    known = {"treatment": ("yoga", "yoga"), "medication": ("ibuprofen", "nsaids"), "symptom": ("fever", "fever")}
    return intent(topic.intent, **{topic.slot: slot(topic.slot, *known[topic.slot])})


#: Conversations as a person has them: lists of steps, each turning a random source into a request.
CONVERSATIONS: list[list[Step]] = [
    [lambda r: {"type": "LaunchRequest"}, lambda r: intent("PtNotWorkingIntent"), lambda r: intent("AMAZON.NextIntent"),
     lambda r: intent("AMAZON.YesIntent"), lambda r: intent("AMAZON.RepeatIntent"), lambda r: intent("AMAZON.StopIntent")],
    [topic_with_value, topic_with_value, lambda r: intent("AMAZON.NoIntent"), lambda r: intent("AMAZON.HelpIntent"),
     lambda r: intent("AMAZON.PreviousIntent"), lambda r: intent("AMAZON.CancelIntent")],
    [lambda r: {"type": "LaunchRequest"}, topic_with_value, lambda r: intent("AMAZON.StartOverIntent"),
     lambda r: intent("AMAZON.FallbackIntent"), lambda r: intent("SomeoneElsesIntent"),
     lambda r: {"type": "SessionEndedRequest", "reason": r.choice(["USER_INITIATED", "EXCEEDED_MAX_REPROMPTS"])}],
    [topic_with_value, lambda r: {"type": "Alexa.Presentation.APL.UserEvent", "arguments": ["x"]},
     lambda r: intent("AMAZON.NextIntent"),
     lambda r: {"type": "SessionEndedRequest", "reason": "ERROR", "error": {"type": "INVALID_RESPONSE", "message": "x"}}],
]
OUTSIDE_SESSIONS: list[Step] = [
    lambda r: {"type": "CanFulfillIntentRequest", **{k: v for k, v in topic_with_value(r).items() if k != "type"}},
    lambda r: {"type": "AudioPlayer.PlaybackStarted", "token": "t", "offsetInMilliseconds": 0},
    lambda r: {"type": "System.ExceptionEncountered", "error": {"type": "INVALID_RESPONSE", "message": "x"},
               "cause": {"requestId": "r"}},
]
MALFORMED_BODIES = [b"", b"{not json", b"[]", b'{"version": "1.0"}', b'{"version": "1.0", "request": {"type": "LaunchRequest"}}']


@dataclass
class Outcome:
    started: float
    ended: float
    kind: str  # "ok", or what went wrong: "status 500", "invalid response", "connection: ..."


@dataclass
class Client:
    port: int
    signer: RequestSigner | None
    deadline: float
    budget: "Budget"
    seed: int
    outcomes: list[Outcome] = field(default_factory=list)

    def send(self, body: bytes, expected: int) -> dict[str, Any] | None:
        headers = self.signer.headers(body) if self.signer else {"Content-Type": "application/json"}
        started = time.monotonic()
        try:
            status, answer = exchange(self.port, body, headers)
        except (OSError, http.client.HTTPException) as exc:
            self.outcomes.append(Outcome(started, time.monotonic(), f"connection: {type(exc).__name__}"))
            return None
        ended = time.monotonic()
        if status != expected:
            self.outcomes.append(Outcome(started, ended, f"status {status} (expected {expected})"))
            return None
        parsed = json.loads(answer)
        if expected == 200 and response_problems(parsed):
            self.outcomes.append(Outcome(started, ended, f"invalid response: {response_problems(parsed)[0]}"))
            return None
        self.outcomes.append(Outcome(started, ended, "ok"))
        return parsed

    def requests(self, rng: random.Random) -> Iterator[tuple[bytes, int, bool]]:
        """(body, expected status, continues the session) for one conversation or one lone request."""
        roll = rng.random()
        locale = rng.choice(sorted(served_locales()))
        if roll < 0.1:
            yield rng.choice(MALFORMED_BODIES), 400, False
        elif roll < 0.25:
            event = envelope(rng.choice(OUTSIDE_SESSIONS)(rng), new=True, attributes=None, locale=locale)
            del event["session"]
            yield self.encode(event), 200, False
        else:
            for step in rng.choice(CONVERSATIONS):
                yield self.encode_step(step(rng), locale), 200, True

    def encode_step(self, request: dict[str, Any], locale: str) -> bytes:
        event = envelope(request, new=self._attributes is None, attributes=self._attributes, locale=locale)
        return self.encode(event)

    def encode(self, event: dict[str, Any]) -> bytes:
        event["request"]["timestamp"] = alexa_timestamp()  # verification allows 150 s of skew
        return json.dumps(event).encode()

    _attributes: dict[str, Any] | None = None

    def run(self) -> None:
        rng = random.Random(self.seed)
        while time.monotonic() < self.deadline and self.budget.take():
            self._attributes = None
            for body, expected, in_session in self.requests(rng):
                answer = self.send(body, expected)
                if answer is None or not in_session:
                    break
                self._attributes = answer.get("sessionAttributes")
                if answer["response"].get("shouldEndSession") or time.monotonic() >= self.deadline:
                    break
                if not self.budget.take():
                    return


class Budget:
    """The most requests the whole run may send (bounded in count as well as in time)."""

    def __init__(self, limit: int) -> None:
        self.left, self.lock = limit, threading.Lock()

    def take(self) -> bool:
        with self.lock:
            self.left -= 1
            return self.left >= 0


# -- the report -----------------------------------------------------------------------------------------

def percentile(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100)[q - 1]


def window_row(name: str, outcomes: list[Outcome], memory: MemorySample | None, seconds: float) -> str:
    ms = [(o.ended - o.started) * 1000 for o in outcomes if o.kind == "ok"]
    errors = sum(o.kind != "ok" for o in outcomes)
    mem = f"{memory.master:7.1f} {' '.join(f'{v:6.1f}' for v in memory.workers.values())}" if memory else ""
    return (f"{name:<16}{len(outcomes):>9}{errors:>8}{len(outcomes) / seconds:>8.0f}"
            f"{statistics.median(ms) if ms else float('nan'):>9.2f}{percentile(ms, 99):>9.2f}   {mem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=300.0, help="length of the load (default 300)")
    parser.add_argument("--max-requests", type=int, default=1_000_000, help="stop after this many requests")
    parser.add_argument("--connections", type=int, default=8, help="concurrent client threads (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--kill-at", type=float, default=0.5, help="kill a worker at this fraction of the run "
                        "(default 0.5; 0 to skip)")
    parser.add_argument("--no-verify", action="store_true", help="run `backpain-skill serve --no-verify` instead "
                        "of the verifying server with a local CA")
    args = parser.parse_args(argv)
    verify = not args.no_verify
    load_before = os.getloadavg()[0]

    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        workdir = Path(tmp)
        signer = None
        if verify:
            ca = LocalCertificateAuthority.create("Soak")
            key, leaf = ca.issue()
            ca.save(workdir / "pki", key, leaf)
            signer = RequestSigner(key)
        proc, port = start_server(workdir, args.workers, verify)
        try:
            result = soak(proc, port, signer, args)
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        server_log = (workdir / "server.log").read_text(errors="replace")
    return report(result, server_log, args, verify, load_before)


@dataclass
class SoakResult:
    outcomes: list[Outcome]
    memory: list[MemorySample]
    started: float
    ended: float
    killed: int | None = None
    killed_at: float | None = None
    replaced_by: int | None = None
    replaced_after: float | None = None
    kill_window: tuple[float, float] | None = None


def soak(proc: subprocess.Popen, port: int, signer: RequestSigner | None, args: argparse.Namespace) -> SoakResult:
    started = time.monotonic()
    deadline = started + args.seconds
    budget = Budget(args.max_requests)
    clients = [Client(port, signer, deadline, budget, seed) for seed in range(args.connections)]
    result = SoakResult([], [], started, deadline)

    def sample() -> None:
        pids = worker_pids(proc.pid)
        result.memory.append(MemorySample(time.monotonic() - started, rss_mb(proc.pid) or 0.0,
                                          {pid: rss_mb(pid) or 0.0 for pid in pids}))

    sample()
    threads = [threading.Thread(target=c.run, daemon=True) for c in clients]
    for thread in threads:
        thread.start()
    kill_at = started + args.seconds * args.kill_at if args.kill_at > 0 else None
    next_sample = time.monotonic() + 5
    before: list[int] = []
    while any(t.is_alive() for t in threads):
        now = time.monotonic()
        if kill_at is not None and now >= kill_at and result.killed is None:
            before = worker_pids(proc.pid)
            result.killed, kill_sent = before[0], time.monotonic()
            os.kill(before[0], signal.SIGKILL)
            result.killed_at = time.monotonic()
            result.kill_window = (kill_sent, result.killed_at)
        if result.killed is not None and result.replaced_by is None:
            current = worker_pids(proc.pid)
            fresh = [p for p in current if p not in before]
            if fresh and len(current) == args.workers:
                result.replaced_by, result.replaced_after = fresh[0], now - result.killed_at
        if now >= next_sample:
            sample()
            next_sample = now + 5
        time.sleep(0.05)
    result.ended = time.monotonic()
    sample()
    for client in clients:
        result.outcomes += client.outcomes
    return result


def report(result: SoakResult, server_log: str, args: argparse.Namespace, verify: bool, load_before: float) -> int:
    outcomes = sorted(result.outcomes, key=lambda o: o.started)
    seconds = result.ended - result.started
    first = [o for o in outcomes if o.started - result.started < WINDOW_S]
    last = [o for o in outcomes if result.ended - o.started <= WINDOW_S]
    warm = next((m for m in result.memory if m.at >= min(WINDOW_S, seconds / 2)), result.memory[0])
    end = result.memory[-1]

    def explained(o: Outcome) -> bool:
        # In flight when the signal went: sent before it, and failed after it was about to be sent.
        if result.kill_window is None or not o.kind.startswith("connection"):
            return False
        kill_sent, kill_done = result.kill_window
        return o.started <= kill_done and kill_sent <= o.ended <= kill_done + KILL_GRACE_S

    failures = [o for o in outcomes if o.kind != "ok"]
    unexplained = [o for o in failures if not explained(o)]
    print(f"soak: {seconds:.0f} s of load, {args.connections} client threads, {args.workers} gunicorn sync workers, "
          f"verification {'on (local test CA)' if verify else 'off (backpain-skill serve --no-verify)'}; "
          f"load average before {load_before:.2f} on {os.cpu_count()} CPUs")
    print(f"{'window':<16}{'requests':>9}{'errors':>8}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}   RSS MB: master, workers")
    print(window_row("first minute", first, warm, min(WINDOW_S, seconds)))
    print(window_row("last minute", last, end, min(WINDOW_S, seconds)))
    print(window_row("whole run", outcomes, None, seconds))
    ok_ms = lambda rows: [(o.ended - o.started) * 1000 for o in rows if o.kind == "ok"]  # noqa: E731
    if ok_ms(first) and ok_ms(last):
        print(f"{'ratio last/first':<16}{len(last) / max(len(first), 1):>9.2f}{'':>8}{'':>8}"
              f"{statistics.median(ok_ms(last)) / statistics.median(ok_ms(first)):>9.2f}"
              f"{percentile(ok_ms(last), 99) / percentile(ok_ms(first), 99):>9.2f}   "
              f"master {end.master / warm.master:.3f}")
    print(f"memory (RSS MB): master {result.memory[0].master:.1f} at start, {warm.master:.1f} after warm-up, "
          f"{end.master:.1f} at end; {len(result.memory)} samples, every 5 s")
    survivors = [pid for pid in result.memory[0].workers if pid in warm.workers and pid in end.workers]
    grew = []
    for pid in survivors:
        growth = end.workers[pid] - warm.workers[pid]
        limit = max(NOISE_MB, NOISE_FRACTION * warm.workers[pid])
        grew.append(growth > limit)
        print(f"  worker {pid}: {result.memory[0].workers.get(pid, float('nan')):.1f} at start, "
              f"{warm.workers[pid]:.1f} after warm-up, {end.workers[pid]:.1f} at end "
              f"(growth {growth:+.1f} MB; noise allowance {limit:.1f} MB)")
    kinds: dict[str, int] = {}
    for o in failures:
        kinds[o.kind] = kinds.get(o.kind, 0) + 1
    if result.killed is not None:
        replaced = (f"replaced by pid {result.replaced_by} after {result.replaced_after:.1f} s"
                    if result.replaced_by else "NOT replaced")
        print(f"worker kill: pid {result.killed} got SIGKILL at {result.killed_at - result.started:.1f} s; {replaced}; "
              f"failed requests in flight on it: {len(failures) - len(unexplained)}")
    if kinds:
        print("failures: " + "; ".join(f"{k}: {n}" for k, n in sorted(kinds.items())))
    for o in unexplained[:10]:
        print(f"  unexplained: {o.kind}, sent at {o.started - result.started:.3f} s, failed at {o.ended - result.started:.3f} s")
    tracebacks = server_log.count("Traceback")
    print(f"server log: {len(server_log.splitlines())} lines, {tracebacks} tracebacks, "
          f"{server_log.count(' ERROR ')} ERROR lines")

    personal = [marker for marker in PERSONAL_MARKERS if marker in server_log]
    checks = {
        "no unexplained errors": not unexplained,
        "no tracebacks in the server log": tracebacks == 0,
        "no slot values or user ids in the server log": not personal,
        "surviving workers' memory flat (within noise)": bool(survivors) and not any(grew),
    }
    if result.killed is not None:
        checks["killed worker replaced"] = result.replaced_by is not None
        # A sync worker serves one request at a time: more than one failure is not "in flight on it".
        checks["at most one request lost with the killed worker"] = len(failures) - len(unexplained) <= 1
    for name, passed in checks.items():
        print(f"check: {name}: {'met' if passed else 'MISSED'}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
