"""Alexa request verification, one rule broken at a time: every failure is an HTTP 400 naming the
failed check, and the skill never runs. Signed with a local CA made at test time (no internet)."""
from __future__ import annotations

import base64
import logging
from datetime import timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient

from skill import lambda_handler
from skill.webservice import create_app
from skill.webservice.certs import utc_now
from skill_tools.signing import (
    DEFAULT_CERT_URL,
    DEFAULT_SKILL_ID,
    LocalCertificateAuthority,
    RequestSigner,
    alexa_timestamp,
    encode,
    local_verifier,
    request_envelope,
)
from tests.alexa import speech
from tests.webservice_helpers import Pki, make_pki


class SpySkill:
    """The real skill, recording whether it was invoked."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, envelope: dict[str, Any]) -> dict[str, Any]:
        self.calls += 1
        return lambda_handler(envelope)


@pytest.fixture(scope="module")
def pki() -> Pki:
    return make_pki()


@pytest.fixture
def skill() -> SpySkill:
    return SpySkill()


def client_for(skill: SpySkill, root_pem: bytes, chains: dict[str, bytes], **kwargs: Any) -> FlaskClient:
    verifier = local_verifier(root_pem, chains, **kwargs)
    return create_app(skill, skill_id=DEFAULT_SKILL_ID, verifier=verifier).test_client()


@pytest.fixture
def client(pki: Pki, skill: SpySkill) -> FlaskClient:
    return client_for(skill, pki.root_pem, {DEFAULT_CERT_URL: pki.chain_pem})


def assert_rejected(response, check: str, skill: SpySkill) -> None:
    assert response.status_code == 400, response.get_data(as_text=True)
    assert response.get_json() == {"error": "request verification failed", "check": check}
    assert skill.calls == 0, "the skill ran on a request that failed verification"


# --- the happy path ------------------------------------------------------------------------

def test_a_correctly_signed_launch_request_gets_the_skills_welcome(client, pki, skill) -> None:
    body, headers = pki.signed()
    response = client.post("/", data=body, headers=headers)
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert "Back Pain Guide" in speech(response.get_json())
    assert skill.calls == 1


def test_a_signed_question_gets_the_same_answer_as_the_lambda_entry_point(client, pki) -> None:
    envelope = request_envelope("IntentRequest", intent="PtNotWorkingIntent")
    body, headers = pki.signed(envelope)
    response = client.post("/", data=body, headers=headers)
    assert response.status_code == 200
    assert response.get_json()["response"] == lambda_handler(envelope)["response"]
    assert "physical therapy" in speech(response.get_json()).lower()


# --- SignatureCertChainUrl -----------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "http://s3.amazonaws.com/echo.api/echo-api-cert-test.pem",
    "https://evil.example.com/echo.api/echo-api-cert-test.pem",
    "https://s3.amazonaws.com:8443/echo.api/echo-api-cert-test.pem",
    "https://s3.amazonaws.com/other.api/echo-api-cert-test.pem",
    "https://s3.amazonaws.com/echo.api/../echo-api-cert-test.pem",
], ids=["scheme", "host", "port", "path", "traversal"])
def test_a_certificate_url_breaking_amazons_rules_is_rejected(client, pki, skill, url) -> None:
    body, headers = pki.signed()
    headers["SignatureCertChainUrl"] = url
    assert_rejected(client.post("/", data=body, headers=headers), "cert_url", skill)


# --- the certificate chain -----------------------------------------------------------------

def test_an_expired_signing_certificate_is_rejected(pki, skill) -> None:
    now = utc_now()
    key, leaf = pki.ca.issue(not_before=now - timedelta(days=60), not_after=now - timedelta(days=1))
    client = client_for(skill, pki.root_pem, {DEFAULT_CERT_URL: pki.ca.chain_pem(leaf)})
    body = encode(request_envelope())
    assert_rejected(client.post("/", data=body, headers=RequestSigner(key).headers(body)), "cert_chain", skill)


def test_a_not_yet_valid_signing_certificate_is_rejected(pki, skill) -> None:
    now = utc_now()
    key, leaf = pki.ca.issue(not_before=now + timedelta(days=1), not_after=now + timedelta(days=30))
    client = client_for(skill, pki.root_pem, {DEFAULT_CERT_URL: pki.ca.chain_pem(leaf)})
    body = encode(request_envelope())
    assert_rejected(client.post("/", data=body, headers=RequestSigner(key).headers(body)), "cert_chain", skill)


@pytest.mark.parametrize("names", [("echo-api.example.com",), ("*.amazon.com",), ()],
                         ids=["other-name", "wildcard", "no-san"])
def test_a_signing_certificate_not_naming_echo_api_amazon_com_is_rejected(pki, skill, names) -> None:
    key, leaf = pki.ca.issue(names)
    client = client_for(skill, pki.root_pem, {DEFAULT_CERT_URL: pki.ca.chain_pem(leaf)})
    body = encode(request_envelope())
    assert_rejected(client.post("/", data=body, headers=RequestSigner(key).headers(body)), "cert_chain", skill)


def test_a_chain_from_an_untrusted_root_is_rejected(pki, skill) -> None:
    rogue = LocalCertificateAuthority.create("Rogue")
    key, leaf = rogue.issue()
    client = client_for(skill, pki.root_pem, {DEFAULT_CERT_URL: rogue.chain_pem(leaf)})
    body = encode(request_envelope())
    assert_rejected(client.post("/", data=body, headers=RequestSigner(key).headers(body)), "cert_chain", skill)


def test_a_chain_missing_its_intermediate_is_rejected(pki, skill) -> None:
    leaf_only = pki.chain_pem.split(b"-----END CERTIFICATE-----")[0] + b"-----END CERTIFICATE-----\n"
    client = client_for(skill, pki.root_pem, {DEFAULT_CERT_URL: leaf_only})
    body, headers = pki.signed()
    assert_rejected(client.post("/", data=body, headers=headers), "cert_chain", skill)


def test_a_chain_that_cannot_be_downloaded_is_rejected(pki, skill) -> None:
    client = client_for(skill, pki.root_pem, {})
    body, headers = pki.signed()
    assert_rejected(client.post("/", data=body, headers=headers), "cert_chain", skill)


def test_a_download_that_is_not_a_certificate_chain_is_rejected(pki, skill) -> None:
    client = client_for(skill, pki.root_pem, {DEFAULT_CERT_URL: b"<html>Access Denied</html>"})
    body, headers = pki.signed()
    assert_rejected(client.post("/", data=body, headers=headers), "cert_chain", skill)


# --- Signature-256 -------------------------------------------------------------------------

def test_a_tampered_body_is_rejected(client, pki, skill) -> None:
    body, headers = pki.signed(request_envelope("IntentRequest", intent="SurgeryIntent"))
    tampered = body.replace(b"SurgeryIntent", b"CausesIntent")
    assert_rejected(client.post("/", data=tampered, headers=headers), "signature", skill)


def test_a_signature_by_another_key_is_rejected(client, pki, skill) -> None:
    other_key, _ = pki.ca.issue()
    body = encode(request_envelope())
    assert_rejected(client.post("/", data=body, headers=RequestSigner(other_key).headers(body)),
                    "signature", skill)


def test_a_signature_that_is_not_base64_is_rejected(client, pki, skill) -> None:
    body, headers = pki.signed()
    headers["Signature-256"] = "not base64!"
    assert_rejected(client.post("/", data=body, headers=headers), "signature", skill)


def test_a_truncated_signature_is_rejected(client, pki, skill) -> None:
    body, headers = pki.signed()
    headers["Signature-256"] = base64.b64encode(base64.b64decode(headers["Signature-256"])[:-1]).decode()
    assert_rejected(client.post("/", data=body, headers=headers), "signature", skill)


@pytest.mark.parametrize("header, value", [
    ("Signature-256", None), ("Signature-256", ""), ("Signature-256", "   "),
    ("SignatureCertChainUrl", None), ("SignatureCertChainUrl", ""),
])
def test_a_missing_or_empty_signature_header_is_rejected(client, pki, skill, header, value) -> None:
    body, headers = pki.signed()
    if value is None:
        del headers[header]
    else:
        headers[header] = value
    assert_rejected(client.post("/", data=body, headers=headers), "signature_missing", skill)


def test_the_legacy_sha1_signature_alone_is_not_enough(client, pki, skill) -> None:
    body, headers = pki.signed()
    headers["Signature"] = headers.pop("Signature-256")
    assert_rejected(client.post("/", data=body, headers=headers), "signature_missing", skill)


def test_an_unsigned_non_json_body_is_rejected_before_it_is_parsed(client, skill) -> None:
    assert_rejected(client.post("/", data=b"not json"), "signature_missing", skill)


# --- timestamp -----------------------------------------------------------------------------

@pytest.mark.parametrize("offset", [-151, -3600, 151, 3600], ids=["stale", "hour-old", "future", "far-future"])
def test_a_timestamp_more_than_150_seconds_from_now_is_rejected(client, pki, skill, offset) -> None:
    stamp = alexa_timestamp(utc_now() + timedelta(seconds=offset))
    body, headers = pki.signed(request_envelope(timestamp=stamp))
    assert_rejected(client.post("/", data=body, headers=headers), "timestamp", skill)


def test_an_epoch_number_timestamp_is_refused_by_verification(client, pki, skill) -> None:
    # Without verification the service reads such an envelope (the skill reads no timestamp); with it,
    # only an ISO 8601 time can be checked against the clock.
    event = request_envelope()
    event["request"]["timestamp"] = int(utc_now().timestamp() * 1000)
    body, headers = pki.signed(event)
    assert_rejected(client.post("/", data=body, headers=headers), "timestamp", skill)


@pytest.mark.parametrize("offset", [-140, 140])
def test_a_timestamp_within_150_seconds_is_accepted(client, pki, skill, offset) -> None:
    stamp = alexa_timestamp(utc_now() + timedelta(seconds=offset))
    body, headers = pki.signed(request_envelope(timestamp=stamp))
    assert client.post("/", data=body, headers=headers).status_code == 200
    assert skill.calls == 1


def test_the_tolerance_is_measured_against_the_servers_clock(pki, skill) -> None:
    sent = utc_now().replace(microsecond=0)  # Alexa timestamps have whole seconds
    client = client_for(skill, pki.root_pem, {DEFAULT_CERT_URL: pki.chain_pem},
                        clock=lambda: sent + timedelta(seconds=150))
    body, headers = pki.signed(request_envelope(timestamp=alexa_timestamp(sent)))
    assert client.post("/", data=body, headers=headers).status_code == 200
    late = client_for(skill, pki.root_pem, {DEFAULT_CERT_URL: pki.chain_pem},
                      clock=lambda: sent + timedelta(seconds=152))
    assert late.post("/", data=body, headers=headers).status_code == 400


def test_skill_lifecycle_events_may_arrive_up_to_an_hour_late(client, pki, skill) -> None:
    stamp = alexa_timestamp(utc_now() - timedelta(minutes=30))
    body, headers = pki.signed(request_envelope("AlexaSkillEvent.SkillEnabled", timestamp=stamp))
    assert client.post("/", data=body, headers=headers).status_code == 200


def test_other_requests_do_not_get_the_skill_event_tolerance(client, pki, skill) -> None:
    stamp = alexa_timestamp(utc_now() - timedelta(minutes=30))
    body, headers = pki.signed(request_envelope("AlexaSkillEvent.Made-Up", timestamp=stamp))
    assert_rejected(client.post("/", data=body, headers=headers), "timestamp", skill)


def test_a_timestamp_that_is_not_iso_8601_is_rejected(client, pki, skill) -> None:
    body, headers = pki.signed(request_envelope(timestamp="yesterday"))
    assert_rejected(client.post("/", data=body, headers=headers), "timestamp", skill)


# --- skill id ------------------------------------------------------------------------------

def test_a_request_for_another_skill_is_rejected(client, pki, skill) -> None:
    body, headers = pki.signed(request_envelope(skill_id="amzn1.ask.skill.someone-else"))
    assert_rejected(client.post("/", data=body, headers=headers), "skill_id", skill)


def test_a_request_naming_no_skill_is_rejected(client, pki, skill) -> None:
    envelope = request_envelope()
    del envelope["context"]["System"]["application"]
    del envelope["session"]["application"]
    body, headers = pki.signed(envelope)
    assert_rejected(client.post("/", data=body, headers=headers), "skill_id", skill)


# --- logging -------------------------------------------------------------------------------

def test_a_rejection_is_logged_with_the_failed_check_but_no_user_data(client, pki, caplog) -> None:
    envelope = request_envelope("IntentRequest", intent="AlternativesIntent",
                                slots={"treatment": "acupuncture"}, skill_id="amzn1.ask.skill.other")
    body, headers = pki.signed(envelope)
    with caplog.at_level(logging.INFO, logger="skill.webservice"):
        client.post("/", data=body, headers=headers)
    logged = caplog.text
    assert "check=skill_id" in logged
    assert envelope["request"]["requestId"] in logged
    for private in ("acupuncture", "amzn1.ask.account", "amzn1.ask.device"):
        assert private not in logged
