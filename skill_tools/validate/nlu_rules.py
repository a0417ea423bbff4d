"""Rules that need the local runner's language understanding (local_runner.nlu).

Each sample is spoken back to the NLU (local_runner.nlu.find_sample_conflicts): one understood as
another intent, or tied with one, is a warning — Alexa's own model may still tell them apart, but
the phrase is a coin toss. The same NLU checks that the phrases the skill suggests reach the intent
they promise (see phrase_rules).
"""
from __future__ import annotations

from typing import Any, Iterator

from skill_tools.validate.findings import Finding, error, warning
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
    """An error for a slot value that is a built-in's phrasing; a warning for every sample the NLU
    understands as another intent, or cannot tell from one."""
    from local_runner.nlu import find_sample_conflicts

    yield from builtin_phrasings_as_values(sources, nlu)
    for conflict in find_sample_conflicts(nlu):
        yield warning("sample.nlu-conflict", sources.model_file,
                      f"intents[{conflict.intent_index}].samples[{conflict.sample_index}]",
                      f"{conflict.kind}: {conflict.message}",
                      f"reword the sample so it is clearly {conflict.intent}, or move it to {conflict.resolved} "
                      f"(check with: backpain-skill ask --explain \"{conflict.text}\")")


def builtin_phrasings_as_values(sources: Sources, nlu: Any) -> Iterator[Finding]:
    """An error for a built-in's phrasing that the runner hears as nothing but a slot value ("go home" as the
    recovery, "next one" as how often): every mention of that slot type then sounds like the built-in ("how often"
    went home), and on a device the phrase is a coin toss between the built-in and the slot."""
    # imported here: only with the runner's NLU, as in check() above
    from local_runner.nlu.lexicon import TYPE_TOKEN_PREFIX

    positions = {name: t for t, name in enumerate(
        slot_type.get("name") if isinstance(slot_type, dict) else None
        for slot_type in (sources.language_model or {}).get("types") or [])}
    for name, intent in nlu.intents.items():
        if not name.startswith("AMAZON."):
            continue
        for sample in intent.samples:
            analysis = nlu.analyzer.analyze(sample.lower().split(), fuzzy=False)
            if not analysis.mentions or any(not c.startswith(TYPE_TOKEN_PREFIX) and not nlu.lexicon.is_stopword(c)
                                            for c in analysis.concepts):
                continue   # other words tell it apart ("what am I *allowed* to say" is still help)
            for mention in analysis.mentions:
                ref = mention.ref
                yield error("slot.builtin-phrase", sources.model_file, f"types[{positions.get(ref.slot_type, '?')}]",
                            f"\"{sample}\", a phrasing of {name}, is heard as {ref.slot_type} value {ref.id!r}",
                            f"take the synonym that says \"{sample}\" out of {ref.id!r}, or say it with more words "
                            "(\"go home from hospital\")")
