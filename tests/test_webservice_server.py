"""The web service as real processes on 127.0.0.1, over HTTP: gunicorn serving the real app and
skill (verification trusting the local test CA), `backpain-skill serve`, and the documented
`gunicorn skill.webservice.wsgi:app` command."""
from __future__ import annotations

import http.client
import subprocess
import sys
from pathlib import Path

import pytest

from skill_tools.signing import DEFAULT_SKILL_ID, request_envelope
from tests.alexa import speech
from tests.webservice_helpers import (
    REPO,
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
    assert result.returncode != 0
    assert "request verification needs the skill id" in result.stderr
