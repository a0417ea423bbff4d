"""SignatureCertChainUrl rules, with the examples from Amazon's documentation and the edge cases
around them (traversal, encoding, ports)."""
from __future__ import annotations

import pytest

from skill.webservice.certurl import CertUrlError, normalize_cert_url

CANONICAL = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem"


@pytest.mark.parametrize("url", [
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
    "HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/./echo-api-cert.pem",
])
def test_amazon_valid_urls_are_accepted_and_normalised(url: str) -> None:
    assert normalize_cert_url(url) == CANONICAL


@pytest.mark.parametrize("url, rule", [
    ("http://s3.amazonaws.com/echo.api/echo-api-cert.pem", "scheme"),
    ("s3.amazonaws.com/echo.api/echo-api-cert.pem", "scheme"),
    ("https://notamazon.com/echo.api/echo-api-cert.pem", "host"),
    ("https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem", "host"),
    ("https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem", "port"),
    ("https://s3.amazonaws.com:notaport/echo.api/echo-api-cert.pem", "malformed"),
    ("https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem", "path"),
    ("https://s3.amazonaws.com/invalid.path/echo-api-cert.pem", "path"),
    ("https://s3.amazonaws.com/echo.api/../cert.pem", "path"),
    ("https://s3.amazonaws.com/echo.api/%2E%2E/cert.pem", "path"),
    ("https://s3.amazonaws.com/echo.api/", "path"),
    ("", "empty"),
])
def test_urls_breaking_a_rule_are_rejected_naming_the_rule(url: str, rule: str) -> None:
    with pytest.raises(CertUrlError, match=rule):
        normalize_cert_url(url)


def test_only_the_checked_parts_are_fetched() -> None:
    url = "https://someone@s3.amazonaws.com/echo.api/a/../cert.pem?x=1#frag"
    assert normalize_cert_url(url) == "https://s3.amazonaws.com/echo.api/cert.pem"
