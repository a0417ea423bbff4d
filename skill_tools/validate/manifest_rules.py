"""Rules on the skill manifest (skill.json): publishing text, example phrases, privacy flags, locales.

Limits are Amazon's skill-manifest limits; the disclaimer is the project's medical-safety rule
(DESIGN.md): the description must say the skill is not medical advice.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from interaction_model import ENGLISH_LOCALES
from skill_tools.validate.findings import Finding, error, warning
from skill_tools.validate.invocation_rules import suggested_name
from interaction_model.model import Model
from skill_tools.validate.sources import Sources

#: Every privacy and compliance answer Amazon asks of a health skill, stated even where optional:
#: usesHealthInfo (a HIPAA covered entity or business associate needing Amazon to process PHI) is
#: treated as false when absent, but a health skill should say so.
PRIVACY_FLAGS = ("allowsPurchases", "usesPersonalInfo", "isChildDirected", "isExportCompliant", "containsAds",
                 "usesHealthInfo")
#: Flags that, when true, oblige a privacy policy URL in every locale (certification policy).
NEEDS_PRIVACY_POLICY = ("usesPersonalInfo", "usesHealthInfo", "allowsPurchases")
#: Any one of these in the description counts as the medical disclaimer.
DISCLAIMERS = ("not medical advice", "not a substitute for professional medical advice")
MAX_NAME, MAX_SUMMARY, MAX_DESCRIPTION, MAX_EXAMPLES, MAX_KEYWORDS = 50, 160, 4000, 3, 30
LAUNCH_VERBS = ("open", "launch", "start")
ASK_VERBS = ("ask", "tell")
#: Words that may join the invocation name to the request: "ask back pain guide about surgery".
JOINING_WORDS = ("to", "about", "for", "if", "whether")


def example_request(phrase: str, invocation: str) -> str | None:
    """The request part of an example phrase ("" for a plain launch), or None if it is not
    "Alexa, <open|launch|start> <invocation>" or "Alexa, <ask|tell> <invocation> [joining word] <request>"."""
    name = re.escape(invocation)
    text = phrase.strip().rstrip(".?!")
    if re.fullmatch(rf"Alexa, (?:{'|'.join(LAUNCH_VERBS)}) {name}", text, re.IGNORECASE):
        return ""
    match = re.fullmatch(rf"Alexa, (?:{'|'.join(ASK_VERBS)}) {name} (?:(?:{'|'.join(JOINING_WORDS)}) )?(.+)",
                         text, re.IGNORECASE)
    return match[1] if match else None


def manifest_locales(document: Any) -> dict[str, Any]:
    """``manifest.publishingInformation.locales`` of a parsed skill.json, or {} if it has no such object."""
    node = document
    for key in ("manifest", "publishingInformation", "locales"):
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else {}


def _example_invocations(file, locales: dict[str, Any], invocation: str) -> Iterator[Finding]:
    """Example phrases that do not start with "Alexa," and the invocation name, each root cause once:
    one finding when no phrase uses the name (the skill was renamed), else one per phrase, however
    many locales repeat it."""
    phrases = [(locale, k, phrase) for locale, info in locales.items() if isinstance(info, dict)
               for k, phrase in enumerate(info.get("examplePhrases") if isinstance(info.get("examplePhrases"), list)
                                          else []) if isinstance(phrase, str)]
    wrong = [(locale, k, phrase) for locale, k, phrase in phrases if invocation
             and example_request(phrase, invocation) is None]
    if not wrong:
        return
    fix = _example_forms(invocation)
    if len(wrong) == len(phrases) > 1:
        where = ", ".join(sorted({locale for locale, _, _ in wrong}))
        yield error("manifest.example-invocation", file, "manifest.publishingInformation.locales.*.examplePhrases",
                    f"{len(wrong)} example phrases in {where} do not start with the wake word and the invocation "
                    f"name {invocation!r} (the first: {wrong[0][2]!r})", f"write each as {fix}")
        return
    by_phrase: dict[str, list[tuple[str, int]]] = {}
    for locale, k, phrase in wrong:
        by_phrase.setdefault(phrase, []).append((locale, k))
    for phrase, places in by_phrase.items():
        locale, k = places[0]
        yield error("manifest.example-invocation", file,
                    f"manifest.publishingInformation.locales.{locale}.examplePhrases[{k}]",
                    f"{', '.join(place for place, _ in places)}: {phrase!r} does not start with the wake word and "
                    "the invocation name", f"write it as {fix}")


def _example_forms(invocation: str) -> str:
    """How an example phrase is written, with a name Alexa accepts (the model's, or one made valid)."""
    name = suggested_name(invocation) or invocation.lower()
    return f"\"Alexa, open {name}\" or \"Alexa, ask {name} <a sample utterance>\""


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _locale(file, where: str, locale: str, info: Any, index: Model) -> Iterator[Finding]:
    if not isinstance(info, dict):
        yield error("manifest.schema", file, where, f"{locale}: publishing information must be an object",
                    "give the locale a name, summary, description, examplePhrases and keywords")
        return
    for key, limit in (("name", MAX_NAME), ("summary", MAX_SUMMARY), ("description", MAX_DESCRIPTION)):
        value = _text(info.get(key)).strip()
        if not value:
            yield error("manifest.missing-text", file, f"{where}.{key}", f"{locale}: {key} is missing or empty",
                        f"write the skill's {key} for the Alexa store")
        elif len(value) > limit:
            yield error("manifest.too-long", file, f"{where}.{key}",
                        f"{locale}: {key} is {len(value)} characters; Amazon allows {limit}", f"shorten the {key}")
    description = _text(info.get("description")).lower()
    if description and not any(d in description for d in DISCLAIMERS):
        yield error("manifest.disclaimer", file, f"{where}.description",
                    f"{locale}: the description does not say the skill is not medical advice",
                    "add a sentence such as \"It is not medical advice and is not a substitute for professional "
                    "medical advice, diagnosis or treatment.\"")
    keywords = info.get("keywords", [])
    if not isinstance(keywords, list) or len(keywords) > MAX_KEYWORDS:
        yield error("manifest.keywords", file, f"{where}.keywords", f"{locale}: keywords must be a list of at most "
                    f"{MAX_KEYWORDS} words", "trim the keyword list")
    yield from _examples(file, f"{where}.examplePhrases", locale, info.get("examplePhrases"), index)


def _examples(file, where: str, locale: str, phrases: Any, index: Model) -> Iterator[Finding]:
    if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) for p in phrases):
        yield error("manifest.example-phrases", file, where, f"{locale}: examplePhrases must list one to three phrases",
                    'add "examplePhrases": ["Alexa, open <invocation name>", ...]')
        return
    if len(phrases) > MAX_EXAMPLES:
        yield error("manifest.example-phrases", file, where,
                    f"{locale}: {len(phrases)} example phrases; Amazon allows at most {MAX_EXAMPLES}",
                    f"keep the best {MAX_EXAMPLES}")
    if not index.invocation_name:
        return
    for k, phrase in enumerate(phrases):
        request = example_request(phrase, index.invocation_name)
        if request and not index.intents_saying(request):  # None: reported by _example_invocations
            yield error("manifest.example-not-a-sample", file, f"{where}[{k}]",
                        f"{locale}: {request!r} in {phrase!r} is not a sample utterance of any intent",
                        "use a sample from the model word for word (slots filled with one of their values), "
                        "or add it as a sample")


