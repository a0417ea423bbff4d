"""Which locale a request is served in: one the skill is published in, else the default.

The locale arrives from the client. Only the manifest's locales (a small, fixed set) reach the
content loader and its per-locale caches, so a client inventing locales cannot grow memory.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from interaction_model import load_manifest

DEFAULT_LOCALE = "en-US"


@lru_cache(maxsize=1)
def served_locales() -> frozenset[str]:
    """The locales the skill is published in (the manifest Alexa reads)."""
    return frozenset(load_manifest()["manifest"]["publishingInformation"]["locales"])


def serving_locale(requested: Any) -> str:
    """*requested* if the skill is published in it, else DEFAULT_LOCALE."""
    return requested if isinstance(requested, str) and requested in served_locales() else DEFAULT_LOCALE
