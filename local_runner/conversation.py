"""Offline Alexa for one user on one device: utterance -> invocation check -> NLU -> request
envelope -> skill -> Turn, with the session carried from turn to turn.

The rules follow the Alexa service:
- with no session open, "open back pain guide" sends a LaunchRequest, and "ask back pain guide
  what ..." or a plain question sends a one-shot IntentRequest in a new session;
- "exit" ends an open session with a SessionEndedRequest (reason USER_INITIATED);
- silence makes Alexa speak the reprompt once; if that goes unanswered too, the session ends with
  EXCEEDED_MAX_REPROMPTS (Amazon: "If the skill specified a reprompt, Alexa reprompts the user to
  speak and opens the microphone for a few more seconds"; then the microphone closes);
- a response that ends the session closes it; the next utterance starts a new one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Protocol, Sequence

from interaction_model.model import Model
from local_runner.envelopes import EnvelopeBuilder, named_slot_value
from local_runner.session import Session
from local_runner.transport import Transport
from local_runner.nlu.types import Candidate
from local_runner.turn import Turn, make_turn

#: Reprompts Alexa speaks to a silent user before it closes the session: one (see the docstring).
MAX_REPROMPTS = 1


class UnderstandsUtterances(Protocol):
    """The NLU as the conversation uses it (local_runner.nlu.Nlu)."""

    def resolve(self, utterance: str, earlier: Sequence[str] = ()) -> Any:
        """Return an NluResult for *utterance*, said after *earlier* in the same session."""
        ...


class InvocationParser(Protocol):
    def __call__(self, text: str, invocation_name: str) -> Any: ...


@dataclass(frozen=True)
class Reprompt:
    """What Alexa says again when the user stays silent (no request reaches the skill)."""

    text: str
    ssml: str
    count: int


class Conversation:
    """Turns utterances into requests to the skill and remembers the session between them."""

    def __init__(
        self,
        nlu: UnderstandsUtterances,
        parse_invocation: InvocationParser,
        model: Model,
        builder: EnvelopeBuilder,
        transport: Transport,
        nlu_mode: str = "fuzzy",
    ) -> None:
        self.nlu = nlu
        #: "fuzzy" (the lenient default NLU) or "exact" (samples as written); shown by --explain.
        self.nlu_mode = nlu_mode
        self.parse_invocation = parse_invocation
        self.model = model
        self.builder = builder
        self.transport = transport
        self.session: Session | None = None
        self.last_turn: Turn | None = None
        self._silences = 0

    @property
    def session_open(self) -> bool:
        """True while a session is open (the skill is listening)."""
        return self.session is not None and not self.session.ended

    def say(self, utterance: str) -> Turn | None:
        """Handle one spoken utterance; None when it needed no request ("exit" with no session open)."""
        self._silences = 0
        text = utterance.strip()
        if is_exit(text):
            return self.end_session("USER_INITIATED", utterance=text) if self.session_open else None
        question = self.question_of(text)
        if question is None:
            return self.launch(utterance=text)
        result = self.understand(question)
        turn = self._intent_turn(
            text, result.intent, result.slots, result.confidence, tuple(result.candidates), result.normalized,
            nlu_reason=result.explained(),
        )
        assert self.session is not None   # the request opened one if none was open
        self.session.asked.append(question)
        return turn

    def understand(self, question: str) -> Any:
        """What the NLU makes of *question* said now, after the open session's questions (not sent)."""
        asked = self.session.asked if self.session is not None and self.session_open else []
        return self.nlu.resolve(question, tuple(asked))

    def question_of(self, utterance: str) -> str | None:
        """What the NLU is given for *utterance*: the request after any invocation ("ask back pain
        guide is surgery worth it" -> "is surgery worth it"), or None for a launch ("open back pain guide")."""
        text = utterance.strip()
        invocation = self.parse_invocation(text, self.model.invocation_name)
        if invocation.kind == "launch" or (invocation.kind == "intent" and not invocation.rest.strip()):
            return None
        if invocation.kind != "intent":
            return text
        if self.nlu_mode == "exact":  # samples as written: the request's own words, not normalised ones
            return _as_written(text, invocation.rest)
        return invocation.rest

    def launch(self, utterance: str = "LaunchRequest") -> Turn:
        """Open the skill in a new session ("open back pain guide")."""
        self._silences = 0
        self.session = Session()
        return self._exchange(utterance, self.builder.launch(self.session))

    def intent(self, intent: str, slot_values: Mapping[str, str], utterance: str | None = None) -> Turn:
        """Send *intent* with slots given by value, bypassing the NLU (dialog files' `Intent slot=value`).

        Raises KeyError naming an intent or slot the model does not declare.
        """
        self._silences = 0
        if self.model.intent(intent) is None:
            raise KeyError(f"the model has no intent {intent}")
        slots = {name: named_slot_value(self.model, intent, name, value) for name, value in slot_values.items()}
        label = utterance or " ".join([intent, *(f"{k}={v}" for k, v in slot_values.items())])
        return self._intent_turn(label, intent, slots, None, ())

    def touch(self, number: int, utterance: str | None = None) -> Turn:
        """Touch button *number* (from 1, as the transcript numbers them) of the screen the last turn showed.

        Raises ValueError when nothing is on screen, or there is no such button.
        """
        screen = self.last_turn.screen if self.last_turn and self.session_open else None
        if screen is None:
            raise ValueError("nothing is on the screen to touch (use --device screen, and touch while the skill "
                             "shows an answer)")
        if not 1 <= number <= len(screen.buttons):
            raise ValueError(f"the screen has no button {number}; it shows buttons 1 to {len(screen.buttons)}")
        assert self.session is not None
        self._silences = 0
        envelope = self.builder.user_event(self.session, screen.token, screen.buttons[number - 1].arguments)
        return self._exchange(utterance or f"touch {number}", envelope)

    def end_session(self, reason: str, utterance: str = "SessionEndedRequest") -> Turn | None:
        """Close the open session with a SessionEndedRequest; None if no session is open."""
        if not self.session_open:
            return None
        assert self.session is not None
        envelope = self.builder.session_ended(self.session, reason)
        self.session.end()
        return self._exchange(utterance, envelope, apply=False)

    def silence(self) -> Reprompt | Turn | None:
        """The user said nothing: the reprompt again, or the end of the session once reprompts run out."""
        if not self.session_open:
            return None
        self._silences += 1
        reprompt = self.last_turn.reprompt if self.last_turn else None
        if self._silences <= MAX_REPROMPTS and reprompt:
            return Reprompt(reprompt, self.last_turn.reprompt_ssml or "", self._silences)  # type: ignore[union-attr]
        self._silences = 0
        return self.end_session("EXCEEDED_MAX_REPROMPTS", utterance="")

    def new_session(self) -> Turn | None:
        """Close any open session (as if the user said "exit") so the next utterance starts afresh."""
        ended = self.end_session("USER_INITIATED", utterance="exit") if self.session_open else None
        self.session = None
        return ended

    def forget_session(self) -> None:
        """Drop the session without telling the skill (the user walked away; the skill keeps no state)."""
        self.session = None
        self._silences = 0

    def _intent_turn(
        self,
        utterance: str,
        intent: str,
        slots: Mapping[str, Any],
        confidence: float | None,
        candidates: tuple[Candidate, ...],
        heard: str | None = None,
        nlu_reason: str | None = None,
    ) -> Turn:
        if not self.session_open:
            self.session = Session()  # a one-shot request opens its own session
        assert self.session is not None
        envelope = self.builder.intent(self.session, intent, slots)
        return self._exchange(utterance, envelope, confidence=confidence, candidates=candidates, heard=heard,
                              nlu_reason=nlu_reason)

    def _exchange(
        self,
        utterance: str,
        envelope: dict[str, Any],
        *,
        apply: bool = True,
        confidence: float | None = None,
        candidates: tuple[Candidate, ...] = (),
        heard: str | None = None,
        nlu_reason: str | None = None,
    ) -> Turn:
        assert self.session is not None
        response = self.transport.send(envelope)
        if apply:
            self.session.apply_response(response, screen_device=self.builder.device.has_screen)
        turn = make_turn(
            utterance, envelope, response, end_session=self.session.ended,
            confidence=confidence,
            candidates=candidates,
            heard=heard,
            nlu_mode=self.nlu_mode if nlu_reason is not None else None,
            nlu_reason=nlu_reason,
        )
        if apply:
            self.session.screen_token = turn.screen.token if turn.screen else None
        self.last_turn = turn
        return turn


def _as_written(text: str, request: str) -> str:
    """The words of *text* that normalise to *request* (the part before or after the invocation)."""
    from local_runner.nlu.normalize import normalize

    words = text.split()
    for start in range(len(words)):
        if normalize(" ".join(words[start:])) == request:
            return " ".join(words[start:])
    for end in range(len(words), 0, -1):
        if normalize(" ".join(words[:end])) == request:
            return " ".join(words[:end])
    return request


def is_exit(text: str) -> bool:
    """True for "exit" (optionally "alexa, exit"): Alexa closes the skill itself, no intent is sent."""
    words = re.sub(r"[^\w\s]", " ", text.lower()).split()
    if words[:1] == ["alexa"]:
        words = words[1:]
    return words == ["exit"]