def check(sources: Sources, index: Model) -> Iterator[Finding]:
    """Every manifest finding."""
    file, document = sources.manifest_file, sources.manifest
    if document is None:
        return
    manifest = document.get("manifest") if isinstance(document, dict) else None
    if not isinstance(manifest, dict):
        yield error("manifest.schema", file, "manifest", "the file has no top-level \"manifest\" object",
                    'wrap the manifest as {"manifest": {"manifestVersion": "1.0", ...}}')
        return
    publishing = manifest.get("publishingInformation")
    locales = manifest_locales(document)
    if not locales:
        yield error("manifest.schema", file, "manifest.publishingInformation.locales",
                    "the manifest lists no locales", "add publishing information for each English locale")
    yield from _example_invocations(file, locales, index.invocation_name)
    for locale, info in locales.items():
        yield from _locale(file, f"manifest.publishingInformation.locales.{locale}", locale, info, index)
    listed, produced = set(locales), set(ENGLISH_LOCALES)
    for locale in sorted(listed - produced):
        yield error("manifest.locales", file, f"manifest.publishingInformation.locales.{locale}",
                    f"the manifest lists {locale}, but no model is produced for it (package writes {', '.join(ENGLISH_LOCALES)})",
                    f"remove {locale}, or add it to interaction_model.ENGLISH_LOCALES")
    for locale in sorted(produced - listed) if listed else ():
        yield error("manifest.locales", file, "manifest.publishingInformation.locales",
                    f"a model is produced for {locale}, but the manifest does not list it",
                    f"add publishing information for {locale}")
    if isinstance(publishing, dict) and not _text(publishing.get("category")):
        yield error("manifest.category", file, "manifest.publishingInformation.category",
                    "the manifest has no category", 'set "category": "HEALTH_AND_FITNESS"')
    if isinstance(publishing, dict) and not _text(publishing.get("testingInstructions")).strip():
        yield warning("manifest.testing-instructions", file, "manifest.publishingInformation.testingInstructions",
                      "no testing instructions for the certification team", "say how to test the skill")
    privacy = manifest.get("privacyAndCompliance")
    privacy = privacy if isinstance(privacy, dict) else {}
    for flag in PRIVACY_FLAGS:
        if not isinstance(privacy.get(flag), bool):
            yield error("manifest.privacy", file, f"manifest.privacyAndCompliance.{flag}",
                        f"privacy and compliance flag {flag} is missing or not true/false",
                        f'set "{flag}": true or false under privacyAndCompliance')
    yield from _privacy_policy(file, privacy, locales)
    yield from _locale_models(sources, locales)
    apis = manifest.get("apis")
    if not isinstance(apis, dict) or not isinstance(apis.get("custom"), dict):
        yield error("manifest.apis", file, "manifest.apis.custom", "the manifest does not declare a custom skill API",
                    'add "apis": {"custom": {}} (deployment fills in the endpoint)')


