"""The web service as real processes on 127.0.0.1, over HTTP: gunicorn serving the real app and
skill (verification trusting the local test CA), `backpain-skill serve`, and the documented
`gunicorn skill.webservice.wsgi:app` command."""
from __future__ import annotations

import contextlib
import http.client
import os
import re
import select
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

import pytest

from skill_tools.signing import DEFAULT_SKILL_ID, request_envelope
from tests.alexa import speech
from tests.runner_helpers import CLI_COMMAND
from tests.webservice_helpers import (
    REPO,
    exchange,
    free_port,
    local_server_command,
    make_pki,
    post,
    server_process,
)

BACKPAIN_SKILL = [sys.executable, "-m", "skill_tools.cli"]


@pytest.fixture(scope="module")
def verifying_server(tmp_path_factory):
    pki = make_pki()
    pki_dir = tmp_path_factory.mktemp("pki")
    pki.ca.save(pki_dir, pki.key, pki.leaf)
    port = free_port()
    with server_process(local_server_command(pki_dir, port), port) as (url, _proc):
        yield url, pki


def test_a_signed_launch_request_is_answered_by_the_skill(verifying_server) -> None:
    url, pki = verifying_server
    status, answer = post(url, *pki.signed())
    assert status == 200
    assert "Back Pain Guide" in speech(answer)


def test_a_tampered_body_is_rejected_over_http(verifying_server) -> None:
    url, pki = verifying_server
    body, headers = pki.signed(request_envelope("IntentRequest", intent="SurgeryIntent"))
    status, answer = post(url, body.replace(b"Surgery", b"Summary"), headers)
    assert (status, answer["check"]) == (400, "signature")


def test_a_request_for_another_skill_is_rejected_over_http(verifying_server) -> None:
    url, pki = verifying_server
    status, answer = post(url, *pki.signed(request_envelope(skill_id="amzn1.ask.skill.other")))
    assert (status, answer["check"]) == (400, "skill_id")


def test_an_unsigned_request_is_rejected_over_http(verifying_server) -> None:
    url, _pki = verifying_server
    status, answer = post(url, b'{"version": "1.0"}', {"Content-Type": "application/json"})
    assert (status, answer["check"]) == (400, "signature_missing")


def test_an_oversized_chunked_body_is_refused_with_413(verifying_server) -> None:
    url, _pki = verifying_server
    conn = http.client.HTTPConnection("127.0.0.1", int(url.rsplit(":", 1)[1]), timeout=10)
    conn.request("POST", "/", body=iter([b"x" * 16384] * 8), encode_chunked=True)
    assert conn.getresponse().status == 413
    conn.close()


