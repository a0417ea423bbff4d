"""Rules that need the local runner's language understanding (local_runner.nlu).

Each sample is spoken back to the NLU (local_runner.nlu.find_sample_conflicts): one understood as
another intent, or tied with one, is a warning — Alexa's own model may still tell them apart, but
the phrase is a coin toss. The same NLU checks that the phrases the skill suggests reach the intent
they promise (see phrase_rules).
"""
from __future__ import annotations

from typing import Any, Iterator

from skill_tools.validate.findings import Finding, warning
from skill_tools.validate.phrase_rules import Resolver
from skill_tools.validate.sources import Sources


def load_nlu(sources: Sources) -> tuple[Any | None, list[Finding]]:
    """The local runner's NLU for the model under check, or None and a finding saying why not."""
    try:
        from local_runner.nlu import Nlu
    except ImportError as exc:
        return None, [warning("nlu.unavailable", sources.model_file, "",
                              f"the local runner's NLU cannot be imported ({exc}); samples were not spoken back",
                              "install the project with its dependencies (pip install -e .)")]
    try:
        return Nlu.from_model(sources.model_file), []
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        return None, [warning("nlu.unavailable", sources.model_file, "",
                              f"the local runner's NLU cannot load this model: {exc}",
                              "fix the model errors reported above, then validate again")]


def resolver(nlu: Any) -> Resolver:
    """An utterance -> intent name function over *nlu*."""
    return lambda utterance: nlu.resolve(utterance).intent


def check(sources: Sources, nlu: Any) -> Iterator[Finding]:
    """A warning for every sample the NLU understands as another intent, or cannot tell from one."""
    from local_runner.nlu import find_sample_conflicts

    for conflict in find_sample_conflicts(nlu):
        yield warning("sample.nlu-conflict", sources.model_file,
                      f"intents[{conflict.intent_index}].samples[{conflict.sample_index}]",
                      f"{conflict.kind}: {conflict.message}",
                      f"reword the sample so it is clearly {conflict.intent}, or move it to {conflict.resolved} "
                      f"(check with: backpain-skill ask --explain \"{conflict.text}\")")
