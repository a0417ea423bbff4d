"""Configuration of the web service from environment variables (for gunicorn's wsgi entry point).

  ALEXA_SKILL_ID  the skill's id (amzn1.ask.skill.…); required while verification is on
  ALEXA_VERIFY    on (default) or off; off skips Alexa request verification (local testing only)
  LOG_LEVEL       logging level (default INFO: one line per request)
"""
from __future__ import annotations

import logging
from typing import Mapping

from flask import Flask

from .app import ConfigError, create_app

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def verify_from_env(value: str | None) -> bool:
    """Read ALEXA_VERIFY: unset or empty means on; anything unrecognised is an error, not off."""
    text = (value or "").strip().lower()
    if not text or text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ConfigError(f"ALEXA_VERIFY must be on or off, not {value!r}")


def log_level_from(value: str | None, default: str = "INFO") -> str:
    """A logging level name from LOG_LEVEL or a flag; an unknown name is a ConfigError."""
    name = (value or default).strip().upper()
    if not isinstance(logging.getLevelName(name), int):
        raise ConfigError(f"LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, not {value!r}")
    return name


def app_from_env(environ: Mapping[str, str]) -> Flask:
    """Configure logging and build the app from *environ*; raises ConfigError if misconfigured."""
    logging.basicConfig(
        level=log_level_from(environ.get("LOG_LEVEL")),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    verify = verify_from_env(environ.get("ALEXA_VERIFY"))
    if verify and not (environ.get("ALEXA_SKILL_ID") or "").strip():
        # Said in this entry point's terms: gunicorn has no --skill-id; the environment configures it.
        raise ConfigError(
            "ALEXA_SKILL_ID is not set: request verification needs the skill id (ALEXA_SKILL_ID=amzn1.ask.skill.…), "
            "or, for local testing only, turn verification off with ALEXA_VERIFY=off"
        )
    return create_app(skill_id=environ.get("ALEXA_SKILL_ID"), verify=verify)
