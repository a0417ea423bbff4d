"""What makes a response envelope one Alexa accepts: the invariants every robustness test checks.

Limits from the Alexa Skills Kit response reference: outputSpeech under 8,000 characters, the
whole response under 24 KB, card text under 8,000 characters; SSML well-formed with supported tags.
"""
from __future__ import annotations

import json
from typing import Any

from skill.ssml import ssml_problems

MAX_RESPONSE_BYTES = 24 * 1024
MAX_CARD_CHARS = 8000


def _speech_problems(where: str, speech: Any) -> list[str]:
    if not isinstance(speech, dict):
        return [f"{where} is not an object"]
    if speech.get("type") == "SSML" and isinstance(speech.get("ssml"), str):
        return [f"{where}: {problem}" for problem in ssml_problems(speech["ssml"])]
    if speech.get("type") == "PlainText" and isinstance(speech.get("text"), str):
        return [f"{where} is {len(speech['text'])} characters"] if len(speech["text"]) >= 8000 else []
    return [f"{where} has neither SSML nor plain text"]


def response_problems(envelope: Any) -> list[str]:
    """Everything Alexa would reject in *envelope*, or that breaks the skill's own promises. Empty if fine.

    Speaking responses say explicitly whether the session ends, and keep it open only with a
    reprompt; silent responses (events, CanFulfillIntentRequest) carry no speech, card or reprompt.
    """
    if not isinstance(envelope, dict):
        return [f"response envelope is a {type(envelope).__name__}, not an object"]
    problems: list[str] = []
    size = len(json.dumps(envelope))  # escaped non-ASCII: never smaller than UTF-8
    if size >= MAX_RESPONSE_BYTES:
        problems.append(f"response is {size} bytes; Alexa allows fewer than {MAX_RESPONSE_BYTES}")
    if envelope.get("version") != "1.0":
        problems.append("response version is not 1.0")
    attributes = envelope.get("sessionAttributes")
    if attributes is not None and not isinstance(attributes, dict):
        problems.append("sessionAttributes is not an object")
    response = envelope.get("response")
    if not isinstance(response, dict):
        return problems + ["response has no response object"]
    end = response.get("shouldEndSession")
    reprompt = response.get("reprompt")
    card = response.get("card")
    if "outputSpeech" in response:
        problems += _speech_problems("outputSpeech", response["outputSpeech"])
        if not isinstance(end, bool):
            problems.append("a speaking response must say whether the session ends (shouldEndSession)")
        if end is False and not reprompt:
            problems.append("the session stays open without a reprompt")
        if reprompt is not None:
            problems += _speech_problems("reprompt", (reprompt or {}).get("outputSpeech"))
        if end is True and reprompt:
            problems.append("a reprompt on a response that ends the session")
    else:
        for key in ("reprompt", "card"):
            if response.get(key):
                problems.append(f"a silent response carries a {key}")
        if end is False:
            problems.append("a silent response keeps the session open")
    if card is not None:
        text = f"{card.get('title', '')}{card.get('content', '')}{card.get('text', '')}"
        if len(text) >= MAX_CARD_CHARS:
            problems.append(f"card is {len(text)} characters")
    return problems
