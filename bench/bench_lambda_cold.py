"""The Lambda cold start as deployed: Back Pain Guide vs a hello-world ask-sdk-core skill, both packaged alike.

Run: python bench/bench_lambda_cold.py [--runs N] [--python PATH]

Both skills are bundled by the project's own packaging code (skill_tools.package: the code, its runtime
dependencies copied from this environment, a reproducible zip), once with bytecode compiled by the
measuring interpreter (unchecked-hash .pyc, as `package` ships them) and once without. Each zip is
unpacked into a folder made read-only, as Lambda's /var/task is, and every run is a fresh `python -I -B`
that can see nothing but that folder: with the modules the Lambda runtime has loaded itself already
imported (RUNTIME_IMPORTS), it imports the handler, builds the skill and answers one LaunchRequest
(and, for this skill, once more from an Echo Show, whose answer renders the APL document). Runs
alternate between the skills so machine noise hits both alike. The table gives
medians in milliseconds, the ratio to the hello-world baseline, and the warning lines the import
printed (they would reach CloudWatch on every cold start). Target: with bytecode, at most 1.3 times
the baseline to the first response. The interpreter is Python 3.12, Lambda's runtime, when one is
found on this machine (see skill_tools.runtime_python); the table says which one ran.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from packaging.requirements import Requirement  # noqa: E402

from skill_tools.package import (  # noqa: E402
    LAMBDA_PYTHON, Dependencies, compile_bytecode, copy_installed, package, write_zip,
)
from skill_tools.project import locate  # noqa: E402
from skill_tools.runtime_python import find_python, python_version  # noqa: E402
from tests.alexa import envelope  # noqa: E402  (one envelope builder for tests and benchmarks)

SITE_PACKAGES = Path(sysconfig.get_paths()["purelib"])
TARGET = 1.3
#: What each skill's Lambda handler is, as the runtime imports it ("module.function").
HANDLERS = {"back pain guide": "skill.lambda_handler", "hello world": "hello_world_skill.lambda_handler"}
#: The modules the Lambda runtime itself has loaded before it imports the handler (awslambdaric's
#: bootstrap.py, aws/aws-lambda-python-runtime-interface-client): a deployed cold start never pays them.
RUNTIME_IMPORTS = "importlib, json, logging, os, sys, time, traceback"
#: The child's whole program: the event is a literal, so nothing but the runtime's own modules and the
#: bundle is imported before t0.
CHILD = """
import {runtime}
sys.path.insert(0, {bundle!r})
event = {event!r}
t0, c0 = time.perf_counter(), time.process_time()
from {module} import {function} as handler
t1 = time.perf_counter()
response = handler(event, None)
t2, c2 = time.perf_counter(), time.process_time()
print(json.dumps({{"import": t1 - t0, "first": t2 - t0, "cpu": c2 - c0,
                  "spoke": bool(response["response"].get("outputSpeech"))}}))
