"""How an envelope reaches the skill: in-process through the Lambda entry point, or over HTTP to a
running `backpain-skill serve`. Both take the request envelope as a dict and give back the
response envelope as a dict, so everything above them is the same for both paths.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Callable, Mapping, Protocol


class TransportError(Exception):
    """The skill could not be reached or did not answer with a response envelope."""


class EndpointUnreachable(TransportError):
    """Nothing answers at the endpoint (refused, unknown host, timeout): nothing can be tested there."""


class Transport(Protocol):
    """Sends one request envelope and returns the skill's response envelope."""

    description: str

    def send(self, envelope: Mapping[str, Any]) -> dict[str, Any]:
        """Deliver *envelope* and return the response envelope."""
        ...


class InProcessTransport:
    """Calls the skill's Lambda handler directly, JSON in and JSON out, as AWS Lambda does."""

    description = "in-process (skill.lambda_handler)"

    def __init__(self, handler: Callable[[dict[str, Any], Any], Any] | None = None) -> None:
        self._handler = handler

    def send(self, envelope: Mapping[str, Any]) -> dict[str, Any]:
        """Run the handler on a JSON copy of *envelope*, exactly what Lambda would deliver."""
        handler = self._handler or _lambda_handler()
        event = json.loads(json.dumps(envelope))
        try:
            response = handler(event, None)
        except Exception as exc:  # the skill's own failure, reported to the developer, not re-raised
            raise TransportError(f"the skill raised {type(exc).__name__}: {exc}") from exc
        return _response_envelope(json.loads(json.dumps(response)) if response is not None else None, "the skill")


class HttpTransport:
    """POSTs envelopes as JSON to a skill endpoint (e.g. `backpain-skill serve --no-verify`)."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        parsed = urllib.parse.urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise TransportError(f"--endpoint must be an http:// or https:// URL, not {url!r}")
        self.url = url
        self.timeout = timeout
        self.description = f"HTTP POST {url}"

    def send(self, envelope: Mapping[str, Any]) -> dict[str, Any]:
        """POST *envelope* and parse the JSON body of the answer."""
        body = json.dumps(envelope).encode("utf-8")
        request = urllib.request.Request(
            self.url,
            data=body,
            method="POST",
            headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": "backpain-skill-local-runner"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                payload = reply.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read(500).decode("utf-8", "replace").strip()
            hint = _verification_hint(detail, envelope)
            raise TransportError(
                f"{self.url} answered HTTP {exc.code} {exc.reason}: {detail or '(no body)'}{hint}") from None
        except urllib.error.URLError as exc:
            raise EndpointUnreachable(
                f"cannot reach {self.url}: {exc.reason} (is `backpain-skill serve` running?)") from None
        except (TimeoutError, OSError) as exc:
            raise EndpointUnreachable(f"no answer from {self.url} within {self.timeout:g} s ({exc})") from None
        try:
            data = json.loads(payload)
        except (ValueError, UnicodeDecodeError):
            raise TransportError(f"{self.url} did not answer with JSON: {payload[:200]!r}") from None
        return _response_envelope(data, self.url)


def _verification_hint(detail: str, envelope: Mapping[str, Any]) -> str:
    """What to do when a server refused the runner's request in its Alexa request verification."""
    try:
        check = json.loads(detail).get("check")
    except (ValueError, AttributeError):
        return ""
    if check == "signature_missing":
        return (" - the server verifies that requests come from Alexa, and the runner cannot sign them: "
                "start it with `backpain-skill serve --no-verify` for local testing")
    if check == "skill_id":
        sent = ((envelope.get("session") or {}).get("application") or {}).get("applicationId")
        return (f" - the server serves another skill id than the runner's {sent}: give both the same id "
                "(ALEXA_SKILL_ID for the runner, --skill-id or ALEXA_SKILL_ID for serve)")
    return ""


def _lambda_handler() -> Callable[[dict[str, Any], Any], Any]:
    try:
        from skill import lambda_handler
    except ImportError as exc:
        raise TransportError(f"cannot load the skill's entry point skill.lambda_handler: {exc}") from None
    return lambda_handler


def _response_envelope(data: Any, source: str) -> dict[str, Any]:
    if not isinstance(data, dict) or not isinstance(data.get("response"), dict):
        raise TransportError(f"{source} did not return a response envelope (no 'response' object): {str(data)[:200]}")
    return data
