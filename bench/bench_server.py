"""Load benchmark of the web service: Alexa request verification on versus off, same run.

Starts the real app on gunicorn twice on 127.0.0.1 (verification on, trusting a local test CA
whose signing chain is served from the cache after each worker's first request; and verification
off), then loads both, alternately, with the same signed requests (a mix of launch, topic and
help requests) for several rounds, and prints medians and the on/off ratio. Load generator: wrk
(Debian package ``wrk``) if installed, otherwise a Python client.

    .venv/bin/python bench/bench_server.py [--duration 10] [--rounds 3] [--connections 8]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from skill.topics import TOPICS  # noqa: E402
from skill.webservice.serve import default_workers  # noqa: E402
from skill_tools.local_server import exchange, free_port, local_server_command, wait_until_healthy  # noqa: E402
from skill_tools.signing import (  # noqa: E402
    DEFAULT_SKILL_ID,
    LocalCertificateAuthority,
    RequestSigner,
    encode,
    request_envelope,
)

#: The project's targets for this machine.
MIN_RATIO = 0.75
MAX_P99_MS = 50.0


@dataclass
class RunResult:
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float
    cpu_ms_per_request: float = float("nan")

    @property
    def rps(self) -> float:
        return self.requests / self.seconds


def signed_requests(signer: RequestSigner) -> list[tuple[bytes, dict[str, str]]]:
    """One signed request per topic intent, plus launch and help, all timestamped now."""
    envelopes = [request_envelope()] + [
        request_envelope("IntentRequest", intent=topic.intent) for topic in TOPICS
    ] + [request_envelope("IntentRequest", intent="AMAZON.HelpIntent")]
    return [(body, signer.headers(body)) for body in map(encode, envelopes)]


# --- the servers ---------------------------------------------------------------------------

def start_server(pki_dir: Path, workers: int, verify: bool, home: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    command = local_server_command(pki_dir, port, workers=workers, cert_url=None)
    if not verify:
        command.append("--no-verify")
    proc = subprocess.Popen(command, cwd=REPO, env={**os.environ, "HOME": str(home)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_healthy(proc, port, 30)
    except RuntimeError as exc:
        proc.kill()
        raise SystemExit(f"bench: the {'verifying' if verify else 'plain'} server did not start: {exc}") from None
    return proc, port


def post(port: int, body: bytes, headers: dict[str, str], path: str = "/",
         method: str = "POST") -> tuple[int, bytes]:
    return exchange(port, body, headers, path, method)


def check_server(port: int, requests: list[tuple[bytes, dict[str, str]]], verify: bool, workers: int) -> None:
    """Prove the server answers every request, and that verification is really on (or off)."""
    for body, headers in requests * workers:  # also warms every worker's chain cache
        status, answer = post(port, body, headers)
        if status != 200 or b'"response"' not in answer:
            raise SystemExit(f"bench: a signed request got HTTP {status}: {answer[:200]!r}")
    body, headers = requests[0]
    status, _ = post(port, body + b" ", headers)
    if (status == 400) != verify:
        raise SystemExit(f"bench: a tampered request got HTTP {status} with verification {'on' if verify else 'off'}")


def server_cpu_seconds(master_pid: int) -> float:
    """CPU time (user + system) used so far by a gunicorn master and its workers, from /proc.

    Unlike throughput, CPU time per request does not change when other processes compete for the
    CPUs, so it measures the cost of verification even on a busy machine.
    """
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        pid, ppid = int(stat_file.parent.name), int(fields[1])
        if master_pid in (pid, ppid):
            total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


# --- load generators -----------------------------------------------------------------------

WRK_SCRIPT = """
local requests = {}
local i = 0
%(requests)s
request = function()
  i = i %% #requests + 1
  return requests[i]
end
done = function(summary, latency, _)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %%d, "seconds": %%f, "errors": %%d, "p50_us": %%f, "p99_us": %%f}\\n',
    summary.requests, summary.duration / 1e6,
    e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
