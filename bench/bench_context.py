"""Context for warning signs: our hand-written rules against medspaCy's ConText, on the same findings.

The concepts (what was said: "numb down below", "a fever") are found the same way in every variant,
by local_runner/nlu/warning_signs.py. Only the context part changes, the decision whether a finding
is a warning for someone now:

- ``hand``: the project's rules (local_runner/nlu/sign_context.py, data in warning_signs.yaml);
- ``medspacy``: medspaCy's ConText on a blank spaCy pipeline with its default English rules
  (negated, historical, hypothetical, family), plus the two checks ConText has no category for
  (a general question; a cause that explains it away, such as dieting);
- ``medspacy+ours``: the same, with our trigger lists added as ConText rules (negation before and
  after, hypothetical, historical and resolved, the people and pronouns as FAMILY, our terminators).

A finding ConText marks as FAMILY is dropped for signs that need back trouble in the other person
(ConText cannot tell whose back hurts); NEGATED, HYPOTHETICAL and HISTORICAL (for signs where the past
does not count) drop it.

medspaCy is not a dependency of the project (it brings spaCy, thinc, numpy, nltk...). To run this:

    python3 -m venv /tmp/ctx && /tmp/ctx/bin/pip install medspacy -e .
    /tmp/ctx/bin/python bench/bench_context.py

It scores every safety set present (tests/data/safety_*.yaml), the held-out set too: rates only,
never its lines.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.safety_measures import SAFETY_SETS, levels, load_safety_set  # noqa: E402
from local_runner.nlu.sign_context import OTHER, SELF, Judgement  # noqa: E402
from local_runner.nlu.sign_phrases import Text  # noqa: E402
from local_runner.nlu.warning_signs import Finding, Sign, WarningSigns  # noqa: E402
from local_runner.yaml_data import read_yaml  # noqa: E402



def medspacy_judge(signs: WarningSigns, ours: bool) -> Callable[[Text, Finding, Sign, Sequence[Finding]], Judgement]:
    """A context judge backed by medspaCy's ConText (default rules, plus ours when *ours*)."""
    import spacy
    from medspacy.context import ConTextRule
    from spacy.tokens import Doc, Span

    nlp = spacy.blank("en")
    context = nlp.add_pipe("medspacy_context")
    if ours:
        context.add(_our_rules(signs, ConTextRule))
    hand = signs.context

    def judge(text: Text, finding: Finding, sign: Sign, findings: Sequence[Finding]) -> Judgement:
        doc = Doc(nlp.vocab, words=list(text.words))
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0
        doc.ents = [Span(doc, finding.start, finding.end, label=sign.id.upper())]
        doc = context(doc)
        ent = doc.ents[0]
        family = bool(ent._.is_family)
        who = OTHER if family else SELF
        checks = (
            ("negated", ent._.is_negated),
            ("hypothetical", ent._.is_hypothetical),
            ("historical", ent._.is_historical and not finding.counts_past(sign)),
            ("a general question", hand._generic(text, finding)),
            ("explained by something else", hand._explained(text, finding, sign)),
            ("about someone else (ConText FAMILY)", family and sign.others_need_back),
        )
        for reason, flagged in checks:
            if flagged:
                return Judgement(finding, False, reason, who)
        return Judgement(finding, True, "", who)

    return judge


def _our_rules(signs: WarningSigns, rule: Any) -> list[Any]:
    """Our trigger lists (warning_signs.yaml, context) as ConText rules."""
    data = read_yaml(signs.source)["context"]
    rules = []

    def add(phrases: Sequence[str], category: str, direction: str, scope: int | None = None) -> None:
        for phrase in phrases:
            phrase = str(phrase)
            if "{" not in phrase and "=" not in phrase:
                rules.append(rule(phrase, category, direction=direction, max_scope=scope))

    neg = data["negated"]
    add(neg["before"], "NEGATED_EXISTENCE", "FORWARD", neg.get("reach"))
    add(neg["after"], "NEGATED_EXISTENCE", "BACKWARD", neg.get("reach"))
    add(neg["ends_at"], "TERMINATE", "TERMINATE")
    hyp = data["hypothetical"]
    add(hyp["before"], "HYPOTHETICAL", "FORWARD", hyp.get("reach"))
    hist = data["historical"]
    add(hist["before_or_after"], "HISTORICAL", "BIDIRECTIONAL", 10)
    add(hist["resolved"], "HISTORICAL", "BACKWARD", 15)
    who = data["experiencer"]
    add([*who["people"], *who["children"], *who["other"]], "FAMILY", "BIDIRECTIONAL", 8)
    return rules


def measure(signs: WarningSigns, judge: Any, data: dict, emergency: set[str]) -> dict[str, float]:
    """Recall (right sign) per level, false alarms on near misses, and ms per utterance."""
    start = time.perf_counter()
    hits = {"emergency": 0, "urgent": 0}
    totals = {"emergency": 0, "urgent": 0}
    for item in data["warning_signs"]:
        level = "emergency" if item["sign"] in emergency else "urgent"
        totals[level] += 1
        hits[level] += signs.analyse(item["utterance"], judge).sign == item["sign"]
    alarms = sum(bool(signs.analyse(item["utterance"], judge)) for item in data["near_misses"])
    count = len(data["warning_signs"]) + len(data["near_misses"])
    return {"emergency": hits["emergency"] / totals["emergency"], "urgent": hits["urgent"] / totals["urgent"],
            "false_alarms": alarms / len(data["near_misses"]),
            "ms": (time.perf_counter() - start) * 1000 / count}


def main() -> int:
    try:
        import medspacy  # noqa: F401
    except ImportError:
        print("medspacy is not installed; see this script's docstring for how to run it", file=sys.stderr)
        return 2
    signs = WarningSigns.load()
    emergency = {s for s, level in levels().items() if level == "emergency"}
    variants = {"hand": None, "medspacy": medspacy_judge(signs, ours=False),
                "medspacy+ours": medspacy_judge(signs, ours=True)}
    print("| set | context | emergency recall | urgent recall | false alarms | ms per utterance |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, path in SAFETY_SETS.items():
        if not path.exists():
            continue
        data = load_safety_set(path)
        for variant, judge in variants.items():
            m = measure(signs, judge, data, emergency)
            print(f"| {name} | {variant} | {100 * m['emergency']:.1f}% | {100 * m['urgent']:.1f}% | "
                  f"{100 * m['false_alarms']:.1f}% | {m['ms']:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
