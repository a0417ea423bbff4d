"""What a screen device would show, as text, and what touching it sends back.

With ``--device screen`` the skill answers with an Alexa.Presentation.APL.RenderDocument directive; the
runner reads its datasource (skill.screen's ``answer``: title, text, the offer and topic buttons, whether
it is a warning) and prints it as the screen would show it, its buttons numbered. Touching button N sends
the Alexa.Presentation.APL.UserEvent that the document's TouchWrapper would send: the document's token
and the button's arguments.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any, Mapping

RENDER_DOCUMENT = "Alexa.Presentation.APL.RenderDocument"
WIDTH = 86


@dataclass(frozen=True)
class Button:
    """A touchable label and the arguments a touch sends."""

    label: str
    arguments: tuple[str, ...]


@dataclass(frozen=True)
class Screen:
    """One rendered document: its token and what it shows."""

    token: str
    title: str
    text: str
    warning: bool
    buttons: tuple[Button, ...]

    def lines(self) -> list[str]:
        """The screen as text: the title (marked when it is a warning), the text, the numbered buttons."""
        title = f"!! {self.title} !!" if self.warning else self.title
        lines = [title, *textwrap.wrap(self.text, WIDTH)]
        lines += [f"[{number}] {button.label}" for number, button in enumerate(self.buttons, 1)]
        return lines

    def to_json(self) -> dict[str, Any]:
        """For `ask --json`: what the screen shows."""
        return {"title": self.title, "text": self.text, "warning": self.warning,
                "buttons": [button.label for button in self.buttons]}


def screen_of(response: Mapping[str, Any]) -> Screen | None:
    """The screen a response envelope renders, or None if it renders none the runner can read."""
    body = response.get("response")
    directives = body.get("directives") if isinstance(body, Mapping) else None
    for directive in directives if isinstance(directives, list) else []:
        if not isinstance(directive, Mapping) or directive.get("type") != RENDER_DOCUMENT:
            continue
        answer = (directive.get("datasources") or {}).get("answer")
        if not isinstance(answer, Mapping):
            return None
        buttons = [answer["offer"]] if answer.get("hasOffer") else []
        buttons += list(answer.get("topics") or [])
        return Screen(
            token=str(directive.get("token") or ""),
            title=str(answer.get("title") or ""),
            text=str(answer.get("text") or ""),
            warning=bool(answer.get("warning")),
            buttons=tuple(Button(str(b.get("label", "")), (str(b.get("action", "")), str(b.get("topic", ""))))
                          for b in buttons if isinstance(b, Mapping)),
        )
    return None
