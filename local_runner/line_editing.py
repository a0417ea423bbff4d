"""Line editing and history for `chat` at a terminal, with the standard library's `readline`.

Arrow keys move and recall earlier lines (Up no longer prints ``^[[A``), and what was typed is kept
between chats in a history file under the user's state directory: ``$XDG_STATE_HOME/backpain-skill/
chat_history`` (default ``~/.local/state/backpain-skill/chat_history``), readable by the user only.
``chat --no-history`` keeps nothing on disk. Where `readline` is missing (some Windows Pythons),
chat reads plain lines as before.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

#: Lines kept in the history file.
HISTORY_LENGTH = 1000


def history_file(environ: dict[str, str] | None = None) -> Path:
    """Where chat keeps its history: under $XDG_STATE_HOME, else ~/.local/state."""
    env = os.environ if environ is None else environ
    state = env.get("XDG_STATE_HOME") or str(Path(env.get("HOME") or Path.home()) / ".local" / "state")
    return Path(state) / "backpain-skill" / "chat_history"


class LineEditing:
    """Turns on readline for input(); with a history file, loads it now and saves it on close()."""

    def __init__(self, history: Path | None) -> None:
        self.history = history
        self._readline: Any = None
        try:
            import readline
        except ImportError:  # no line editing on this Python; input() still works
            return
        self._readline = readline
        readline.set_history_length(HISTORY_LENGTH)
        if history is not None and history.is_file():
            try:
                readline.read_history_file(history)
            except OSError:
                pass  # an unreadable history is no reason to refuse a chat

    @property
    def active(self) -> bool:
        """True when readline edits the lines."""
        return self._readline is not None

    def close(self) -> str | None:
        """Save the history, if there is one to keep; returns why it could not be saved, if so."""
        if self._readline is None or self.history is None:
            return None
        try:
            self.history.parent.mkdir(parents=True, exist_ok=True)
            # Readable by the user only, from the first byte: what was typed may be personal.
            os.close(os.open(self.history, os.O_CREAT | os.O_WRONLY, 0o600))
            self._readline.write_history_file(self.history)
        except OSError as exc:
            return f"cannot save the chat history to {self.history}: {exc.strerror or exc}"
        return None
