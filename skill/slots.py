"""Reading an intent's slot as Alexa resolved it: the value heard and, on a match, its canonical id.

Shared by the intent handlers and the CanFulfillIntentRequest handler, so both judge a slot the same way.
Slot objects come from the client; any part of the resolution block may be missing or malformed.
"""
from __future__ import annotations

from ask_sdk_model import Intent


def slot_resolution(intent: Intent | None, slot_name: str | None) -> tuple[str | None, str | None]:
    """The (canonical id, heard value) of a slot; the id only on ER_SUCCESS_MATCH, (None, None) if empty."""
    slots = getattr(intent, "slots", None)
    slot = slots.get(slot_name) if slot_name and isinstance(slots, dict) else None
    value = getattr(slot, "value", None)
    if not isinstance(value, str) or not value.strip():
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
