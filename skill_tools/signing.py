"""A stand-in for Amazon's signing PKI, for tests and benchmarks that must not reach the internet.

``LocalCertificateAuthority`` makes a root, an intermediate and signing certificates like Alexa's
(SAN echo-api.amazon.com); ``RequestSigner`` signs request bodies the way Alexa does
(``Signature-256`` and ``SignatureCertChainUrl`` headers). Nothing here is used by the production
service: it trusts only what it is given.

``python -m skill_tools.signing serve --pki-dir DIR ...`` runs the real app on gunicorn, with
verification trusting the local root of DIR (written by ``LocalCertificateAuthority.save``); the
tests and ``bench/bench_server.py`` use it to exercise a real server process.
"""
from __future__ import annotations

import argparse
import base64
import ipaddress
import json
import sys
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Sequence

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from skill.webservice.certs import ECHO_API_DOMAIN, CertChainCache, ChainError, utc_now
from skill.webservice.certurl import normalize_cert_url
from skill.webservice.verification import CERT_URL_HEADER, SIGNATURE_HEADER, RequestVerifier

#: A URL that passes Amazon's rules; tests map it to a local chain instead of downloading it.
DEFAULT_CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem"
DEFAULT_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


@dataclass
class LocalCertificateAuthority:
    """A root and an intermediate CA that issue Alexa-like signing and TLS server certificates."""

    root_key: rsa.RSAPrivateKey
    root: x509.Certificate
    intermediate_key: rsa.RSAPrivateKey
    intermediate: x509.Certificate

    @classmethod
    def create(cls, name: str = "Local Test") -> "LocalCertificateAuthority":
        """A fresh root and intermediate, valid from an hour ago for ten years."""
        now = utc_now()
        root_key, intermediate_key = _key(), _key()
        root = _ca_cert(_name(f"{name} Root CA"), root_key, _name(f"{name} Root CA"), root_key, now, None)
        intermediate = _ca_cert(
            _name(f"{name} Intermediate CA"), intermediate_key, root.subject, root_key, now, 0
        )
        return cls(root_key, root, intermediate_key, intermediate)

    def issue(
        self,
        dns_names: Sequence[str] = (ECHO_API_DOMAIN,),
        *,
        ip_addresses: Sequence[str] = (),
        not_before: datetime | None = None,
        not_after: datetime | None = None,
        key: rsa.RSAPrivateKey | None = None,
    ) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
        """A key and an end-entity certificate for *dns_names*, issued by the intermediate."""
        now = utc_now()
        key = key or _key()
        names: list[x509.GeneralName] = [x509.DNSName(n) for n in dns_names]
        names += [x509.IPAddress(ipaddress.ip_address(a)) for a in ip_addresses]
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(dns_names[0] if dns_names else "no-dns-name"))
            .issuer_name(self.intermediate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before or now - timedelta(hours=1))
            .not_valid_after(not_after or now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True, key_encipherment=True, content_commitment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=False,
                    crl_sign=False, encipher_only=False, decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.intermediate_key.public_key()),
                critical=False,
            )
        )
        if names:
            builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        return key, builder.sign(self.intermediate_key, hashes.SHA256())

    def chain_pem(self, leaf: x509.Certificate) -> bytes:
        """The chain as Amazon publishes it: signing certificate first, then the intermediate."""
        return _pem(leaf) + _pem(self.intermediate)

    def root_pem(self) -> bytes:
        """The root certificate, for a trust store or an ``ssl`` context."""
        return _pem(self.root)

    def save(self, directory: Path, leaf_key: rsa.RSAPrivateKey, leaf: x509.Certificate) -> None:
        """Write root.pem, chain.pem and signing-key.pem into *directory*."""
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "root.pem").write_bytes(self.root_pem())
        (directory / "chain.pem").write_bytes(self.chain_pem(leaf))
        (directory / "signing-key.pem").write_bytes(private_key_pem(leaf_key))


def private_key_pem(key: rsa.RSAPrivateKey) -> bytes:
    """*key* as unencrypted PKCS#8 PEM."""
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _ca_cert(subject, key, issuer, issuer_key, now, path_length) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, key_encipherment=False, content_commitment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer_key is not key:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False
        )
    return builder.sign(issuer_key, hashes.SHA256())


