"""The Flask application that puts the skill on an HTTPS endpoint for Alexa.

``POST /`` takes an Alexa request envelope and answers with the skill's response envelope;
``GET /health`` answers ``{"status": "ok"}`` for load balancers. Every failure is a short JSON
error with the right status code, never an HTML page or a stack trace.
"""
from __future__ import annotations

import logging
import time
from typing import Any, Callable

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed, RequestEntityTooLarge

from skill.logs import log_failure

from .envelope import EnvelopeError, parse_envelope, request_facts
from .verification import RequestVerifier, VerificationError, check_skill_id

log = logging.getLogger("skill.webservice")

Handler = Callable[[dict], dict]

#: Alexa requests are a few KB; a body far larger is not one.
DEFAULT_MAX_BODY = 64 * 1024
ALEXA_ROUTE = "/"
HEALTH_ROUTE = "/health"


class ConfigError(ValueError):
    """The web service is configured in a way that must not run; the message says how to fix it."""


def _skill_handler() -> tuple[Handler, tuple[type[Exception], ...]]:
    """The skill's entry point, and the exception by which it says an envelope is unreadable.

    ``skill.entry.invoke`` is ``skill.lambda_handler`` without its spoken apology for an
    envelope the skill cannot read: over HTTP that is the caller's error, so a 400.
    """
    # Imported here so that importing the web service does not build the skill.
    from skill.entry import MalformedRequest, invoke

    return invoke, (MalformedRequest,)


def create_app(
    handler: Handler | None = None,
    *,
    skill_id: str | None = None,
    verify: bool = True,
    verifier: RequestVerifier | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    malformed: tuple[type[Exception], ...] = (),
) -> Flask:
    """Build the Flask app that serves *handler* (default: the skill, see ``_skill_handler``).

    With *verify* (the default) every request must pass Alexa's signature, certificate and
    timestamp checks, and *skill_id* is required. The skill id is checked whenever one is given.
    Exceptions in *malformed*, raised by *handler*, mean "not an envelope I can read" (400).
    Raises ConfigError for a configuration that must not serve.
    """
    skill_id = (skill_id or "").strip() or None
    if verify and skill_id is None:
        raise ConfigError(
            "request verification needs the skill id: pass --skill-id amzn1.ask.skill.… or set "
            "ALEXA_SKILL_ID (or, for local testing only, turn verification off: `serve --no-verify`, or "
            "ALEXA_VERIFY=off for skill.webservice.wsgi:app)"
        )
    if verify and verifier is None:
        verifier = RequestVerifier()
    if not verify:
        log.warning(
            "ALEXA REQUEST VERIFICATION IS OFF: anyone who can reach this endpoint can invoke the "
            "skill. Use this only for local testing, never for an endpoint Alexa calls."
        )
    skill = handler
    if skill is None:
        skill, malformed = _skill_handler()

    app = Flask(__name__)
    # One byte over the cap lets a chunked body (no Content-Length) show that it is too large:
    # Werkzeug silently stops reading such a stream at the limit instead of raising.
    app.config["MAX_CONTENT_LENGTH"] = max_body + 1
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep the skill's key order

    # No automatic OPTIONS: anything but POST on the Alexa route is a 405.
    @app.route(ALEXA_ROUTE, methods=["POST"], provide_automatic_options=False)
    def alexa() -> Response | tuple[Response, int]:
        started = time.perf_counter()
        body = request.get_data(cache=False)  # raises 413 for a declared length over the cap
        if len(body) > max_body:
            raise RequestEntityTooLarge()
        request_id = "-"
        try:
            if verifier is not None:
                verifier.verify_signature(request.headers, body)
            envelope = parse_envelope(body)
            facts = request_facts(envelope)
            request_id = facts.request_id
            if verifier is not None:
                verifier.verify_timestamp(envelope)
            if skill_id is not None:
                check_skill_id(envelope, skill_id)
            answer = _invoke(skill, envelope, malformed)
        except VerificationError as exc:
            log.warning("rejected request_id=%s check=%s reason=%s", request_id, exc.check, exc.reason)
            return jsonify(error="request verification failed", check=exc.check), 400
        except EnvelopeError as exc:
            log.warning("rejected request_id=%s check=envelope reason=%s", request_id, exc)
            return jsonify(error=f"not an Alexa request: {exc}", check="envelope"), 400
        ms = (time.perf_counter() - started) * 1000
        if answer is None:
            log.error("failed request_id=%s type=%s intent=%s ms=%.1f",
                      facts.request_id, facts.request_type, facts.intent or "-", ms)
            return jsonify(error="the skill could not answer this request"), 500
        log.info("answered request_id=%s type=%s intent=%s ms=%.1f",
                 facts.request_id, facts.request_type, facts.intent or "-", ms)
        return jsonify(answer)

    @app.get(HEALTH_ROUTE)
    def health() -> Response:
        return jsonify(status="ok")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> tuple[Response, int]:
        response = jsonify(error=(exc.name or "error").lower())
        if isinstance(exc, MethodNotAllowed) and exc.valid_methods:
            response.headers["Allow"] = ", ".join(exc.valid_methods)
        return response, exc.code or 500

    @app.errorhandler(Exception)
    def unexpected_error(exc: Exception) -> tuple[Response, int]:
        log_failure(log, f"internal error while serving {request.method} {request.path}", exc)
        return jsonify(error="internal server error"), 500

    return app


def _invoke(
    skill: Handler, envelope: dict[str, Any], malformed: tuple[type[Exception], ...]
) -> dict[str, Any] | None:
    """The skill's response envelope, or None if the skill failed (logged as type and place only).

    Exceptions in *malformed* are the caller's error, not the skill's: raised as EnvelopeError.
    """
    try:
        answer = skill(envelope)
    except malformed as exc:
        raise EnvelopeError(str(exc)) from exc
    except Exception as exc:  # the skill's own bug must not become an HTML 500 page
        log_failure(log, f"the skill raised while handling a {envelope['request']['type']}", exc)
        return None
    if not isinstance(answer, dict):
        log.error("the skill returned %s, not a response envelope", type(answer).__name__)
        return None
    return answer
