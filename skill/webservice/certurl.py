"""The rules Amazon sets for the ``SignatureCertChainUrl`` header, and the one URL we fetch from it.

Amazon's rules: scheme https, host s3.amazonaws.com (both case-insensitive), path starting with
``/echo.api/`` after normalisation (case-sensitive), and port 443 if a port is given. We fetch the
URL *rebuilt* from the checked parts, so what is downloaded is exactly what was validated
(no userinfo, query or un-normalised dot segments reach the HTTP client).
"""
from __future__ import annotations

import posixpath
from functools import lru_cache
from urllib.parse import quote, unquote, urlsplit

ALLOWED_SCHEME = "https"
ALLOWED_HOST = "s3.amazonaws.com"
ALLOWED_PORT = 443
REQUIRED_PATH_PREFIX = "/echo.api/"


class CertUrlError(ValueError):
    """The certificate chain URL breaks one of Amazon's rules; the message says which."""


@lru_cache(maxsize=64)  # Alexa sends the same URL for months; failures are not cached
def normalize_cert_url(url: str) -> str:
    """Check *url* against Amazon's rules and return the canonical https URL to download.

    Raises CertUrlError naming the broken rule.
    """
    if not url or not url.strip():
        raise CertUrlError("certificate URL is empty")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:  # e.g. a non-numeric or out-of-range port
        raise CertUrlError(f"certificate URL is malformed: {exc}") from None
    if parts.scheme.lower() != ALLOWED_SCHEME:
        raise CertUrlError(f"certificate URL scheme must be https, not {parts.scheme or 'missing'!r}")
    if (parts.hostname or "").lower() != ALLOWED_HOST:
        raise CertUrlError(f"certificate URL host must be {ALLOWED_HOST}")
    if port is not None and port != ALLOWED_PORT:
        raise CertUrlError(f"certificate URL port must be {ALLOWED_PORT}, not {port}")
    # Decode first so percent-encoded dot segments cannot slip past normalisation.
    path = posixpath.normpath(unquote(parts.path)) if parts.path else ""
    if not path.startswith(REQUIRED_PATH_PREFIX):
        raise CertUrlError(f"certificate URL path must start with {REQUIRED_PATH_PREFIX}")
    return f"{ALLOWED_SCHEME}://{ALLOWED_HOST}{quote(path)}"
