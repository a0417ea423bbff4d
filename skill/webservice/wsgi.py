"""The WSGI entry point for running gunicorn directly: ``gunicorn skill.webservice.wsgi:app``.

Configured from the environment (see ``skill.webservice.config``): ALEXA_SKILL_ID, ALEXA_VERIFY,
LOG_LEVEL. Importing this module builds the app, so it refuses to load when misconfigured: it
prints one line saying what to set and exits with gunicorn's "app failed to load" status, which
makes gunicorn stop instead of restarting workers (no traceback).
"""
from __future__ import annotations

import os
import sys

from .app import ConfigError
from .config import app_from_env

#: gunicorn's Arbiter.APP_LOAD_ERROR: a worker exiting with it stops the server.
APP_LOAD_ERROR = 4

try:
    app = app_from_env(os.environ)
except ConfigError as exc:
    print(f"skill.webservice.wsgi: error: {exc}", file=sys.stderr, flush=True)
    raise SystemExit(APP_LOAD_ERROR) from None
