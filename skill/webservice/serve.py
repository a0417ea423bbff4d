"""``backpain-skill serve``: run the skill as Alexa's HTTPS endpoint (Flask app on gunicorn).

Production serving goes through gunicorn's application API, so ``serve`` is the gunicorn master
process; ``--dev`` runs Flask's single-process development server instead.
"""
from __future__ import annotations

import argparse
import errno
import logging
import os
import re
import socket
import sys
from typing import Any, Callable

from flask import Flask

from .app import ConfigError, create_app
from .config import log_level_from

log = logging.getLogger("skill.webservice")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
#: What a terminal colour code looks like (Werkzeug colours its log lines).
_ANSI_CODE = re.compile(r"\x1b\[[0-9;]*m")


def default_workers() -> int:
    """gunicorn's recommendation, (2 x CPU cores) + 1, capped at 9."""
    return min(2 * (os.cpu_count() or 1) + 1, 9)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``serve`` subcommand to the ``backpain-skill`` command line."""
    parser = subparsers.add_parser(
        "serve",
        help="serve the skill to Alexa over HTTP(S) (Flask on gunicorn)",
        description="Serve the skill as an Alexa HTTPS endpoint: POST / takes Alexa requests, "
        "GET /health answers for load balancers. Put it behind an HTTPS reverse proxy. Every "
        "request is verified as coming from Alexa unless --no-verify is given. Logging: "
        "LOG_LEVEL (env) or the global --log-level; INFO logs one line per request.",
    )
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"address to bind (default {DEFAULT_HOST})")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"port (default {DEFAULT_PORT}; 0: any free port, printed at start)")
    parser.add_argument(
        "--workers", type=_positive_int, default=default_workers(),
        help="gunicorn worker processes (default: 2 x cores + 1 = %(default)s)",
    )
    parser.add_argument(
        "--skill-id", default=os.environ.get("ALEXA_SKILL_ID"),
        help="the skill's id (amzn1.ask.skill.…); default: env ALEXA_SKILL_ID; required unless --no-verify",
    )
    parser.add_argument(
        "--no-verify", action="store_true",
        help="DANGEROUS: skip Alexa signature/certificate/timestamp checks (local testing only)",
    )
    parser.add_argument(
        "--dev", action="store_true",
        help="use Flask's development server (one process; never for production)",
    )
    parser.add_argument(
        "--log-level", dest="serve_log_level", type=str.upper, choices=LOG_LEVELS,
        help="logging level of the server (default: LOG_LEVEL, else the global --log-level, WARNING); "
        "INFO logs one line per request",
    )
    parser.set_defaults(func=run)


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace) -> int:
    """Start serving; return an exit code (2 for a configuration that must not serve)."""
    verify = not args.no_verify
    try:
        if not 0 <= args.port <= 65535:
            raise ConfigError(f"--port {args.port} is not a TCP port: use 1 to 65535, or 0 for any free port")
        log_level = log_level_from(getattr(args, "serve_log_level", None) or os.environ.get("LOG_LEVEL")
                                   or args.log_level)
        logging.getLogger().setLevel(log_level)
        if args.port:
            check_port_free(args.host, args.port)
        app = create_app(skill_id=args.skill_id, verify=verify)
    except ConfigError as exc:
        print(f"backpain-skill serve: error: {exc}", file=sys.stderr)
        return 2
    if not verify and args.host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("verification is off and the server listens on %s, not only on this machine", args.host)
    what = f"request verification {'on' if verify else 'OFF'}"
    if args.dev:
        log.warning("Flask development server: for local testing only; use gunicorn in production")
        return run_dev_server(app, host=args.host, port=args.port, log_level=log_level, what=what)
    return run_gunicorn(lambda: app, host=args.host, port=args.port, workers=args.workers,
                        log_level=log_level, what=what)


def check_port_free(host: str, port: int) -> None:
    """Raise ConfigError, in one line with a hint, if *port* on *host* cannot be bound (in use, or refused)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ConfigError(f"--host {host}: not an address of this machine ({exc.strerror})") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn binds
        try:
            probe.bind(address)
        except OSError as exc:
            raise ConfigError(_bind_problem(host, port, exc)) from None


def _bind_problem(host: str, port: int, exc: OSError) -> str:
    if exc.errno == errno.EADDRINUSE:
        return (f"{host}:{port} is already in use (is another server running there?): stop it, or choose "
                "another --port (--port 0 picks a free one)")
    if exc.errno == errno.EACCES:
        return f"{host}:{port}: permission denied (ports below 1024 need privileges): choose a --port above 1023"
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"--host {host}: not an address of this machine"
    return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


def announce(url: str, what: str) -> None:
    """The line that says where the server listens (with the real port when --port 0 chose one)."""
    print(f"listening on {url} ({what})", flush=True)


class _PlainText(logging.Filter):
    """Drops the terminal colour codes Werkzeug puts into its log lines (they garble log files)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _ANSI_CODE.sub("", record.getMessage())
        record.args = None
        return True


def run_dev_server(app: Flask, *, host: str, port: int, log_level: str, what: str) -> int:
    """Serve *app* with Werkzeug's development server (one process) until stopped."""
    from werkzeug.serving import make_server

    werkzeug_log = logging.getLogger("werkzeug")
    werkzeug_log.setLevel(log_level)  # Werkzeug would log at INFO whatever the level asked for
    werkzeug_log.addFilter(_PlainText())
    try:
        server = make_server(host, port, app, threaded=True)
    except OSError as exc:
        print(f"backpain-skill serve: error: {_bind_problem(host, port, exc)}", file=sys.stderr)
        return 2
    announce(f"http://{_url_host(host)}:{server.server_port}", f"Flask development server, {what}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def run_gunicorn(
    app_factory: Callable[[], Flask], *, host: str, port: int, workers: int, log_level: str = "INFO",
    what: str = "",
) -> int:
    """Serve the app made by *app_factory* with gunicorn sync workers until stopped."""
    from gunicorn.app.base import BaseApplication

    def when_ready(server: Any) -> None:  # gunicorn has bound its sockets: say where, whatever the log level
        for listener in server.LISTENERS:
            announce(str(listener), ", ".join(filter(None, [f"gunicorn, {workers} worker(s)", what])))

    options = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers,
        "worker_class": "sync",
        # The app (and its trust store) is built once in the master and shared by forking.
        "preload_app": True,
        "timeout": 30,
        "graceful_timeout": 10,
        "accesslog": None,  # the app logs one line per request itself, without user data
        "errorlog": "-",
        "loglevel": log_level.lower(),
        # gunicorn >= 25's control socket lives at one fixed path per user; several servers
        # (tests, benchmarks) would fight over it, and nothing here uses it.
        "control_socket_disable": True,
        "when_ready": when_ready,
    }

    class _Application(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                if key in self.cfg.settings:  # skip settings this gunicorn version lacks
                    self.cfg.set(key, value)

        def load(self) -> Flask:
            return app_factory()

    _Application().run()
    return 0
