"""`backpain-skill validate`: check the interaction model, the manifest and the content before Amazon does.

``validate(model_dir, content_file)`` runs every rule and returns a Report; errors are what the Alexa
console or certification would reject, warnings are worth fixing but do not fail. Rules live in one
module per subject (model, invocation name, samples, manifest, icons, content, screen, suggested phrases, and
the checks that speak samples back to the local runner's NLU).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from skill_tools.validate import (apl_rules, asset_rules, content_rules, invocation_rules, manifest_rules,
                              model_rules, nlu_rules, phrase_rules, sample_rules)
from interaction_model.model import parse
from skill_tools.validate.findings import ERROR, WARNING, Finding, Report
from skill_tools.validate.sources import Sources, load_sources

__all__ = ["ERROR", "WARNING", "Finding", "Report", "validate"]


def _findings(sources: Sources, use_nlu: bool) -> Iterator[Finding]:
    index = parse(sources.model, sources.model_file, strict=False)
    model_findings = list(model_rules.check(sources, index))
    yield from model_findings
    if sources.language_model is not None:
        yield from invocation_rules.check(index)
        yield from sample_rules.check(index)
    nlu = None
    if use_nlu and sources.model is not None and not any(f.rule == "model.schema" for f in model_findings):
        nlu, unavailable = nlu_rules.load_nlu(sources)
        yield from unavailable
        if nlu is not None:
            yield from nlu_rules.check(sources, nlu)
    yield from manifest_rules.check(sources, index)
    yield from asset_rules.check(sources)
    yield from content_rules.check(sources, index)
    yield from apl_rules.check(sources)
    yield from phrase_rules.check(sources, index, nlu_rules.resolver(nlu) if nlu is not None else None)


def validate(model_dir: Path | str | None = None, content_file: Path | str | None = None,
             apl_file: Path | str | None = None, *, nlu: bool = True) -> Report:
    """Check the model and manifest in *model_dir*, the content in *content_file* and the screen's APL
    document in *apl_file* (defaults: the installed package's own files). With *nlu* (the default)
    samples and suggested phrases are also spoken back to the local runner's NLU. Never raises for bad
    input: unreadable files are findings too."""
    sources, unreadable = load_sources(Path(model_dir) if model_dir else None,
                                       Path(content_file) if content_file else None,
                                       Path(apl_file) if apl_file else None)
    return Report.of([*unreadable, *_findings(sources, nlu)], sources.files())