@dataclass
class RequestSigner:
    """Signs request bodies like Alexa: RSA PKCS#1 v1.5 with SHA-256 over the raw bytes."""

    key: rsa.RSAPrivateKey
    cert_url: str = DEFAULT_CERT_URL

    def headers(self, body: bytes) -> dict[str, str]:
        """The HTTP headers Alexa sends with *body*."""
        signature = self.key.sign(body, padding.PKCS1v15(), hashes.SHA256())
        return {
            "Content-Type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: base64.b64encode(signature).decode("ascii"),
            CERT_URL_HEADER: self.cert_url,
        }


def alexa_timestamp(when: datetime | None = None) -> str:
    """*when* (default now) in the format Alexa uses, e.g. 2024-05-01T12:00:00Z."""
    return (when or utc_now()).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def request_envelope(
    request_type: str = "LaunchRequest",
    *,
    intent: str | None = None,
    slots: dict[str, str] | None = None,
    skill_id: str = DEFAULT_SKILL_ID,
    timestamp: str | None = None,
    locale: str = "en-US",
    new_session: bool = True,
) -> dict[str, Any]:
    """A minimal but complete Alexa request envelope, as the Alexa service sends it."""
    application = {"applicationId": skill_id}
    user = {"userId": "amzn1.ask.account.TEST"}
    request: dict[str, Any] = {
        "type": request_type,
        "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
        "timestamp": timestamp or alexa_timestamp(),
        "locale": locale,
    }
    if intent is not None:
        request["intent"] = {
            "name": intent,
            "confirmationStatus": "NONE",
            "slots": {
                name: {"name": name, "value": value, "confirmationStatus": "NONE"}
                for name, value in (slots or {}).items()
            },
        }
    if request_type == "SessionEndedRequest":
        request["reason"] = "USER_INITIATED"
    return {
        "version": "1.0",
        "session": {
            "new": new_session,
            "sessionId": f"amzn1.echo-api.session.{uuid.uuid4()}",
            "application": application,
            "attributes": {},
            "user": user,
        },
        "context": {
            "System": {
                "application": application,
                "user": user,
                "device": {"deviceId": "amzn1.ask.device.TEST", "supportedInterfaces": {}},
                "apiEndpoint": "https://api.amazonalexa.com",
            }
        },
        "request": request,
    }


def encode(envelope: dict[str, Any]) -> bytes:
    """The request body Alexa would send for *envelope*."""
    return json.dumps(envelope, separators=(",", ":")).encode("utf-8")


@dataclass
class StaticFetcher:
    """A fetcher serving fixed chains by URL, counting downloads."""

    chains: dict[str, bytes]
    calls: list[str] = field(default_factory=list)

    def __call__(self, url: str) -> bytes:
        self.calls.append(url)
        if url not in self.chains:
            raise ChainError("certificate chain download failed: HTTP 404")
        return self.chains[url]


def local_verifier(root_pem: bytes, chains: dict[str, bytes], **kwargs: Any) -> RequestVerifier:
    """A RequestVerifier trusting only *root_pem* and serving *chains* by URL without a network."""
    from cryptography.x509.verification import Store

    store = Store(x509.load_pem_x509_certificates(root_pem))
    fetcher = StaticFetcher({normalize_cert_url(url): pem for url, pem in chains.items()})
    return RequestVerifier(CertChainCache(fetcher, store), **kwargs)


def _serve(args: argparse.Namespace) -> int:
    """Run the real app on gunicorn with verification trusting the local PKI in --pki-dir."""
    from skill.webservice.app import create_app
    from skill.webservice.serve import run_gunicorn

    pki = Path(args.pki_dir)

    def factory():
        verifier = None
        if not args.no_verify:
            verifier = local_verifier(
                (pki / "root.pem").read_bytes(), {args.cert_url: (pki / "chain.pem").read_bytes()}
            )
        return create_app(skill_id=args.skill_id, verify=not args.no_verify, verifier=verifier)

    return run_gunicorn(factory, host="127.0.0.1", port=args.port, workers=args.workers,
                        log_level=args.log_level)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line of the test server (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m skill_tools.signing")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the real app on 127.0.0.1 trusting a local PKI")
    serve.add_argument("--pki-dir", required=True, help="directory with root.pem and chain.pem")
    serve.add_argument("--port", type=int, required=True)
    serve.add_argument("--workers", type=int, default=2)
    serve.add_argument("--skill-id", default=DEFAULT_SKILL_ID)
    serve.add_argument("--cert-url", default=DEFAULT_CERT_URL)
    serve.add_argument("--no-verify", action="store_true")
    serve.add_argument("--log-level", default="WARNING")
    args = parser.parse_args(argv)
    return _serve(args)


if __name__ == "__main__":
    sys.exit(main())
