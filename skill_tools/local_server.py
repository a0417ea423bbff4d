"""Run the web service as a real process on 127.0.0.1 and talk to it: for tests and benchmarks.

One copy of the plumbing every local-server user needs: a free port, one HTTP exchange, waiting
until ``GET /health`` answers, and the command that serves the real app trusting a local test CA
(see :mod:`skill_tools.signing`). Nothing here reaches beyond the loopback interface.
"""
from __future__ import annotations

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterator

from skill_tools.signing import DEFAULT_CERT_URL, DEFAULT_SKILL_ID

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def exchange(port: int, body: bytes = b"", headers: dict[str, str] | None = None, path: str = "/",
             method: str = "POST", timeout: float = 10) -> tuple[int, bytes]:
    """One request to the server on 127.0.0.1:*port*; the status and the raw answer."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body if method == "POST" else None, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def wait_until_healthy(proc: subprocess.Popen, port: int, timeout: float, *,
                       ready: Callable[[], bool] = lambda: True, describe: Callable[[], str] = lambda: "") -> None:
    """Return once ``GET /health`` answers 200 (and *ready* holds); raise RuntimeError if the
    process exits first or *timeout* seconds pass. *describe* adds the server's log to the message."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{describe()}")
        try:
            if exchange(port, path="/health", method="GET", timeout=1)[0] == 200 and ready():
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"server did not become healthy in {timeout} s:\n{describe()}")


@contextlib.contextmanager
def server_process(args: list[str], port: int, env: dict[str, str] | None = None,
                   startup_timeout: float = 30.0) -> Iterator[tuple[str, subprocess.Popen]]:
    """Run *args* (a server listening on 127.0.0.1:*port*) until the block ends; yield its URL.

    Output goes to a file so a chatty server can never block on a full pipe; the process object
    gets a ``stderr_text()`` to read it.
    """
    log_file = tempfile.NamedTemporaryFile(prefix="server-", suffix=".log", delete=False)
    full_env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    proc = subprocess.Popen(args, cwd=REPO, env=full_env, stdout=log_file, stderr=subprocess.STDOUT)
    proc.stderr_text = lambda: Path(log_file.name).read_text(errors="replace")  # type: ignore[attr-defined]
    try:
        wait_until_healthy(proc, port, startup_timeout, describe=proc.stderr_text)  # type: ignore[attr-defined]
        yield f"http://127.0.0.1:{port}", proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log_file.close()
        os.unlink(log_file.name)


def local_server_command(pki_dir: Path, port: int, *extra: str, workers: int = 2,
                         cert_url: str | None = DEFAULT_CERT_URL) -> list[str]:
    """The command that serves the real app on gunicorn with verification trusting the local PKI."""
    command = [sys.executable, "-m", "skill_tools.signing", "serve", "--pki-dir", str(pki_dir),
               "--port", str(port), "--workers", str(workers), "--skill-id", DEFAULT_SKILL_ID]
    if cert_url:
        command += ["--cert-url", cert_url]
    return [*command, *extra]
