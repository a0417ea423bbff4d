"""Proof that a request comes from Alexa, as Amazon requires of HTTPS skill endpoints.

Checks, in order, each failing with a VerificationError that names it:
``cert_url`` (SignatureCertChainUrl rules), ``signature_missing``, ``cert_chain`` (download and
trust of the signing chain), ``signature`` (Signature-256 over the raw body, checked before the
JSON is trusted), then on the parsed envelope ``timestamp`` (within 150 s of now) and
``skill_id`` (the request is addressed to this skill).
"""
from __future__ import annotations

import base64
import binascii
from datetime import datetime, timedelta, timezone
from typing import Any, Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from .certs import CertChainCache, ChainError, Clock, HttpsFetcher, load_trust_store, utc_now
from .certurl import CertUrlError, normalize_cert_url
from .envelope import application_id

SIGNATURE_HEADER = "Signature-256"
CERT_URL_HEADER = "SignatureCertChainUrl"
#: Amazon's limit for ordinary requests.
TIMESTAMP_TOLERANCE = timedelta(seconds=150)
#: Amazon delivers skill lifecycle events up to an hour late; these may be that old.
SKILL_EVENT_TOLERANCE = timedelta(hours=1)
SKILL_EVENTS = frozenset({
    "AlexaSkillEvent.SkillEnabled", "AlexaSkillEvent.SkillDisabled",
    "AlexaSkillEvent.SkillPermissionChanged", "AlexaSkillEvent.SkillPermissionAccepted",
    "AlexaSkillEvent.SkillAccountLinked",
})


class VerificationError(Exception):
    """A request failed one verification check; ``check`` names it for logs."""

    def __init__(self, check: str, reason: str) -> None:
        super().__init__(reason)
        self.check = check
        self.reason = reason


class RequestVerifier:
    """Verifies signature, certificate chain and timestamp of Alexa requests."""

    def __init__(
        self,
        chains: CertChainCache | None = None,
        *,
        clock: Clock = utc_now,
        tolerance: timedelta = TIMESTAMP_TOLERANCE,
    ) -> None:
        self.chains = chains or CertChainCache(HttpsFetcher(), load_trust_store(), clock=clock)
        self._clock = clock
        self._tolerance = tolerance

    def verify_signature(self, headers: Mapping[str, str], body: bytes) -> None:
        """Check the signing chain and the body's signature; runs before the body is parsed."""
        cert_url = headers.get(CERT_URL_HEADER, "")
        signature_b64 = headers.get(SIGNATURE_HEADER, "")
        if not cert_url.strip():
            raise VerificationError("signature_missing", f"{CERT_URL_HEADER} header is missing")
        if not signature_b64.strip():
            raise VerificationError("signature_missing", f"{SIGNATURE_HEADER} header is missing")
        try:
            url = normalize_cert_url(cert_url)
        except CertUrlError as exc:
            raise VerificationError("cert_url", str(exc)) from None
        try:
            signature = base64.b64decode(signature_b64, validate=True)
        except (binascii.Error, ValueError):
            raise VerificationError("signature", f"{SIGNATURE_HEADER} is not base64") from None
        try:
            chain = self.chains.get(url)
        except ChainError as exc:
            raise VerificationError("cert_chain", str(exc)) from None
        try:
            chain.public_key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise VerificationError("signature", "signature does not match the body") from None

    def verify_timestamp(self, envelope: dict[str, Any]) -> None:
        """Check that the request was made within the allowed tolerance of now."""
        request = envelope["request"]
        sent = parse_timestamp(request.get("timestamp"))
        if sent is None:
            raise VerificationError("timestamp", "request timestamp is not an ISO 8601 time")
        tolerance = self._tolerance
        if request.get("type") in SKILL_EVENTS:
            tolerance = max(tolerance, SKILL_EVENT_TOLERANCE)
        skew = abs(self._clock() - sent)
        if skew > tolerance:
            raise VerificationError(
                "timestamp", f"request timestamp is {skew.total_seconds():.0f} s from now"
            )


def parse_timestamp(value: object) -> datetime | None:
    """An Alexa ISO 8601 timestamp as an aware UTC datetime, or None if it is not one."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):  # Python 3.10's fromisoformat does not accept "Z"
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=timezone.utc) if parsed.tzinfo is None else parsed


def check_skill_id(envelope: dict[str, Any], skill_id: str) -> None:
    """Check that the request is addressed to the skill with id *skill_id*."""
    addressed_to = application_id(envelope)
    if addressed_to is None:
        raise VerificationError("skill_id", "request names no applicationId")
    if addressed_to != skill_id:
        raise VerificationError("skill_id", "request is for a different skill id")
