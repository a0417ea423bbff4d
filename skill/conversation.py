"""What the skill says next, given the conversation state: pure functions, no SDK objects.

Every turn returns a Reply (rendered speech, reprompt, card, whether the session ends) carrying
the new State, so the handlers only translate between Alexa requests and these replies.
"""
from __future__ import annotations

from typing import NamedTuple

from skill.content import Answer, Card, Content
from skill.ssml import Renderer, ssml_problems
from skill.state import Place, Spoken, State
from skill.topics import ARTICLE_ORDER


class Reply(NamedTuple):
    """One rendered response and the state that follows it."""

    ssml: str
    speech: str
    reprompt_ssml: str | None
    reprompt: str | None
    card: Card | None
    end_session: bool
    topic: str | None
    state: State


class Conversation:
    """The skill's dialogue for one locale: each method is one kind of turn."""

    def __init__(self, content: Content, locale: str = "en-US") -> None:
        self.content = content
        self.locale = locale
        self.prompts = content.prompts
        self.render = Renderer(content.pronunciations, content.emergency_number(locale))

    # -- rendering -------------------------------------------------------------------------
    def _reply(
        self, state: State, segments: list[str], reprompt: str | None, *,
        card: Card | None = None, topic: str | None = None, end: bool = False,
    ) -> Reply:
        ssml, speech = self.render.ssml(segments), self.render.plain(segments)
        reprompt_ssml = self.render.ssml([reprompt]) if reprompt else None
        reprompt_text = self.render.plain([reprompt]) if reprompt else None
        if card:
            card = Card(card.title, self.render.plain([card.text]))
        last = Spoken(ssml, speech, reprompt_ssml, reprompt_text,
                      card.title if card else None, card.text if card else None, topic)
        return Reply(ssml, speech, reprompt_ssml, reprompt_text, card, end, topic, state._replace(last=last))

    def _example(self, *avoid: str | None) -> str:
        return self.content.suggestion_for(*avoid)

    # -- turns -----------------------------------------------------------------------------
    def launch(self, state: State) -> Reply:
        """Welcome, the disclaimer, example questions, and a question."""
        return self._menu(State(last=state.last), self.prompts["welcome"])

    def answer(self, state: State, place: Place, unknown_value: str | None = None) -> Reply:
        """Speak one part of a topic (or of one of its details) and offer what comes next."""
        topic = self.content.topics[place.topic]
        answer: Answer = topic.details.get(place.detail, topic.answer) if place.detail else topic.answer
        if place.detail not in topic.details:
            place = Place(place.topic, place.part)
        part = min(place.part, len(answer.parts) - 1)
        segments = [self.prompts["unknown_detail"].format(value=unknown_value)] if unknown_value else []
        segments.append(answer.parts[part])
        if part + 1 < len(answer.parts):
            offer = Place(place.topic, part + 1, place.detail)
            segments.append(self.prompts["offer_more"])
            reprompt = self.prompts["offer_more_reprompt"].format(example=self._example(place.topic))
        else:
            # After a detail (say, yoga) offer the topic as a whole; after the topic, its follow-up.
            offer = Place(place.topic) if place.detail else Place(topic.follow_up)
            name = self.content.topics[offer.topic].name
            segments.append(self.prompts["offer"].format(name=name))
            reprompt = self.prompts["offer_reprompt"].format(name=name, example=self._example(place.topic, offer.topic))
        position = ARTICLE_ORDER.index(place.topic) if place.topic in ARTICLE_ORDER else state.position
        new_state = State(current=Place(place.topic, part, place.detail), offer=offer, position=position)
        return self._reply(new_state, segments, reprompt, card=answer.card, topic=place.topic)

    def ask_topic(self, state: State, topic_id: str, slot_id: str | None, slot_value: str | None) -> Reply:
        """Answer a topic intent; a named treatment we cover gets its own answer, an unknown one is said so."""
        details = self.content.topics[topic_id].details
        if slot_id in details:
            return self.answer(state, Place(topic_id, 0, slot_id))
        unknown = slot_value if details and slot_value and slot_id not in details else None
        return self.answer(state, Place(topic_id), unknown_value=unknown)

    def yes(self, state: State) -> Reply:
        """Take the pending offer, or ask what the user wants if nothing was offered."""
        if state.offer:
            return self.answer(state, state.offer)
        return self._reply(state, [self.prompts["nothing_offered"]], self._help_reprompt())

    def no(self, state: State) -> Reply:
        """Decline the offer and ask what else."""
        return self._reply(state._replace(offer=None), [self.prompts["what_else"]], self.prompts["what_else_reprompt"])

    def next(self, state: State) -> Reply:
        """The next part of the current answer, else the next article section."""
        current = state.current
        if current and state.offer and state.offer.topic == current.topic and state.offer.part > current.part:
            return self.answer(state, state.offer)
        if state.position + 1 < len(ARTICLE_ORDER):
            return self.answer(state, Place(ARTICLE_ORDER[state.position + 1]))
        return self._reply(state._replace(offer=None), [self.prompts["end_of_guide"]], self._help_reprompt())

    def previous(self, state: State) -> Reply:
        """The previous part of the current answer, else the previous article section."""
        current = state.current
        if current and current.part > 0:
            return self.answer(state, Place(current.topic, current.part - 1, current.detail))
        if current and current.topic not in ARTICLE_ORDER and state.position >= 0:
            return self.answer(state, Place(ARTICLE_ORDER[state.position]))
        if state.position > 0:
            return self.answer(state, Place(ARTICLE_ORDER[state.position - 1]))
        return self._menu(state, self.prompts["start_of_guide"])

    def repeat(self, state: State) -> Reply:
        """Say the last thing again, exactly."""
        last = state.last
        # Attributes come back from the client: only repeat what is still speakable SSML with a reprompt.
        if not last or not last.reprompt_ssml or ssml_problems(last.ssml) or ssml_problems(last.reprompt_ssml):
            return self._menu(state, self.prompts["nothing_to_repeat"])
        card = Card(last.card_title, last.card_text or "") if last.card_title else None
        return Reply(last.ssml, last.speech, last.reprompt_ssml, last.reprompt, card, False, last.topic, state)

    def start_over(self, state: State) -> Reply:
        """Back to the menu, with the walk through the article reset."""
        return self._menu(State(last=state.last), self.prompts["start_over"])

    def help(self, state: State) -> Reply:
        """What can be asked; the session stays open."""
        return self._reply(state._replace(offer=None), [self.prompts["help"]], self._help_reprompt())

    def fallback(self, state: State) -> Reply:
        """Say what the skill covers and how to ask; keep any pending offer."""
        text = self.prompts["fallback"].format(example=self._example())
        return self._reply(state, [text], self.prompts["fallback_reprompt"])

    def goodbye(self, state: State) -> Reply:
        """A short goodbye that ends the session."""
        return self._reply(state, [self.prompts["goodbye"]], None, end=True)

    def error(self, state: State) -> Reply:
        """An apology after an internal error; the session stays open."""
        text = self.prompts["error"].format(example=self._example())
        return self._reply(state, [text], self.prompts["error_reprompt"])

    # -- shared pieces ---------------------------------------------------------------------
    def _help_reprompt(self) -> str:
        return self.prompts["help_reprompt"].format(example=self._example())

    def _menu(self, state: State, lead_in: str) -> Reply:
        examples = [s.say for s in self.content.suggestions[:3]]
        question = self.prompts["launch_question"].format(example1=examples[0], example2=examples[1], example3=examples[2])
        reprompt = self.prompts["launch_reprompt"].format(example1=examples[0])
        return self._reply(state._replace(offer=None), [lead_in, question], reprompt)