"""


def lua_string(text: str) -> str:
    level = "=" * 4
    assert f"]{level}]" not in text
    return f"[{level}[{text}]{level}]"


def run_wrk(port: int, requests, seconds: float, connections: int, threads: int, workdir: Path) -> RunResult:
    lines = []
    for body, headers in requests:
        lua_headers = ", ".join(f"[ {lua_string(k)} ] = {lua_string(v)}" for k, v in headers.items())
        lines.append(f'table.insert(requests, wrk.format("POST", "/", {{{lua_headers}}}, '
                     f'{lua_string(body.decode())}))')
    script = workdir / "requests.lua"
    script.write_text(WRK_SCRIPT % {"requests": "\n".join(lines)})
    result = subprocess.run(
        ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds:g}s", "--timeout", "5s",
         "-s", str(script), f"http://127.0.0.1:{port}/"],
        capture_output=True, text=True,
    )
    if result.returncode != 0 or result.stderr.strip():  # wrk only warns about Lua errors
        raise SystemExit(f"bench: wrk failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
    stats = json.loads(result.stdout.strip().splitlines()[-1])
    return RunResult(stats["requests"], stats["errors"], stats["seconds"],
                     stats["p50_us"] / 1000, stats["p99_us"] / 1000)


def run_python(port: int, requests, seconds: float, connections: int, threads: int, workdir: Path) -> RunResult:
    """A fallback load generator: *connections* threads, each sending requests back to back."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker(offset: int) -> None:
        mine, bad, i = [], 0, offset
        while time.perf_counter() < deadline:
            body, headers = requests[i % len(requests)]
            i += 1
            started = time.perf_counter()
            try:
                status, _ = post(port, body, headers)
            except OSError:
                status = 0
            mine.append(time.perf_counter() - started)
            bad += status != 200
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    started = time.perf_counter()
    pool = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    return RunResult(len(latencies), errors[0], elapsed, cuts[49] * 1000, cuts[98] * 1000)


def verification_micro_us(key, root_pem: bytes, chain_pem: bytes) -> float:
    """In-process cost of all verification checks for one request, in µs (best of 5 x 2000)."""
    from skill.webservice.envelope import parse_envelope
    from skill_tools.signing import DEFAULT_CERT_URL, local_verifier
    from skill.webservice.verification import check_skill_id

    verifier = local_verifier(root_pem, {DEFAULT_CERT_URL: chain_pem})
    body = encode(request_envelope("IntentRequest", intent=TOPICS[0].intent))
    headers = RequestSigner(key).headers(body)
    envelope = parse_envelope(body)
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(2000):
            verifier.verify_signature(headers, body)
            verifier.verify_timestamp(envelope)
            check_skill_id(envelope, DEFAULT_SKILL_ID)
        best = min(best, (time.perf_counter() - started) / 2000 * 1e6)
    return best


# --- the report ----------------------------------------------------------------------------

def summarize(results: list[RunResult]) -> dict[str, float]:
    return {
        "rps": statistics.median(r.rps for r in results),
        "p50": statistics.median(r.p50_ms for r in results),
        "p99": statistics.median(r.p99_ms for r in results),
        "cpu": statistics.median(r.cpu_ms_per_request for r in results),
        "requests": sum(r.requests for r in results),
        "errors": sum(r.errors for r in results),
    }


def paired_ratio(off: list[RunResult], on: list[RunResult]) -> float:
    """Median of per-round on/off throughput ratios: each pair ran back to back, so load from
    other processes on the machine affects both sides of a pair alike."""
    return statistics.median(b.rps / a.rps for a, b in zip(off, on, strict=True))