def _privacy_policy(file, privacy: dict[str, Any], locales: dict[str, Any]) -> Iterator[Finding]:
    """A skill that collects personal or health information, or sells, needs a privacy policy URL per locale."""
    obliging = [flag for flag in NEEDS_PRIVACY_POLICY if privacy.get(flag) is True]
    if not obliging:
        return
    urls = privacy.get("locales") if isinstance(privacy.get("locales"), dict) else {}
    for locale in locales:
        url = (urls.get(locale) or {}).get("privacyPolicyUrl") if isinstance(urls.get(locale), dict) else None
        if not (isinstance(url, str) and url.startswith("https://")):
            yield error("manifest.privacy-policy", file, f"manifest.privacyAndCompliance.locales.{locale}.privacyPolicyUrl",
                        f"{locale}: {' and '.join(obliging)} is true, so Amazon requires a privacy policy URL",
                        "publish the privacy policy and give its https:// URL here (or set the flag false if the "
                        "skill really collects nothing)")


def _locale_models(sources: Sources, locales: dict[str, Any]) -> Iterator[Finding]:
    """In an ASK CLI skill package, every published locale needs its own model file."""
    if sources.locale_models is None:
        return
    for locale in sorted(locales):
        if not (sources.locale_models / f"{locale}.json").is_file():
            yield error("manifest.locale-model", sources.manifest_file, f"manifest.publishingInformation.locales.{locale}",
                        f"{locale} is published, but {sources.locale_models / (locale + '.json')} does not exist",
                        "add the locale's interaction model there (backpain-skill package writes one per locale)")