"""


def build_sources(work: Path) -> dict[str, Path]:
    """Each skill's Lambda folder, sources only, built by the project's packaging code."""
    ours = work / "ours"
    package(ours, project=locate(cwd=ROOT), dependencies=Dependencies(site_packages=SITE_PACKAGES), bytecode=False)
    hello = work / "hello" / "lambda"
    hello.mkdir(parents=True)
    shutil.copyfile(ROOT / "bench" / "hello_world_skill.py", hello / "hello_world_skill.py")
    copy_installed(hello, [Requirement("ask-sdk-core")], SITE_PACKAGES)
    return {"back pain guide": ours / "lambda", "hello world": hello}


def bundle(source: Path, work: Path, name: str, python: Path | None) -> Path:
    """Zip *source* (compiled by *python* first, if given), unpack it and make the copy read-only."""
    staged = work / f"{name}-staged"
    shutil.copytree(source, staged)
    if python is not None:
        compile_bytecode(staged, python)
    archive = work / f"{name}.zip"
    write_zip(staged, archive)
    unpacked = work / f"{name}-unpacked"
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(unpacked)
    for path in sorted(unpacked.rglob("*"), reverse=True):
        path.chmod(0o555 if path.is_dir() else 0o444)
    unpacked.chmod(0o555)
    return unpacked


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def cold_start(python: Path, folder: Path, handler: str, event: dict) -> tuple[float, float, float, int]:
    """One fresh interpreter: (import + build, to first response, CPU time to first response) in seconds,
    and the warning lines it printed."""
    module, function = handler.rsplit(".", 1)
    script = CHILD.format(runtime=RUNTIME_IMPORTS, bundle=str(folder), event=event, module=module, function=function)
    # -I: no site-packages of ours, no PYTHONPATH, no current directory; -B: never write bytecode
    # (root ignores the read-only bits, and a written cache would make the next run a warm one).
    result = subprocess.run([str(python), "-I", "-B", "-c", script], capture_output=True, text=True, check=True)
    report = json.loads(result.stdout)
    if not report["spoke"]:
        raise RuntimeError(f"{handler} in {folder} did not answer the LaunchRequest")
    warnings = sum("Warning" in line for line in result.stderr.splitlines())
    return report["import"], report["first"], report["cpu"], warnings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="cold starts per skill and variant (default 21)")
    parser.add_argument("--python", type=Path, help=f"interpreter to measure with (default: a Python {LAMBDA_PYTHON})")
    args = parser.parse_args()
    python = args.python or find_python(LAMBDA_PYTHON) or Path(sys.executable)
    version = python_version(python)
    if version is None:
        print(f"error: {python} is not a working Python interpreter", file=sys.stderr)
        return 2
    event = envelope({"type": "LaunchRequest"}, new=True, attributes=None)
    screen_event = envelope({"type": "LaunchRequest"}, new=True, attributes=None, screen=True)

    with tempfile.TemporaryDirectory(prefix="bench-cold-") as tmp:
        work = Path(tmp)
        sources = build_sources(work)
        folders = {(name, compiled): bundle(src, work, f"{name.replace(' ', '-')}-{compiled}",
                                            python if compiled else None)
                   for name, src in sources.items() for compiled in (True, False)}
        before = {key: listing(folder) for key, folder in folders.items()}
        samples: dict[tuple[str, bool], list[tuple[float, float, float, int]]] = {key: [] for key in folders}
        on_screen: list[tuple[float, float, float, int]] = []
        for _ in range(args.runs):
            for key, folder in folders.items():  # alternate: noise hits every variant alike
                samples[key].append(cold_start(python, folder, HANDLERS[key[0]], event))
            # The same bundle asked from an Echo Show: the answer also renders the APL document.
            on_screen.append(cold_start(python, folders[("back pain guide", True)], HANDLERS["back pain guide"],
                                        screen_event))
        unchanged = all(listing(folder) == before[key] for key, folder in folders.items())
        for folder in folders.values():  # let the temporary directory be removed
            for path in [folder, *folder.rglob("*")]:
                path.chmod(0o755 if path.is_dir() else 0o644)

    def median(key: tuple[str, bool], index: int) -> float:
        return statistics.median(s[index] for s in samples[key]) * 1e3

    print(f"Lambda cold start from the unpacked zip, read-only, fresh `python -I -B` per run "
          f"({args.runs} runs each; medians in ms)")
    print(f"interpreter: Python {version} at {python}"
          + ("" if version == LAMBDA_PYTHON else f"  (NOT the Lambda runtime's Python {LAMBDA_PYTHON})"))
    print()
    print("| bytecode | measure | back pain guide | hello world | ratio | target |")
    print("| --- | --- | --- | --- | --- | --- |")
    failed = False
    for compiled in (True, False):
        label = "yes (unchecked-hash .pyc)" if compiled else "no (sources only)"
        for index, measure in ((0, "import + build"), (1, "to first response"), (2, "CPU time to first response")):
            ours, base = median(("back pain guide", compiled), index), median(("hello world", compiled), index)
            ratio = ours / base
            target = f"<= {TARGET}" if compiled and index == 1 else ""
            failed |= bool(target) and ratio > TARGET
            print(f"| {label} | {measure} | {ours:.1f} | {base:.1f} | {ratio:.2f} | {target} |")
        warnings = [max(s[3] for s in samples[(name, compiled)]) for name in HANDLERS]
        print(f"| {label} | warning lines printed | {warnings[0]} | {warnings[1]} | | {'0' if compiled else ''} |")
        failed |= compiled and any(warnings)
    screen_ms = statistics.median(s[1] for s in on_screen) * 1e3
    print(f"| yes (unchecked-hash .pyc) | to first response, asked from an Echo Show (renders the screen) | "
          f"{screen_ms:.1f} | {median(('hello world', True), 1):.1f} (voice only) | "
          f"{screen_ms / median(('hello world', True), 1):.2f} | |")
    print()
    print(f"read-only copies unchanged after every run: {'yes' if unchanged else 'NO'}")
    print("target met" if not failed and unchanged else "TARGET MISSED")
    return 0 if not failed and unchanged else 1


if __name__ == "__main__":
    sys.exit(main())