def print_table(off: dict[str, float], on: dict[str, float], ratio: float, header: str) -> None:
    print(header)
    print(f"{'mode':<14}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'CPU ms/req':>12}{'requests':>11}{'errors':>8}")
    for name, row in (("verify off", off), ("verify on", on)):
        print(f"{name:<14}{row['rps']:>10.0f}{row['p50']:>10.2f}{row['p99']:>10.2f}{row['cpu']:>12.3f}"
              f"{row['requests']:>11.0f}{row['errors']:>8.0f}")
    print(f"{'ratio on/off':<14}{ratio:>10.2f}{on['p50'] / off['p50']:>10.2f}"
          f"{on['p99'] / off['p99']:>10.2f}{on['cpu'] / off['cpu']:>12.2f}"
          "   (req/s: median of per-round ratios)")
    print(f"server CPU per request: verification adds {on['cpu'] - off['cpu']:.3f} ms, so a CPU-bound "
          f"server keeps {off['cpu'] / on['cpu']:.0%} of its throughput")
    print(f"target: verification costs <= 25% of throughput (ratio >= {MIN_RATIO}): "
          f"{'met' if ratio >= MIN_RATIO else 'MISSED'} ({(1 - ratio) * 100:.1f}% cost)")
    print(f"target: p99 < {MAX_P99_MS:.0f} ms with verification on: "
          f"{'met' if on['p99'] < MAX_P99_MS else 'MISSED'}")
    print(f"target: 0 errors: {'met' if on['errors'] + off['errors'] == 0 else 'MISSED'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=4.0, help="seconds per run (default 4)")
    parser.add_argument("--rounds", type=int, default=6, help="runs per mode, alternating (default 6)")
    parser.add_argument("--workers", type=int, default=default_workers(), help="gunicorn workers")
    parser.add_argument("--connections", type=int, default=8, help="concurrent connections (default 8)")
    parser.add_argument("--threads", type=int, default=1,
                        help="wrk threads (default 1: leaves the CPUs to the server)")
    parser.add_argument("--client", choices=("auto", "wrk", "python"), default="auto")
    args = parser.parse_args(argv)
    client = args.client if args.client != "auto" else ("wrk" if shutil.which("wrk") else "python")
    load = run_wrk if client == "wrk" else run_python

    load_before = os.getloadavg()[0]  # other processes skew every figure; say how busy it was
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        workdir = Path(tmp)
        ca = LocalCertificateAuthority.create("Bench")
        key, leaf = ca.issue()
        ca.save(workdir / "pki", key, leaf)
        signer = RequestSigner(key)
        micro_us = verification_micro_us(key, ca.root_pem(), ca.chain_pem(leaf))
        servers = {verify: start_server(workdir / "pki", args.workers, verify, workdir) for verify in (False, True)}
        try:
            results: dict[bool, list[RunResult]] = {False: [], True: []}
            for _ in range(args.rounds):
                for verify in (False, True):
                    port = servers[verify][1]
                    requests = signed_requests(signer)  # fresh timestamps for every run
                    check_server(port, requests, verify, args.workers)
                    cpu_before = server_cpu_seconds(servers[verify][0].pid)
                    result = load(port, requests, args.duration, args.connections, args.threads, workdir)
                    cpu = server_cpu_seconds(servers[verify][0].pid) - cpu_before
                    result.cpu_ms_per_request = cpu * 1000 / max(result.requests, 1)
                    results[verify].append(result)
        finally:
            for proc, _ in servers.values():
                proc.terminate()
                proc.wait(timeout=15)

    off, on = summarize(results[False]), summarize(results[True])
    tool = (f"wrk -t{args.threads} -c{args.connections}" if client == "wrk"
            else f"python client, {args.connections} threads")
    print_table(off, on, paired_ratio(results[False], results[True]), (
        f"Web service load: gunicorn {args.workers} sync workers on 127.0.0.1, {os.cpu_count()} CPUs; "
        f"{tool}; {len(signed_requests(signer))} distinct signed requests; "
        f"{args.rounds} rounds x {args.duration:g} s per mode; medians of rounds; "
        f"load average before/after {load_before:.1f}/{os.getloadavg()[0]:.1f}"
    ))
    print(f"verification checks in-process (chain cached): {micro_us:.1f} µs per request")
    for verify, name in ((False, "off"), (True, "on")):
        print(f"rounds, verify {name}: req/s " + ", ".join(f"{r.rps:.0f}" for r in results[verify])
              + "; p99 ms " + ", ".join(f"{r.p99_ms:.1f}" for r in results[verify]))
    return 1 if on["errors"] + off["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
