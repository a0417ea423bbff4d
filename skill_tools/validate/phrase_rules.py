"""Rules on the phrases the skill teaches people to say: each must reach the intent it promises.

The content's suggestions ("try asking: does yoga help") name the topic they lead to; the manifest's
example phrases are shown in the Alexa app. Each must be a sample of the right intent (slots filled
with one of their values), and, when a resolver is given (the local runner's NLU), must also be
understood as that intent.
"""
from __future__ import annotations

from typing import Callable, Iterator

from skill.topics import TOPIC_BY_ID
from skill_tools.validate.findings import Finding, error
from skill_tools.validate.manifest_rules import example_request, manifest_locales
from interaction_model.model import Model
from skill_tools.validate.sources import Sources

#: utterance -> the intent name it is understood as
Resolver = Callable[[str], str]


def _suggestions(sources: Sources, index: Model, resolve: Resolver | None) -> Iterator[Finding]:
    if sources.content is None or sources.language_model is None:
        return  # the content or the model could not be read: those findings say so
    for k, suggestion in enumerate(sources.content.suggestions):
        where, promised = f"suggestions[{k}]", TOPIC_BY_ID[suggestion.topic].intent
        owners = index.intents_saying(suggestion.say)
        if promised not in owners:
            found = f"a sample of {', '.join(sorted(owners))}" if owners else "not a sample of any intent"
            yield error("phrase.suggestion-not-a-sample", sources.content_file, where,
                        f"the skill suggests {suggestion.say!r} for topic {suggestion.topic}, but it is {found}",
                        f"add it to {promised}'s samples, or suggest one of {promised}'s samples instead")
        elif resolve is not None and (heard := resolve(suggestion.say)) != promised:
            yield error("phrase.suggestion-misheard", sources.content_file, where,
                        f"the skill suggests {suggestion.say!r} for topic {suggestion.topic}, but the local runner "
                        f"understands it as {heard}", f"make {promised}'s samples closer to it, or suggest another phrase")


def _examples(sources: Sources, index: Model, resolve: Resolver) -> Iterator[Finding]:
    if not index.invocation_name:
        return
    for locale, info in manifest_locales(sources.manifest).items():
        phrases = info.get("examplePhrases") if isinstance(info, dict) else None
        for k, phrase in enumerate(phrases if isinstance(phrases, list) else []):
            request = example_request(phrase, index.invocation_name) if isinstance(phrase, str) else None
            owners = index.intents_saying(request) if request else set()
            if owners and (heard := resolve(request)) not in owners:
                yield error("phrase.example-misheard", sources.manifest_file,
                            f"manifest.publishingInformation.locales.{locale}.examplePhrases[{k}]",
                            f"{locale}: {request!r} is a sample of {', '.join(sorted(owners))}, but the local runner "
                            f"understands it as {heard}", "fix the samples that pull it away, or pick another example")


def check(sources: Sources, index: Model, resolve: Resolver | None = None) -> Iterator[Finding]:
    """Every suggested-phrase finding; the NLU checks run only when *resolve* is given."""
    yield from _suggestions(sources, index, resolve)
    if resolve is not None:
        yield from _examples(sources, index, resolve)
