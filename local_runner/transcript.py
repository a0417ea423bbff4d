"""Printing turns for people: what was heard, the intent, what Alexa says, the card, and --explain."""
from __future__ import annotations

import textwrap
from typing import Any, Iterable

from local_runner.nlu.types import Candidate
from local_runner.turn import Turn

LABEL_WIDTH = 12


def format_turn(turn: Turn, *, explain: bool = False, show_utterance: bool = False) -> str:
    """The transcript lines for one turn."""
    lines: list[str] = []
    if show_utterance and turn.utterance:
        lines.append(_line("you", turn.utterance))
    if turn.heard is not None:
        lines.append(_line("heard", turn.heard))
    lines.append(_line("intent", _describe_request(turn)))
    if explain and turn.nlu_mode:
        lines.append(_line("nlu", f"{turn.nlu_mode}: {turn.nlu_reason}"))
    if explain and turn.candidates:
        lines.extend(format_candidates(turn.candidates))
    if turn.speech:
        lines.append(_line("Alexa says", turn.speech))
    if turn.card:
        lines.append(_line("card", f"{turn.card['title']}: {turn.card['text']}"))
    if turn.screen:
        shown = turn.screen.lines()
        lines.append(f"{'screen:':<{LABEL_WIDTH}}  {shown[0]}")
        lines.extend(f"{'':{LABEL_WIDTH}}  {line}" for line in shown[1:])
    if turn.end_session:
        lines.append("(session ended)")
    return "\n".join(lines)


def format_candidates(candidates: Iterable[Candidate]) -> list[str]:
    """--explain: the ranked candidates with score and matched sample."""
    lines = []
    for rank, candidate in enumerate(candidates, 1):
        sample = f'  matched "{candidate.sample}"' if candidate.sample else "  (built-in rule)"
        lines.append(f"{'':{LABEL_WIDTH}}  {rank}. {candidate.intent:<28} {candidate.score:.3f}{sample}")
    return lines


def format_nlu(result: Any, mode: str | None = None) -> str:
    """--explain for an NLU result alone (chat's `/explain TEXT`), nothing sent to the skill."""
    lines = [_line("heard", result.normalized), _line("intent", f"{result.intent}  (confidence {result.confidence:.2f})")]
    if mode:
        lines.append(_line("nlu", f"{mode}: {result.explained()}"))
    lines.extend(format_candidates(result.candidates))
    return "\n".join(lines)


def _describe_request(turn: Turn) -> str:
    if turn.request_type == "LaunchRequest":
        return "LaunchRequest"
    if turn.request_type == "SessionEndedRequest":
        return f"SessionEndedRequest ({turn.request['request'].get('reason')})"
    if turn.request_type == "Alexa.Presentation.APL.UserEvent":
        return f"Alexa.Presentation.APL.UserEvent (a touch; arguments {turn.request['request'].get('arguments')})"
    text = turn.intent or "?"
    if turn.slots:
        text += "  " + ", ".join(
            f"{name}={slot['value']!r}" + (f" -> {slot['id']}" if slot["id"] else " (no match)")
            for name, slot in turn.slots.items()
        )
    if turn.confidence is not None:
        text += f"  (confidence {turn.confidence:.2f})"
    return text


def _line(label: str, text: str) -> str:
    indent = " " * (LABEL_WIDTH + 2)
    wrapped = textwrap.fill(text, width=100, initial_indent=f"{label + ':':<{LABEL_WIDTH}}  ", subsequent_indent=indent)
    return wrapped
