"""What utterance understanding returns (the interface agreed with the runner)."""
from __future__ import annotations

from dataclasses import dataclass, field

class NluDataError(ValueError):
    """One of the NLU's own data files (not the interaction model) cannot be used; the message names it."""


MATCH = "ER_SUCCESS_MATCH"
NO_MATCH = "ER_SUCCESS_NO_MATCH"


@dataclass(frozen=True)
class SlotValue:
    """A filled slot, with Alexa's entity-resolution outcome."""

    name: str                 # slot name as declared on the intent, e.g. "treatment"
    value: str                # the words heard, e.g. "chiro practor" (Alexa's slot.value)
    slot_type: str            # e.g. "TreatmentType"
    status: str               # MATCH or NO_MATCH
    id: str | None            # canonical id, e.g. "chiropractic" (None on NO_MATCH)
    canonical: str | None     # canonical name value (None on NO_MATCH)


@dataclass(frozen=True)
class Candidate:
    """One intent the utterance could mean, with how sure we are and why."""

    intent: str
    score: float              # 0..1
    sample: str | None        # best-matching sample as written in the model; None for rules
    slots: dict[str, SlotValue] = field(default_factory=dict)


@dataclass(frozen=True)
class NluResult:
    """The outcome of understanding one utterance."""

    utterance: str            # as given
    normalized: str           # after normalisation
    intent: str               # winner; "AMAZON.FallbackIntent" when nothing is close enough
    slots: dict[str, SlotValue]
    confidence: float         # the winner's score (for a fallback: the best score that fell short)
    candidates: list[Candidate]   # top 3, best first
    reason: str = ""          # how the winner was chosen: "exact", "template", "paraphrase",
                              # "warning sign", "below threshold", "empty"
    detail: str = ""          # for --explain: the warning-sign findings and what their context made of them

    def explained(self) -> str:
        """The reason, with the detail when there is one (what --explain prints)."""
        return f"{self.reason}; {self.detail}" if self.detail else self.reason
