"""Invocation: the skill's name parsed by Alexa's grammar, never found by substring."""
from __future__ import annotations

import pytest

from local_runner.nlu import Invocation, parse_invocation

NAME = "back pain guide"


@pytest.mark.parametrize(
    "heard",
    [
        "open back pain guide",
        "Alexa, open back pain guide",
        "launch back pain guide",
        "start back pain guide",
        "begin back pain guide",
        "load back pain guide",
        "talk to back pain guide",
        "ask back pain guide",
        "back pain guide",
        "open the back pain guide",
        "open Back Pain Guide please",
    ],
)
def test_launch_phrases_open_the_skill(heard):
    assert parse_invocation(heard, NAME) == Invocation("launch", "")


@pytest.mark.parametrize(
    ("heard", "rest"),
    [
        ("ask back pain guide what if physical therapy isn't working",
         "what if physical therapy is not working"),
        ("Alexa, ask back pain guide about causes", "causes"),
        ("ask back pain guide to give me an overview", "give me an overview"),
        ("ask back pain guide if yoga helps", "yoga helps"),
        ("ask back pain guide whether surgery is worth it", "surgery is worth it"),
        ("ask back pain guide for a summary", "a summary"),
        ("tell back pain guide that my back hurts", "my back hurts"),
        ("ask back pain guide does acupuncture help", "does acupuncture help"),
        ("open back pain guide and tell me about surgery", "tell me about surgery"),
        ("what causes back pain from back pain guide", "what causes back pain"),
        ("can you ask back pain guide about yoga", "yoga"),
    ],
)
def test_one_shot_requests_carry_the_question(heard, rest):
    assert parse_invocation(heard, NAME) == Invocation("intent", rest)


@pytest.mark.parametrize(
    "heard",
    [
        "can you tell me about causes",          # "tell" but not "tell <name>"
        "tell me about back pain",
        "what is back pain",
        "is the back pain guide any good",       # the name inside a question is not an invocation
        "open the window",
        "ask my doctor about back pain guide",
        "open back pain guide now",              # not Alexa's grammar: no connecting word
        "",
    ],
)
def test_everything_else_is_an_ordinary_utterance(heard):
    invocation = parse_invocation(heard, NAME)
    assert invocation.kind == "none"


def test_an_ordinary_utterance_is_returned_whole():
    assert parse_invocation("Can you tell me about causes?", NAME).rest == "can you tell me about causes"


def test_the_name_is_matched_as_normalised_words():
    assert parse_invocation("open p. t. helper", "p. t. helper") == Invocation("launch", "")
    assert parse_invocation("ask pt helper about stretches", "p. t. helper") == Invocation("intent", "stretches")
