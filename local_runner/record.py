"""`chat --record FILE`: the conversation written as a dialog test file (a golden transcript).

Each session becomes one test; each turn an interaction asserting what the skill really did
(intent, topic, prompt, reprompt, card, sessionEnded), so `test-dialogs FILE` replays it and
fails when the skill starts answering differently.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from local_runner.turn import Turn


class Recorder:
    """Collects turns, session by session, and writes them in bst's YAML format."""

    def __init__(self, path: Path, *, locale: str, device: str) -> None:
        self.path = path
        self.configuration = {"locale": locale, "device": device}
        self.sessions: list[list[dict[str, Any]]] = []
        self._open = False

    def add(self, turn: Turn) -> None:
        """Record *turn*, starting a new test when it opened a new session."""
        if not self._open or turn.request["session"]["new"]:
            self.sessions.append([])
            self._open = True
        self.sessions[-1].append({_utterance(turn): _assertions(turn)})
        if turn.end_session:
            self._open = False

    def check(self) -> None:
        """Make sure the file can be written, before anything is said; raises OSError if not."""
        if self.path.is_dir():
            raise IsADirectoryError(21, "it is a folder", str(self.path))
        blocking = next((p for p in self.path.parents if p.exists() and not p.is_dir()), None)
        if blocking is not None:
            raise NotADirectoryError(20, f"{blocking} is a file, not a folder", str(self.path))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        existed = self.path.exists()
        with self.path.open("a", encoding="utf-8"):
            pass
        if not existed:
            self.path.unlink()

    def save(self) -> int:
        """Write the file; returns the number of tests written. Raises OSError if it cannot."""
        tests = [s for s in self.sessions if s]
        documents: list[Any] = [{"configuration": self.configuration}]
        for number, interactions in enumerate(tests, 1):
            documents.append([{"test": f"Recorded session {number}"}, *interactions])
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.safe_dump_all(documents, explicit_start=True, sort_keys=False, allow_unicode=True, width=1000)
        self.path.write_text(text, encoding="utf-8")
        return len(tests)


def _utterance(turn: Turn) -> str:
    if turn.request_type == "LaunchRequest" and turn.utterance in ("", "LaunchRequest"):
        return "LaunchRequest"
    if turn.request_type == "SessionEndedRequest" and not turn.utterance:
        return f"SessionEndedRequest reason={turn.request['request']['reason']}"
    return turn.utterance


def _assertions(turn: Turn) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if turn.request_type == "IntentRequest":
        found.append({"intent": turn.intent})
    if turn.request_type != "SessionEndedRequest":
        found.append({"topic": turn.topic})
    if turn.speech:
        found.append({"prompt": turn.speech})
    if turn.reprompt:
        found.append({"reprompt": turn.reprompt})
    if turn.card:
        found.append({"cardTitle": turn.card["title"]})
        found.append({"cardContent": turn.card["text"]})
    found.append({"sessionEnded": turn.end_session})
    return found
