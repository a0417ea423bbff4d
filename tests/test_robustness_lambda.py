"""Property-based: whatever envelope arrives, skill.lambda_handler answers with a response Alexa accepts.

"Answers" means more than "does not raise": no handler may fail and be papered over by the catch-all
apology, so the tests also watch the log for the skill's own failure records.
"""
from __future__ import annotations

import contextlib
import copy
import logging
from typing import Any, Iterator

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from skill import lambda_handler
from skill.entry import MalformedRequest, invoke
from skill.content import load_content
from skill.topics import TOPICS, WARNING_SLOT
from tests.alexa import Session, slot
from tests.envelope_strategies import INTENTS, SLOT_IDS, SLOT_NAMES, SLOT_WORDS, envelopes, mutated, texts
from tests.response_checks import response_problems

SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

#: The warning-sign ids the skill answers first, on whichever intent carries them.
KNOWN_SIGNS = frozenset(load_content("en-US").warning_signs) | load_content("en-US").general_signs
#: Loggers whose ERROR records mean the skill itself failed on a request.
FAILURE_LOGGERS = ("skill.handlers", "skill.entry")


class _Failures(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name in FAILURE_LOGGERS:
            self.records.append(record)


@contextlib.contextmanager
def skill_failures() -> Iterator[list[str]]:
    """Collect "the skill failed" log records (type and message) while the block runs."""
    handler, root = _Failures(), logging.getLogger()
    root.addHandler(handler)
    found: list[str] = []
    try:
        yield found
    finally:
        root.removeHandler(handler)
        found += [f"{r.name}: {r.getMessage()} {r.exc_info[1]!r}" if r.exc_info else r.getMessage()
                  for r in handler.records]


def answered(event: Any) -> dict[str, Any]:
    with skill_failures() as failures:
        response = lambda_handler(copy.deepcopy(event))
    assert failures == []
    assert response_problems(response) == []
    return response


@SETTINGS
@given(envelopes())
def test_every_plausible_envelope_gets_a_valid_response_and_no_handler_fails(event):
    answered(event)


@SETTINGS
@given(mutated())
def test_envelopes_with_fields_missing_replaced_or_added_get_a_valid_response(event):
    answered(event)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_invoke_either_rejects_the_envelope_as_malformed_or_answers_it(event):
    try:
        response = invoke(copy.deepcopy(event))
    except MalformedRequest:
        return
    assert response_problems(response) == []


# -- whole conversations --------------------------------------------------------------------------

slot_values = st.one_of(
    st.none(),
    st.tuples(st.sampled_from(SLOT_WORDS), st.sampled_from(SLOT_IDS) | st.none()),
    st.tuples(texts, st.none()),
)
turns = st.lists(st.tuples(st.sampled_from(INTENTS + ["AMAZON.PauseIntent"]), st.sampled_from(SLOT_NAMES), slot_values),
                 min_size=1, max_size=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.booleans(), turns, st.sampled_from(["en-US", "en-GB", "en-IN", "en-AU", "en-CA"]))
# found by this test: a sign on "thank you" is answered first, and the session stays open
@example(False, [("ThanksIntent", "symptom", ("I fell", "bladder_bowel"))], "en-US")
@example(False, [("AMAZON.StopIntent", "symptom", ("I fell", "bladder_bowel")), ("AMAZON.StopIntent", "symptom", None)], "en-GB")
def test_any_sequence_of_intents_keeps_a_valid_open_session_until_stop(launch, steps, locale):
    session = Session(locale=locale)
    topics_by_intent = {t.intent: t for t in TOPICS}
    with skill_failures() as failures:
        if launch:
            assert response_problems(session.launch()) == []
        for name, slot_name, value in steps:
            topic = topics_by_intent.get(name)
            slot_name = topic.slot if topic and topic.slot else slot_name
            filled = {slot_name: slot(slot_name, *value)} if value else {}
            before = dict(session.attributes or {})
            response = session.intent(name, **filled)
            assert response_problems(response) == []
            # A warning sign carried on any intent is answered first, and the session stays open for
            # the other warning signs. Otherwise stop and cancel end the session; so do "no" and
            # "thank you" when nothing is on offer (no pending offer, no page of help open).
            warned = slot_name == WARNING_SLOT and bool(value) and value[1] in KNOWN_SIGNS
            nothing_pending = not before.get("offer") and before.get("menu", -1) < 0
            ends = not warned and (name in ("AMAZON.StopIntent", "AMAZON.CancelIntent") or (
                name == "AMAZON.NoIntent" and nothing_pending) or (name == "ThanksIntent" and not before.get("offer")))
            assert response["response"]["shouldEndSession"] is ends
            if ends:
                break
    assert failures == []
