"""What the skill says next, given the conversation state: pure functions, no SDK objects.

Every turn returns a Reply (rendered speech, reprompt, card, whether the session ends) carrying
the new State, so the handlers only translate between Alexa requests and these replies.

How it sounds is decided here, from the content's data:
- a warning sign is answered before anything else, action first (:meth:`Conversation.warning`);
- "next", "yes" and the offer after an answer follow one order (skill.topics.WALK_ORDER), and moving to
  a new topic says where it is going;
- each prompt has several phrasings; the one chosen never repeats a sentence of the previous turn;
- a question the guide does not answer gets an honest limit: what it doesn't cover, who can answer,
  and what related thing the guide does say (:meth:`Conversation.limit`).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from skill.content import Answer, Card, Content, LimitKind, phrase
from skill.ssml import Renderer, ssml_problems
from skill.state import Place, Spoken, State
from skill.topics import WALK_ORDER, walk_after

#: How many options a prompt names at a time.
MENU_SIZE = 3
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


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
    warning_sign: str | None = None
    limit: str | None = None


def sentences(text: str) -> set[str]:
    """The sentences of *text*, case and spacing folded (how repetition is judged)."""
    return {" ".join(s.lower().split()) for s in _SENTENCE_END.split(text) if s.strip()}


class Conversation:
    """The skill's dialogue for one locale: each method is one kind of turn."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.locale = content.locale
        self.prompts = content.prompts
        self.render = Renderer(content.pronunciations, content.emergency_number, content.emergency_number_spoken)

    # -- choosing words --------------------------------------------------------------------
    def _say(self, state: State, prompt: str, **fill: str) -> str:
        """A phrasing of *prompt*, rotated by turn, that repeats no sentence of the last turn."""
        variants = self.prompts[prompt]
        heard = sentences(state.last.speech) if state.last else set()
        rotated = [variants[(state.turn + k) % len(variants)] for k in range(len(variants))]
        filled = [v.format(**fill) if fill else v for v in rotated]
        return next((v for v in filled if not sentences(self.render.plain([v])) & heard), filled[0])

    def _examples(self, state: State, count: int, *avoid_topics: str | None) -> list[str]:
        """*count* suggested questions, rotating by turn, never about a topic in *avoid_topics* or
        the topic just answered, and none said in the last turn."""
        avoid = {t for t in (*avoid_topics, state.current.topic if state.current else None) if t}
        last = state.last.speech.lower() if state.last else ""
        pool = [s.say for s in self.content.suggestions if s.topic not in avoid and s.say not in last]
        pool = pool or [s.say for s in self.content.suggestions]
        start = state.turn % len(pool)
        return [pool[(start + k) % len(pool)] for k in range(min(count, len(pool)))]

    @staticmethod
    def _join(items: Sequence[str]) -> str:
        """'a, b, or c' for the ear."""
        return items[0] if len(items) == 1 else f"{', '.join(items[:-1])}, or {items[-1]}"

    @staticmethod
    def _and(items: Sequence[str]) -> str:
        return items[0] if len(items) == 1 else f"{', '.join(items[:-1])}, and {items[-1]}"

    # -- rendering -------------------------------------------------------------------------
    def _reply(
        self, state: State, segments: list[str], reprompt: str | None, *,
        card: Card | None = None, topic: str | None = None, end: bool = False,
        warning_sign: str | None = None, limit: str | None = None,
    ) -> Reply:
        ssml, speech = self.render.ssml(segments), self.render.plain(segments)
        reprompt_ssml = self.render.ssml([reprompt]) if reprompt else None
        reprompt_text = self.render.plain([reprompt]) if reprompt else None
        if card:
            card = Card(card.title, self.render.card([card.text]))
        last = Spoken(ssml, speech, reprompt_ssml, reprompt_text,
                      card.title if card else None, card.text if card else None, topic)
        new_state = state._replace(last=last, turn=state.turn + 1)
        return Reply(ssml, speech, reprompt_ssml, reprompt_text, card, end, topic, new_state, warning_sign, limit)

    # -- content ---------------------------------------------------------------------------
    def launch(self, state: State) -> Reply:
        """Welcome, the disclaimer, example questions (one of them the warning signs), and a question."""
        return self._menu(State(last=state.last, turn=state.turn), self._say(state, "welcome"))

    def answer(self, state: State, place: Place, lead: str | None = None) -> Reply:
        """Speak one part of a topic (or of one of its details) and offer what comes next."""
        topic = self.content.topics[place.topic]
        answer: Answer = topic.details.get(place.detail, topic.answer) if place.detail else topic.answer
        if place.detail not in topic.details:
            place = Place(place.topic, place.part)
        part = min(place.part, len(answer.parts) - 1)
        segments = [lead] if lead else []
        segments.append(answer.parts[part])
        position = WALK_ORDER.index(place.topic) if place.topic in WALK_ORDER else state.position
        current = Place(place.topic, part, place.detail)
        base = state._replace(current=current, position=position, fallbacks=0, menu=-1)
        if part + 1 < len(answer.parts):
            offer: Place | None = Place(place.topic, part + 1, place.detail)
            segments.append(self._say(state, "offer_more"))
            reprompt = self._say(state, "offer_more_reprompt", example=self._examples(state, 1, place.topic)[0])
        elif place.topic == "red_flags":
            # The warning signs offer no other topic (DESIGN.md); "next" still walks on.
            offer = None
            segments.append(self._say(state, "warning_list_end"))
            reprompt = self._say(state, "what_else_reprompt", example=self._examples(state, 1, "red_flags")[0])
        else:
            following = walk_after(place.topic)
            offer = Place(following) if following else None
            if offer is None:
                segments.append(self._say(state, "end_of_guide"))
                reprompt = self._say(state, "help_reprompt", example=self._examples(state, 1)[0])
            else:
                name = self.content.topics[offer.topic].name
                segments.append(self._say(state, "offer", name=name))
                reprompt = self._say(state, "offer_reprompt", name=name,
                                     example=self._examples(state, 1, place.topic, offer.topic)[0])
        return self._reply(base._replace(offer=offer), segments, reprompt, card=answer.card, topic=place.topic)

    def ask_topic(self, state: State, topic_id: str, slot_id: str | None = None, heard: str | None = None,
                  aspect: str | None = None, subject: str | None = None, subject_id: str | None = None) -> Reply:
        """Answer a topic intent. A named treatment the guide covers gets its own answer; one it does not
        cover, or a kind of question it does not answer (*aspect*: dose, safety, ...), an honest limit.
        *subject* is what else was named ("can swimming replace my physio"): the limit names it."""
        topic = self.content.topics[topic_id]
        if subject_id in self.content.limits.kinds and subject_id in self.content.limits.subjects:
            # a subject that is itself a kind of question decides it: "pregnant with back pain, what's
            # safe" is a question about pregnancy, not about how safe "pregnant" would be
            if heard and slot_id:
                return self.limit(state, subject_id, topic_id, slot_id if slot_id in topic.details else None, heard)
            return self.not_covered(state, subject_id, subject)
        said = phrase(heard) if heard else ""   # as the content lists its words
        if said and said in topic.general_words:
            slot_id, heard, said = None, None, ""  # "what about painkillers": the topic itself, not a medicine to name back
        if aspect in self.content.limits.kinds:
            return self.limit(state, aspect, topic_id, slot_id if slot_id in topic.details else None, heard or subject)
        if said and said in topic.not_named.get(slot_id or "", ()):
            # "is tramadol good for back pain": the guide speaks of opioids, never of tramadol
            return self.limit(state, "unlisted", topic_id, slot_id, heard)
        if slot_id in topic.details:
            return self._fresh_answer(state, Place(topic_id, 0, slot_id))
        if topic.details and heard:
            return self.limit(state, "unlisted", topic_id, None, heard)
        return self._fresh_answer(state, Place(topic_id))

    def _fresh_answer(self, state: State, place: Place) -> Reply:
        """The answer asked for, unless it was just given: then the rest of it, or, when it was all said,
        that this is all the guide has on it (only "repeat" says the same words again)."""
        current = state.current
        if current is None or (current.topic, current.detail) != (place.topic, place.detail):
            return self.answer(state, place)
        answer = self.content.topics[place.topic]
        parts = (answer.details.get(place.detail) or answer.answer).parts
        if current.part + 1 < len(parts):
            return self.answer(state, Place(place.topic, current.part + 1, place.detail))
        following = walk_after(place.topic)
        segments = [self._say(state, "all_said")]
        if following and place.topic != "red_flags":
            name = self.content.topics[following].name
            segments.append(self._say(state, "offer", name=name))
            new_state = state._replace(offer=Place(following), fallbacks=0, menu=-1)
            reprompt = self._say(state, "offer_reprompt", name=name, example=self._examples(state, 1, following)[0])
        else:
            segments.append(self._say(state, "limit_end"))
            new_state = state._replace(offer=None, fallbacks=0, menu=-1)
            reprompt = self._say(state, "what_else_reprompt", example=self._examples(state, 1)[0])
        return self._reply(new_state, segments, reprompt, topic=place.topic)

    # -- warning signs ---------------------------------------------------------------------
    def warning(self, state: State, sign_id: str | None) -> Reply:
        """A warning sign, answered first: the action, what was heard, one short reason; then only the
        offer of the other warning signs. An unknown or general sign gets the list, action first."""
        sign = self.content.warning_signs.get(sign_id or "")
        if sign is None:
            return self._fresh_answer(state, Place("red_flags"))
        level = self.content.levels[sign.level]
        text = self.content.warning_answer.format(action=level.action, heard=sign.heard, reason=sign.reason)
        card_text = " ".join(t for t in (text, self.content.card_note, "General information, not a diagnosis.") if t)
        position = WALK_ORDER.index("red_flags")
        new_state = state._replace(current=Place("red_flags"), offer=Place("red_flags"), position=position,
                                   fallbacks=0, menu=-1)
        return self._reply(new_state, [text, self._say(state, "warning_follow_up")],
                           self._say(state, "warning_reprompt"), card=Card(level.title, card_text),
                           topic="red_flags", warning_sign=sign.id)

    # -- honest limits ---------------------------------------------------------------------
    def limit(self, state: State, kind_id: str, topic_id: str | None, detail: str | None, heard: str | None) -> Reply:
        """What the guide does not cover: say so, say who can answer, and what related thing it does say."""
        limits = self.content.limits
        kind: LimitKind = limits.kinds[kind_id].about(topic_id)
        thing = (limits.spoken(heard or "") or limits.value_names.get(detail or "")
                 or limits.value_names.get(topic_id or "") or "that")
        # "should I stop physio?" names nothing to replace it, and "physical therapy ... physical therapy"
        # is no answer: the kind's plain wording, and what the guide says on its own related topic
        plain = kind.plain is not None and not heard and topic_id in kind.plain_for
        segments = [kind.plain if plain else kind.say.format(thing=thing), limits.who[kind.who]]
        related_key = kind.related if plain and kind.related else detail
        related = limits.related.get(related_key or "") or limits.related.get(topic_id or "")
        if related:
            segments.append(related)
        return self._limit_reply(state, segments, kind_id, topic_id if kind_id == "unlisted" else None)

    def follow_up(self, state: State, kind_id: str | None) -> Reply:
        """A kind of question said on its own ("how often?", "and the risks?"): an honest limit about the
        treatment or topic just answered, or about "that" when nothing was; a kind not understood is a fallback."""
        if kind_id not in self.content.limits.kinds:
            return self.fallback(state)
        place = state.current
        if place is None or place.topic not in self.content.limits.value_names:
            return self.limit(state, kind_id, None, None, None)
        return self.limit(state, kind_id, place.topic, place.detail, None)

    def not_covered(self, state: State, subject_id: str | None, heard: str | None) -> Reply:
        """A subject the guide does not cover at all (heat or ice, exercises, ...)."""
        limits = self.content.limits
        subject = limits.subjects.get(subject_id or "")
        if subject is None:
            return self.fallback(state)
        segments = [subject.say, limits.who[subject.who]]
        if subject.related and subject.related in limits.related:
            segments.append(limits.related[subject.related])
        return self._limit_reply(state, segments, subject_id or "", None)

    def _limit_reply(self, state: State, segments: list[str], limit: str, offer_topic: str | None) -> Reply:
        base = state._replace(fallbacks=0, menu=-1)
        if offer_topic:
            name = self.content.topics[offer_topic].name
            segments.append(self._say(state, "offer", name=name))
            reprompt = self._say(state, "offer_reprompt", name=name, example=self._examples(state, 1, offer_topic)[0])
            return self._reply(base._replace(offer=Place(offer_topic)), segments, reprompt, limit=limit)
        segments.append(self._say(state, "limit_end"))
        return self._reply(base._replace(offer=None), segments, self._say(state, "limit_reprompt"), limit=limit)

    # -- moving around ---------------------------------------------------------------------
    def yes(self, state: State) -> Reply:
        """Take the pending offer; after help, the next page of options; else ask what they want."""
        if state.offer:
            return self.answer(state, state.offer)
        if state.menu >= 0:
            return self.help(state, page=state.menu + 1)
        return self._reply(state, [self._say(state, "nothing_offered")], self._help_reprompt(state))

    def no(self, state: State) -> Reply:
        """Decline the offer and ask what else; with nothing offered, "no (thanks)" ends kindly."""
        if state.offer is None and state.menu < 0:
            return self._reply(state, [self._say(state, "thanks_goodbye")], None, end=True)
        return self._reply(state._replace(offer=None, menu=-1), [self._say(state, "what_else")],
                           self._say(state, "what_else_reprompt", example=self._examples(state, 1)[0]))

    def next(self, state: State) -> Reply:
        """The rest of the current answer, else the next topic in the walk (saying where it goes);
        after help, the next page of options."""
        current = state.current
        if current and state.offer and state.offer.topic == current.topic and state.offer.part > current.part:
            return self.answer(state, state.offer)
        if state.menu >= 0 and current is None:
            return self.help(state, page=state.menu + 1)
        following = walk_after(WALK_ORDER[state.position]) if state.position >= 0 else WALK_ORDER[0]
        if following is None:
            return self._reply(state._replace(offer=None), [self._say(state, "end_of_guide")],
                               self._help_reprompt(state))
        lead = self._say(state, "going_next", name=self.content.topics[following].name)
        return self.answer(state, Place(following), lead=lead)

    def previous(self, state: State) -> Reply:
        """The previous part of the current answer, else the previous topic in the walk."""
        current = state.current
        if current and current.part > 0:
            return self.answer(state, Place(current.topic, current.part - 1, current.detail))
        if current and current.detail and state.position >= 0:
            topic = WALK_ORDER[state.position]
            return self.answer(state, Place(topic), lead=self._say(state, "going_back", name=self.content.topics[topic].name))
        if state.position > 0:
            topic = WALK_ORDER[state.position - 1]
            return self.answer(state, Place(topic), lead=self._say(state, "going_back", name=self.content.topics[topic].name))
        return self._menu(state, self._say(state, "start_of_guide"))

    def repeat(self, state: State) -> Reply:
        """Say the last thing again, exactly."""
        last = state.last
        # Attributes come back from the client: only repeat what is still speakable SSML with a reprompt.
        if not last or not last.reprompt_ssml or ssml_problems(last.ssml) or ssml_problems(last.reprompt_ssml):
            return self._menu(state, self._say(state, "nothing_to_repeat"))
        card = Card(last.card_title, last.card_text or "") if last.card_title else None
        return Reply(last.ssml, last.speech, last.reprompt_ssml, last.reprompt, card, False, last.topic,
                     state._replace(turn=state.turn + 1))

    def start_over(self, state: State) -> Reply:
        """Back to the menu, with the walk through the guide reset."""
        return self._menu(State(last=state.last, turn=state.turn), self._say(state, "start_over"))

    def help(self, state: State, page: int = 0) -> Reply:
        """What can be asked, three things at a time; "more" (or "yes", "next") reads the next three."""
        topics = self.content.help_topics
        pages = (len(topics) + MENU_SIZE - 1) // MENU_SIZE
        page %= pages
        chosen = list(topics[page * MENU_SIZE:(page + 1) * MENU_SIZE])
        text = self._say(state, "help" if page == 0 else "help_more", examples=self._and(chosen))
        new_state = state._replace(offer=None, current=None if page else state.current, menu=page)
        return self._reply(new_state, [text], self._help_reprompt(state))

    def fallback(self, state: State) -> Reply:
        """Not understood: the first time a short example, then more guidance, then help or goodbye;
        always one short line on what to do about a worrying symptom (the skill cannot see the words)."""
        count = state.fallbacks + 1
        if count == 1:
            text = self._say(state, "fallback", example=self._examples(state, 1)[0])
        elif count == 2:
            text = self._say(state, "fallback_again", examples=self._join(self._examples(state, 2)))
        else:
            text = self._say(state, "fallback_last")
        segments = [text, self._say(state, "fallback_safety")]
        return self._reply(state._replace(fallbacks=count), segments, self._say(state, "fallback_reprompt"))

    def thanks(self, state: State) -> Reply:
        """"Thank you": with an offer pending, acknowledge and ask again; otherwise a kind goodbye."""
        if state.offer:
            name = self.content.topics[state.offer.topic].name
            question = self._say(state, "offer_more") if state.current and state.offer.topic == state.current.topic \
                else self._say(state, "offer", name=name)
            return self._reply(state, [self._say(state, "thanks_offer"), question],
                               self._say(state, "offer_reprompt", name=name, example=self._examples(state, 1)[0]))
        return self._reply(state, [self._say(state, "thanks_goodbye")], None, end=True)

    def goodbye(self, state: State) -> Reply:
        """A short goodbye that ends the session."""
        return self._reply(state, [self._say(state, "goodbye")], None, end=True)

    def error(self, state: State) -> Reply:
        """An apology after an internal error; the session stays open."""
        text = self._say(state, "error", example=self._examples(state, 1)[0])
        return self._reply(state, [text], self._say(state, "error_reprompt"))

    # -- shared pieces ---------------------------------------------------------------------
    def _help_reprompt(self, state: State) -> str:
        return self._say(state, "help_reprompt", example=self._examples(state, 1)[0])

    def _menu(self, state: State, lead_in: str) -> Reply:
        examples = self._examples(state._replace(current=None), MENU_SIZE)
        question = self._say(state, "launch_question", examples=self._join(examples))
        reprompt = self._say(state, "launch_reprompt", example=examples[0])
        return self._reply(state._replace(offer=None), [lead_in, question], reprompt)
