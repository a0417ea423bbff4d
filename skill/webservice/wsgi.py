"""The WSGI entry point for running gunicorn directly: ``gunicorn skill.webservice.wsgi:app``.

Configured from the environment (see ``skill.webservice.config``): ALEXA_SKILL_ID, ALEXA_VERIFY,
LOG_LEVEL. Importing this module builds the app, so it refuses to load when misconfigured.
"""
from __future__ import annotations

import os

from .config import app_from_env

app = app_from_env(os.environ)
