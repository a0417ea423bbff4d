"""Helpers for the web service tests: a local Alexa-like PKI, a local HTTPS server that serves a
certificate chain, and real server processes on 127.0.0.1. Nothing here reaches the internet.
"""
from __future__ import annotations

import json
import shutil
import ssl
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509

from skill_tools.local_server import (  # noqa: F401  (re-exported for the tests)
    exchange,
    free_port,
    local_server_command,
    server_process,
)
from skill_tools.signing import (
    LocalCertificateAuthority,
    RequestSigner,
    encode,
    private_key_pem,
    request_envelope,
)

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Pki:
    """A local CA with one Alexa-like signing certificate and a signer using its key."""

    ca: LocalCertificateAuthority
    key: Any
    leaf: x509.Certificate
    signer: RequestSigner = field(init=False)

    def __post_init__(self) -> None:
        self.signer = RequestSigner(self.key)

    @property
    def chain_pem(self) -> bytes:
        return self.ca.chain_pem(self.leaf)

    @property
    def root_pem(self) -> bytes:
        return self.ca.root_pem()

    def signed(self, envelope: dict[str, Any] | None = None) -> tuple[bytes, dict[str, str]]:
        """A body and Alexa's headers for *envelope* (default: a LaunchRequest to the test skill)."""
        body = encode(envelope or request_envelope())
        return body, self.signer.headers(body)


def make_pki() -> Pki:
    ca = LocalCertificateAuthority.create()
    key, leaf = ca.issue()
    return Pki(ca, key, leaf)


def post(base_url: str, body: bytes, headers: dict[str, str] | None = None,
         path: str = "/") -> tuple[int, Any]:
    """POST *body* to a server on 127.0.0.1; return the status and the decoded JSON answer."""
    status, answer = exchange(int(base_url.rsplit(":", 1)[1]), body, headers, path)
    return status, json.loads(answer or b"null")


# --- a local HTTPS server for the certificate chain download ------------------------------

@dataclass
class Route:
    """How the local HTTPS server answers one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering at all
    trickle: float = 0.0  # seconds between single bytes of the body (no Content-Length)


class ChainServer:
    """An HTTPS server on 127.0.0.1 with a certificate from the local CA; counts hits per path."""

    def __init__(self, ca: LocalCertificateAuthority, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.hits: dict[str, int] = {}
        key, cert = ca.issue(("localhost",), ip_addresses=("127.0.0.1",))
        self._tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._tls.load_cert_chain(*self._write_cert(key, ca.chain_pem(cert)))
        self.client_context = ssl.create_default_context(cadata=ca.root_pem().decode())
        server = self

        class Handler(BaseHTTPRequestHandler):
            def handle(self) -> None:
                try:
                    super().handle()
                except (ConnectionError, ssl.SSLError):
                    pass  # the client hung up (a deadline or size cap test): what the test wants

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                server.hits[self.path] = server.hits.get(self.path, 0) + 1
                route = server.routes.get(self.path, Route(b"not found", status=404))
                time.sleep(route.delay)
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.trickle:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    for byte in route.body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(route.trickle)
                    return
                if "Content-Length" not in route.headers:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._httpd.socket = self._tls.wrap_socket(self._httpd.socket, server_side=True)
        self.base_url = f"https://localhost:{self._httpd.server_address[1]}"

    def _write_cert(self, key, chain_pem: bytes) -> tuple[str, str]:
        folder = self._folder = Path(tempfile.mkdtemp(prefix="chain-server-"))
        (folder / "cert.pem").write_bytes(chain_pem)
        (folder / "key.pem").write_bytes(private_key_pem(key))
        return str(folder / "cert.pem"), str(folder / "key.pem")

    def __enter__(self) -> "ChainServer":
        threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        shutil.rmtree(self._folder, ignore_errors=True)
