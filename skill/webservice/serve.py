"""``backpain-skill serve``: run the skill as Alexa's HTTPS endpoint (Flask app on gunicorn).

Production serving goes through gunicorn's application API, so ``serve`` is the gunicorn master
process; ``--dev`` runs Flask's single-process development server instead.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Callable

from flask import Flask

from .app import ConfigError, create_app
from .config import log_level_from

log = logging.getLogger("skill.webservice")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


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
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
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
        log_level = log_level_from(os.environ.get("LOG_LEVEL") or args.log_level)
        logging.getLogger().setLevel(log_level)
        app = create_app(skill_id=args.skill_id, verify=verify)
    except ConfigError as exc:
        print(f"backpain-skill serve: error: {exc}", file=sys.stderr)
        return 2
    if not verify and args.host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("verification is off and the server listens on %s, not only on this machine", args.host)
    if args.dev:
        log.warning("Flask development server: for local testing only; use gunicorn in production")
        app.run(host=args.host, port=args.port, threaded=True)
        return 0
    return run_gunicorn(lambda: app, host=args.host, port=args.port, workers=args.workers,
                        log_level=log_level)


def run_gunicorn(
    app_factory: Callable[[], Flask], *, host: str, port: int, workers: int, log_level: str = "INFO"
) -> int:
    """Serve the app made by *app_factory* with gunicorn sync workers until stopped."""
    from gunicorn.app.base import BaseApplication

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
