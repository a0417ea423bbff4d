"""Downloading and caching Alexa's signing chain, against a real HTTPS server on 127.0.0.1
with a certificate from the local test CA: size cap, deadline, no redirects, and one download
per URL until the chain expires."""
from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from cryptography import x509

from skill.webservice import create_app
from skill.webservice.certs import CertChainCache, ChainError, HttpsFetcher, utc_now
from skill_tools.signing import DEFAULT_CERT_URL, DEFAULT_SKILL_ID
from skill.webservice.verification import RequestVerifier
from tests.alexa import speech
from tests.webservice_helpers import ChainServer, Pki, Route, make_pki

PATH = "/echo.api/echo-api-cert-test.pem"


@pytest.fixture(scope="module")
def pki() -> Pki:
    return make_pki()


@pytest.fixture
def server(pki: Pki):
    routes = {
        PATH: Route(pki.chain_pem),
        "/slow": Route(pki.chain_pem, delay=1.0),
        "/trickle": Route(b"x" * 40, trickle=0.05),
        "/huge-declared": Route(b"x" * 100, headers={"Content-Length": str(10**9)}),
        "/huge-undeclared": Route(b"x" * 5000, trickle=0.0001),
        "/redirect": Route(status=302, headers={"Location": PATH}),
    }
    with ChainServer(pki.ca, routes) as chain_server:
        yield chain_server


def fetcher_for(server: ChainServer, **kwargs) -> HttpsFetcher:
    return HttpsFetcher(ssl_context=server.client_context, **kwargs)


def test_the_chain_downloads_over_https(server, pki) -> None:
    assert fetcher_for(server)(server.base_url + PATH) == pki.chain_pem


def test_a_chain_larger_than_the_cap_is_refused_whether_declared_or_not(server) -> None:
    fetch = fetcher_for(server, max_bytes=1000)
    with pytest.raises(ChainError, match="larger than 1000 bytes"):
        fetch(server.base_url + "/huge-declared")
    with pytest.raises(ChainError, match="larger than 1000 bytes"):
        fetch(server.base_url + "/huge-undeclared")


def test_a_server_that_does_not_answer_in_time_is_given_up_on(server) -> None:
    with pytest.raises(ChainError, match="timed out"):
        fetcher_for(server, timeout=0.3)(server.base_url + "/slow")


def test_a_server_trickling_bytes_cannot_outlast_the_total_deadline(server) -> None:
    # Each byte arrives well within the socket timeout; only the total deadline stops it.
    with pytest.raises(ChainError, match="longer than 0.5 s"):
        fetcher_for(server, timeout=0.5)(server.base_url + "/trickle")


def test_redirects_are_not_followed(server) -> None:
    with pytest.raises(ChainError, match="HTTP 302"):
        fetcher_for(server)(server.base_url + "/redirect")
    assert server.hits.get(PATH) is None


def test_a_missing_chain_is_an_error(server) -> None:
    with pytest.raises(ChainError, match="HTTP 404"):
        fetcher_for(server)(server.base_url + "/echo.api/absent.pem")


def test_a_server_with_an_untrusted_tls_certificate_is_refused(server) -> None:
    with pytest.raises(ChainError, match="CERTIFICATE_VERIFY_FAILED"):
        HttpsFetcher()(server.base_url + PATH)  # certifi's roots do not include the test CA


class Redirected:
    """The production fetcher, pointed at the local server instead of s3.amazonaws.com."""

    def __init__(self, server: ChainServer) -> None:
        self._fetch = fetcher_for(server)
        self._base = server.base_url

    def __call__(self, url: str) -> bytes:
        return self._fetch(url.replace("https://s3.amazonaws.com", self._base))


def store_for(pki: Pki):
    from cryptography.x509.verification import Store

    return Store(x509.load_pem_x509_certificates(pki.root_pem))


def test_signed_requests_download_the_chain_once_and_then_use_the_cache(server, pki) -> None:
    verifier = RequestVerifier(CertChainCache(Redirected(server), store_for(pki)))
    client = create_app(skill_id=DEFAULT_SKILL_ID, verifier=verifier).test_client()
    for _ in range(5):
        body, headers = pki.signed()
        response = client.post("/", data=body, headers=headers)
        assert response.status_code == 200
        assert "Back Pain Guide" in speech(response.get_json())
    assert server.hits[PATH] == 1


def test_concurrent_requests_with_a_cold_cache_cause_one_download(server, pki) -> None:
    server.routes[PATH] = Route(pki.chain_pem, delay=0.2)
    cache = CertChainCache(Redirected(server), store_for(pki))
    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get(DEFAULT_CERT_URL))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8 and server.hits[PATH] == 1


def test_a_cached_chain_is_used_until_it_expires_then_fetched_again(server, pki) -> None:
    now = [utc_now()]
    cache = CertChainCache(Redirected(server), store_for(pki), clock=lambda: now[0])
    first = cache.get(DEFAULT_CERT_URL)
    now[0] = first.not_after - timedelta(seconds=1)
    assert cache.get(DEFAULT_CERT_URL) is first
    assert server.hits[PATH] == 1
    now[0] = first.not_after + timedelta(seconds=1)
    with pytest.raises(ChainError, match="expired"):
        cache.get(DEFAULT_CERT_URL)  # the same chain, downloaded again, is now out of date
    assert server.hits[PATH] == 2


def test_a_failed_download_is_not_cached(server, pki) -> None:
    server.routes[PATH] = Route(b"gone", status=503)
    cache = CertChainCache(Redirected(server), store_for(pki))
    with pytest.raises(ChainError, match="HTTP 503"):
        cache.get(DEFAULT_CERT_URL)
    server.routes[PATH] = Route(pki.chain_pem)
    assert cache.get(DEFAULT_CERT_URL).valid_at(utc_now())


def test_a_full_cache_evicts_the_chain_used_least_recently(pki) -> None:
    downloads: list[str] = []

    def fetch(url: str) -> bytes:
        downloads.append(url.rsplit("/", 1)[-1].removesuffix(".pem"))
        return pki.chain_pem

    cache = CertChainCache(fetch, store_for(pki), max_entries=2)
    urls = {name: f"https://s3.amazonaws.com/echo.api/{name}.pem" for name in ("a", "b", "c")}
    cache.get(urls["a"])
    cache.get(urls["b"])
    cache.get(urls["a"])      # a is now the most recently used
    cache.get(urls["c"])      # the cache is full: b, used least recently, goes
    cache.get(urls["a"])
    cache.get(urls["b"])
    assert downloads == ["a", "b", "c", "b"]