def test_serve_refuses_to_start_without_a_skill_id(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(BACKPAIN_SKILL + ["serve", "--port", str(free_port())], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "ALEXA_SKILL_ID" in result.stderr and "--skill-id" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_no_verify_runs_gunicorn_and_warns_loudly(tmp_path: Path) -> None:
    port = free_port()
    command = BACKPAIN_SKILL + ["serve", "--no-verify", "--port", str(port), "--workers", "1"]
    with server_process(command, port, env={"HOME": str(tmp_path)}) as (url, proc):
        status, answer = post(url, *_unsigned(request_envelope()))
        assert status == 200 and "Back Pain Guide" in speech(answer)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/health")
        assert conn.getresponse().getheader("Server", "").startswith("gunicorn")
        conn.close()
        log = proc.stderr_text()
    assert "VERIFICATION IS OFF" in log


def test_the_documented_gunicorn_command_serves_the_app(tmp_path: Path) -> None:
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "--workers", "1", "--bind", f"127.0.0.1:{port}",
               "skill.webservice.wsgi:app"]
    env = {"ALEXA_SKILL_ID": DEFAULT_SKILL_ID, "LOG_LEVEL": "INFO", "HOME": str(tmp_path)}
    with server_process(command, port, env=env) as (url, proc):
        status, answer = post(url, *_unsigned(request_envelope()))
        assert (status, answer["check"]) == (400, "signature_missing")  # verification is on
        log = proc.stderr_text()
    assert "check=signature_missing" in log


def _unsigned(envelope: dict) -> tuple[bytes, dict[str, str]]:
    from skill_tools.signing import encode

    return encode(envelope), {"Content-Type": "application/json"}


def test_the_gunicorn_entry_point_refuses_to_boot_without_a_skill_id(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    command = [sys.executable, "-m", "gunicorn", "--workers", "1", "--bind", f"127.0.0.1:{free_port()}",
               "skill.webservice.wsgi:app"]
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 4  # gunicorn's "App failed to load": it stops instead of retrying
    [message] = [line for line in result.stderr.splitlines() if "skill.webservice.wsgi" in line]
    assert message == ("skill.webservice.wsgi: error: ALEXA_SKILL_ID is not set: request verification needs the "
                       "skill id (ALEXA_SKILL_ID=amzn1.ask.skill.…), or, for local testing only, turn verification "
                       "off with ALEXA_VERIFY=off")
    assert "Traceback" not in result.stderr and "--skill-id" not in result.stderr


# --- the first minute: where it listens, and one-line errors ----------------------------------

@contextlib.contextmanager
def announced_server(*options: str, env: dict[str, str] | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """`backpain-skill serve OPTIONS` until the block ends; yields the URL from its "listening on" line."""
    log = tempfile.TemporaryFile(mode="w+")
    proc = subprocess.Popen(BACKPAIN_SKILL + ["serve", *options], cwd=REPO, stdout=subprocess.PIPE, stderr=log,
                            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})
    proc.log_text = lambda: (log.seek(0), log.read())[1]  # type: ignore[attr-defined]
    try:
        ready = select.select([proc.stdout], [], [], 30)[0]
        line = proc.stdout.readline() if ready else ""
        match = re.fullmatch(r"listening on (http://127\.0\.0\.1:(\d+)) \((.+)\)\n", line)
        assert match, f"no 'listening on' line: {line!r}\n{proc.log_text()}"
        yield match[1], proc
    finally:
        proc.terminate()
        proc.wait(timeout=15)
        log.close()


def test_serve_port_0_says_which_port_it_listens_on_and_log_level_info_logs_each_request(tmp_path: Path) -> None:
    with announced_server("--no-verify", "--port", "0", "--workers", "1", "--log-level", "INFO",
                          env={"HOME": str(tmp_path)}) as (url, proc):
        port = int(url.rsplit(":", 1)[1])
        assert port > 0
        assert exchange(port, path="/health", method="GET")[0] == 200
        status, _ = post(url, *_unsigned(request_envelope()))
        assert status == 200
        time.sleep(0.3)
        assert "answered request_id=" in proc.log_text()  # `serve --log-level INFO`: one line of three


def test_the_dev_server_announces_itself_and_logs_without_colour_codes(tmp_path: Path) -> None:
    with announced_server("--no-verify", "--dev", "--port", "0", "--log-level", "INFO",
                          env={"HOME": str(tmp_path)}) as (url, proc):
        port = int(url.rsplit(":", 1)[1])
        assert exchange(port, path="/missing", method="GET")[0] == 404
        time.sleep(0.3)
        log = proc.log_text()
    assert '"GET /missing HTTP/1.1" 404' in log
    assert "\x1b[" not in log


def test_serve_bad_port_and_busy_port_are_one_line_errors(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path)}
    bad = subprocess.run(BACKPAIN_SKILL + ["serve", "--no-verify", "--port", "70000"], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2
    assert bad.stderr.splitlines() == [
        "backpain-skill serve: error: --port 70000 is not a TCP port: use 1 to 65535, or 0 for any free port"]
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        for dev in ([], ["--dev"]):
            started = time.monotonic()
            taken = subprocess.run(BACKPAIN_SKILL + ["serve", "--no-verify", "--port", str(port), *dev], cwd=REPO,
                                   env=env, capture_output=True, text=True, timeout=60)
            assert taken.returncode == 2 and time.monotonic() - started < 10
            assert taken.stderr.splitlines() == [
                f"backpain-skill serve: error: 127.0.0.1:{port} is already in use (is another server running "
                "there?): stop it, or choose another --port (--port 0 picks a free one)"]


def test_ask_against_a_verifying_server_says_what_to_do(verifying_server) -> None:
    url, _pki = verifying_server
    result = subprocess.run([*CLI_COMMAND, "ask", "--no-voice", "--endpoint", url + "/", "hello"], cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert '"check":"signature_missing"} - the server verifies that requests come from Alexa' in result.stderr
    assert "start it with `backpain-skill serve --no-verify` for local testing" in result.stderr
