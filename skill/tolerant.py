"""Reading envelopes whose typed fields hold placeholders: what ask-sdk-model cannot read becomes absent.

Alexa itself always sends ISO 8601 timestamps and the enum values it documents, but envelopes written by
hand, by simulators and by other SDKs' fixtures carry ``"timestamp": 1431520496000``, ``"timestamp":
"string"`` or ``"playerActivity": "string"``. ask-sdk-core's serializer rejects the whole envelope for
one such field, and the skill then cannot answer even a plain LaunchRequest. The skill reads none of
those fields, so this serializer reads a value it cannot parse as absent (None) instead, and the
request is answered like any other.

ask-sdk-core offers no hook for this; the overrides below replace two of ``DefaultSerializer``'s
private helpers (name-mangled, hence the long names). They are used only after the SDK's own serializer
has failed, so a well-formed envelope is always read by the SDK's code alone;
tests/test_conformance.py fails if an ask-sdk-core release renames them.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from enum import Enum
from typing import Any

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer

#: Epoch numbers above this are milliseconds (it is 5138-11-16 in seconds), below it seconds.
EPOCH_MILLISECONDS_FROM = 10**11


class TolerantSerializer(DefaultSerializer):
    """DefaultSerializer that reads an unparsable date-time or enum value as None instead of failing."""

    def _DefaultSerializer__deserialize_datetime(self, payload: Any, obj_type: Any) -> Any:  # noqa: N802
        if isinstance(payload, (int, float)) and not isinstance(payload, bool):
            seconds = payload / 1000 if abs(payload) >= EPOCH_MILLISECONDS_FROM else payload
            try:
                moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
            except (OverflowError, OSError, ValueError):
                return None
            return moment.date() if obj_type is date else moment
        try:
            return super()._DefaultSerializer__deserialize_datetime(payload, obj_type)  # type: ignore[misc]
        except (SerializationException, TypeError, OverflowError):
            return None

    def _DefaultSerializer__deserialize_model(self, payload: Any, obj_type: Any) -> Any:  # noqa: N802
        if isinstance(obj_type, type) and issubclass(obj_type, Enum):
            try:
                return obj_type(payload)
            except (ValueError, TypeError):
                return None
        return super()._DefaultSerializer__deserialize_model(payload, obj_type)  # type: ignore[misc]
