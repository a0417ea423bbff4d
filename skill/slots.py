"""Reading an intent's slot as Alexa resolved it: the value heard and, on a match, its canonical id.

Shared by the intent handlers and the CanFulfillIntentRequest handler, so both judge a slot the same way.
Slot objects come from the client; any part of the resolution block may be missing or malformed.
"""
from __future__ import annotations

import re
import unicodedata

from ask_sdk_model import Intent

#: The longest heard value the skill repeats back ("I don't have details on ..."); no treatment name is
#: longer, and an unbounded one would push the speech past Alexa's 8,000-character limit.
MAX_HEARD_CHARS = 80
_SPACES = re.compile(r"\s+")


def _keep(char: str) -> str:
    category = unicodedata.category(char)
    if char.isspace() or category == "Cc":
        return " "
    return "" if category in ("Cf", "Cs", "Co", "Cn") else char


def clean_heard(value: str) -> str:
    """*value* fit to be spoken back: no control, format, surrogate or unassigned characters (some are
    not even allowed in XML, so they would break the SSML), single spaces, at most MAX_HEARD_CHARS
    (cut at a word boundary)."""
    kept = "".join(_keep(c) for c in value[:MAX_HEARD_CHARS * 4])  # bounded work for any length
    text = _SPACES.sub(" ", kept).strip()
    if len(text) > MAX_HEARD_CHARS:
        text = text[:MAX_HEARD_CHARS + 1].rsplit(" ", 1)[0][:MAX_HEARD_CHARS]
    return text


def slot_resolution(intent: Intent | None, slot_name: str | None) -> tuple[str | None, str | None]:
    """The (canonical id, cleaned heard value) of a slot; the id only on ER_SUCCESS_MATCH; (None, None) if empty."""
    slots = getattr(intent, "slots", None)
    slot = slots.get(slot_name) if slot_name and isinstance(slots, dict) else None
    value = getattr(slot, "value", None)
    value = clean_heard(value) if isinstance(value, str) else None
    if not value:
        return None, None
    authorities = getattr(getattr(slot, "resolutions", None), "resolutions_per_authority", None)
    for authority in authorities if isinstance(authorities, list) else []:
        code = getattr(getattr(getattr(authority, "status", None), "code", None), "value", None)
        values = getattr(authority, "values", None)
        if code == "ER_SUCCESS_MATCH" and isinstance(values, list) and values:
            resolved = getattr(getattr(values[0], "value", None), "id", None)
            if isinstance(resolved, str) and resolved:
                return resolved, value
    return None, value
