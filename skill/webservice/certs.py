"""Alexa's signing certificate chain: download it, validate it, and cache it per URL.

The chain is validated with ``cryptography.x509.verification`` against a maintained trust store
(certifi's Mozilla bundle by default). A validated chain is cached until the earliest ``notAfter``
in the verified path, so steady-state requests never touch the network.
"""
from __future__ import annotations

import logging
import re
import ssl
import threading
import time
import urllib.error
import urllib.request
import warnings
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

import certifi
from cryptography import x509
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

log = logging.getLogger(__name__)

#: Amazon requires this name in the signing certificate's subject alternative names.
ECHO_API_DOMAIN = "echo-api.amazon.com"
#: Amazon's chain is a few KB; anything far larger is not a certificate chain.
DEFAULT_MAX_CHAIN_BYTES = 64 * 1024
#: Alexa waits ~8 s for an answer, so a cold-cache download must be quick.
DEFAULT_FETCH_TIMEOUT = 3.0

_PEM_BLOCK = re.compile(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.DOTALL)

Fetcher = Callable[[str], bytes]
Clock = Callable[[], datetime]


class ChainError(Exception):
    """The certificate chain could not be downloaded, parsed or trusted; the message says why."""


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(timezone.utc)


def load_trust_store(pem_path: str | None = None) -> Store:
    """A trust store of root certificates from *pem_path*, by default certifi's bundle."""
    with open(pem_path or certifi.where(), "rb") as pems:
        blocks = _PEM_BLOCK.findall(pems.read())
    roots = []
    for block in blocks:
        # A few long-lived roots in Mozilla's bundle (e.g. Starfield Services Root G2, which
        # cross-signs Amazon's roots) have serial number 0; cryptography warns but loads them.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CryptographyDeprecationWarning)
            try:
                roots.append(x509.load_pem_x509_certificate(block))
            except ValueError as exc:  # a future cryptography may refuse such roots outright
                log.debug("skipping a trust-store certificate that cannot be loaded: %s", exc)
    if not roots:
        raise ChainError(f"no usable root certificates in {pem_path or certifi.where()}")
    return Store(roots)


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    """Never follow a redirect: it would lead away from the URL we validated."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102 - urllib hook
        return None


class HttpsFetcher:
    """Download a certificate chain over HTTPS with a total deadline and a size cap."""

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_FETCH_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_CHAIN_BYTES,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        context = ssl_context or ssl.create_default_context(cafile=certifi.where())
        self._opener = urllib.request.build_opener(
            _RefuseRedirects(), urllib.request.HTTPSHandler(context=context)
        )

    def __call__(self, url: str) -> bytes:
        """Return the body at *url*; raise ChainError on any failure, timeout or oversize body."""
        deadline = time.monotonic() + self.timeout
        try:
            with self._opener.open(url, timeout=self.timeout) as response:
                declared = response.headers.get("Content-Length")
                if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
                    raise ChainError(f"certificate chain is larger than {self.max_bytes} bytes")
                return self._read_capped(response, deadline)
        except urllib.error.HTTPError as exc:
            raise ChainError(f"certificate chain download failed: HTTP {exc.code}") from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ChainError(f"certificate chain download failed: {reason}") from None

    def _read_capped(self, response, deadline: float) -> bytes:
        body = bytearray()
        while True:
            # read1 returns after one socket read, so a trickling server cannot outlast the deadline.
            chunk = response.read1(16 * 1024)
            if not chunk:
                return bytes(body)
            body += chunk
            if len(body) > self.max_bytes:
                raise ChainError(f"certificate chain is larger than {self.max_bytes} bytes")
            if time.monotonic() > deadline:
                raise ChainError(f"certificate chain download took longer than {self.timeout} s")


@dataclass(frozen=True)
class TrustedChain:
    """What a validated chain is good for: the signing key and the window it may be used in."""

    public_key: RSAPublicKey
    not_before: datetime
    not_after: datetime

    def valid_at(self, now: datetime) -> bool:
        """True while every certificate on the verified path is within its validity period."""
        return self.not_before <= now <= self.not_after


def validate_chain(pem: bytes, store: Store, now: datetime) -> TrustedChain:
    """Validate a PEM chain (signing certificate first) as Alexa's, at time *now*.

    Checks: the signing certificate is valid now, names echo-api.amazon.com in its SANs, and
    chains to a root in *store* (RFC 5280 path validation with web-PKI profile checks).
    """
    try:
        certs = x509.load_pem_x509_certificates(pem)
    except ValueError:
        raise ChainError("certificate chain is not a PEM certificate list") from None
    leaf, intermediates = certs[0], certs[1:]
    if not leaf.not_valid_before_utc <= now <= leaf.not_valid_after_utc:
        raise ChainError("signing certificate is expired or not yet valid")
    if ECHO_API_DOMAIN not in _san_dns_names(leaf):
        raise ChainError(f"signing certificate does not name {ECHO_API_DOMAIN}")
    verifier = (
        PolicyBuilder().store(store).time(now)
        .build_server_verifier(x509.DNSName(ECHO_API_DOMAIN))
    )
    try:
        path = verifier.verify(leaf, intermediates)
    except VerificationError as exc:
        raise ChainError(f"certificate chain is not trusted: {exc}") from None
    public_key = leaf.public_key()
    if not isinstance(public_key, RSAPublicKey):
        raise ChainError("signing certificate does not hold an RSA key")
    return TrustedChain(
        public_key=public_key,
        not_before=max(c.not_valid_before_utc for c in path),
        not_after=min(c.not_valid_after_utc for c in path),
    )


def _san_dns_names(cert: x509.Certificate) -> set[str]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return set()
    return {name.lower() for name in san.get_values_for_type(x509.DNSName)}


class CertChainCache:
    """Validated chains per URL, fetched at most once per URL until they expire; when full, the
    chain used least recently is dropped.

    Thread-safe: downloads are serialised, and a thread that waited for one re-checks the cache
    first, so concurrent requests with a cold cache cause one download, not many.
    """

    def __init__(
        self,
        fetcher: Fetcher,
        store: Store,
        *,
        clock: Clock = utc_now,
        max_entries: int = 32,
    ) -> None:
        self._fetcher = fetcher
        self._store = store
        self._clock = clock
        self._max_entries = max_entries
        self._entries: OrderedDict[str, TrustedChain] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, url: str) -> TrustedChain:
        """The validated chain at *url* (already normalised); raise ChainError if untrusted."""
        now = self._clock()
        cached = self._entries.get(url)
        if cached is not None and cached.valid_at(now):
            self._touch(url)
            return cached
        with self._lock:
            cached = self._entries.get(url)
            if cached is not None and cached.valid_at(now):
                return cached
            self._entries.pop(url, None)
            log.info("downloading certificate chain %s", url)
            chain = validate_chain(self._fetcher(url), self._store, now)
            self._entries[url] = chain
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)
            return chain

    def _touch(self, url: str) -> None:
        """Mark *url* as used most recently (lock-free: OrderedDict's C methods are atomic)."""
        try:
            self._entries.move_to_end(url)
        except KeyError:  # evicted or replaced by another thread in between: nothing to mark
            pass
