"""`backpain-skill validate`: the project's own files pass; each deliberately broken copy fails one rule.

Every broken copy below changes one thing in a copy of the project's model, manifest or content and
names the finding it must produce: the rule, where (file and JSON path), and the exit code (1 for an
error, 0 when the finding is only a warning).
"""
from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

import interaction_model
from skill_tools.cli import main
from skill.content import CONTENT_DIR
from skill.screen import DOCUMENT_FILE, LABELS_FILE

ROOT = Path(__file__).resolve().parents[1]
MODEL, MANIFEST, CONTENT, SCREEN, LABELS = "en-US.json", "skill.json", "en.json", "document.json", "labels.json"
PRISTINE = {
    MODEL: json.loads(interaction_model.MODEL_FILE.read_text(encoding="utf-8")),
    MANIFEST: json.loads(interaction_model.MANIFEST_FILE.read_text(encoding="utf-8")),
    CONTENT: json.loads((CONTENT_DIR / CONTENT).read_text(encoding="utf-8")),
    SCREEN: json.loads(DOCUMENT_FILE.read_text(encoding="utf-8")),
    LABELS: json.loads(LABELS_FILE.read_text(encoding="utf-8")),
}


def write_copy(directory: Path, edits: dict[str, Callable[[Any], Any]] | None = None) -> Path:
    """Write the project's three files into *directory*, each changed in place by its edit first; returns it."""
    for name, document in PRISTINE.items():
        document = copy.deepcopy(document)
        edit = (edits or {}).get(name)
        if edit is not None:
            edit(document)
        (directory / name).write_text(json.dumps(document, indent=2), encoding="utf-8")
    shutil.copytree(interaction_model.MODEL_DIR / "assets", directory / "assets", dirs_exist_ok=True)  # the icons skill.json names
    return directory


def replace_all(new: dict) -> Callable[[dict], None]:
    return lambda document: (document.clear(), document.update(new))


def run_validate(directory: Path, capsys: pytest.CaptureFixture[str], *options: str,
                 nlu: bool = False) -> tuple[int, list[dict]]:
    """Run `backpain-skill validate DIR --content DIR/en.json --json`; the exit code and the findings.

    The NLU checks (a few tenths of a second each) run only where a test is about them.
    """
    options = options if nlu else (*options, "--no-nlu")
    code = main(["validate", str(directory), "--content", str(directory / CONTENT), "--apl", str(directory / SCREEN),
                 "--json", *options])
    return code, json.loads(capsys.readouterr().out)["findings"]


# -- helpers that reach into the copies ---------------------------------------------------------
def lm(model: dict) -> dict:
    return model["interactionModel"]["languageModel"]


def intent(model: dict, name: str) -> dict:
    return next(i for i in lm(model)["intents"] if i["name"] == name)


def intent_index(name: str) -> int:
    return next(k for k, i in enumerate(lm(PRISTINE[MODEL])["intents"]) if i["name"] == name)


def type_index(name: str) -> int:
    return next(k for k, t in enumerate(lm(PRISTINE[MODEL])["types"]) if t["name"] == name)


def add_sample(intent_name: str, sample: str) -> Callable[[dict], None]:
    return lambda model: intent(model, intent_name)["samples"].append(sample)


def new_sample_path(intent_name: str) -> str:
    """The JSON path a sample appended to *intent_name* will have."""
    return f"intents[{intent_index(intent_name)}].samples[{len(intent(PRISTINE[MODEL], intent_name)['samples'])}]"


def set_invocation(name: str) -> Callable[[dict], None]:
    return lambda model: lm(model).__setitem__("invocationName", name)


def locales(manifest: dict) -> dict:
    return manifest["manifest"]["publishingInformation"]["locales"]


def every_locale(change: Callable[[dict], None]) -> Callable[[dict], None]:
    return lambda manifest: [change(info) for info in locales(manifest).values()]


def remove_intent(name: str) -> Callable[[dict], None]:
    return lambda model: lm(model).__setitem__("intents", [i for i in lm(model)["intents"] if i["name"] != name])


def screen_items(document: dict) -> list:
    """The components of the screen's main column (stripe, title, text, offer, heading, topics)."""
    return document["mainTemplate"]["items"][0]["item"]["items"]


def set_answer(topic: str, text: str, part: int = 0) -> Callable[[dict], None]:
    return lambda content: content["topics"][topic]["answer"][part].__setitem__("text", text)


def warning_type(model: dict) -> dict:
    return lm(model)["types"][type_index("WarningSignType")]


def add_search_slot(model: dict) -> None:
    intent(model, SURGERY)["slots"].append({"name": "query", "type": "AMAZON.SearchQuery"})
    intent(model, SURGERY)["samples"].append("{query}")


LONG_WORDS = " ".join(["physical therapy helps many people with their back pain"] * 12)  # 96 words
LONGISH_WORDS = " ".join(LONG_WORDS.split()[:47])  # over the part budget, within a 60-word turn
ALTERNATIVES, SURGERY = "AlternativesIntent", "SurgeryIntent"
EN_US = "manifest.publishingInformation.locales.en-US"

# (id, file, edit, rule, JSON path, exit code)
BROKEN_COPIES = [
    # model schema
    ("no-language-model", MODEL, replace_all({"interactionModel": {}}), "model.schema",
     "interactionModel.languageModel", 1),
    ("no-types-list", MODEL, lambda m: lm(m).pop("types"), "model.schema", "types", 1),
    ("duplicate-intent", MODEL, lambda m: lm(m)["intents"].append(copy.deepcopy(intent(m, SURGERY))),
     "model.duplicate-intent", f"intents[{len(lm(PRISTINE[MODEL])['intents'])}].name", 1),
    ("slot-case-mismatch", MODEL, add_sample(ALTERNATIVES, "is {Treatment} any good"), "model.undeclared-slot",
     new_sample_path(ALTERNATIVES), 1),
    ("undeclared-slot", MODEL, add_sample(SURGERY, "is {procedure} worth it"), "model.undeclared-slot",
     new_sample_path(SURGERY), 1),
    ("unknown-slot-type", MODEL, lambda m: intent(m, ALTERNATIVES)["slots"][0].__setitem__("type", "TreatmentKind"),
     "model.unknown-slot-type", f"intents[{intent_index(ALTERNATIVES)}].slots[0].type", 1),
    ("empty-synonyms", MODEL, lambda m: lm(m)["types"][0]["values"][0]["name"].__setitem__("synonyms", []),
     "model.empty-synonyms", "types[0].values[0].name.synonyms", 1),
    ("old-slot-syntax", MODEL, add_sample(ALTERNATIVES, "is {yoga|treatment} any good"), "model.old-slot-syntax",
     new_sample_path(ALTERNATIVES), 1),
    ("missing-navigate-home", MODEL, remove_intent("AMAZON.NavigateHomeIntent"), "model.missing-built-in",
     "intents", 1),
    ("intent-without-handler", MODEL,
     lambda m: lm(m)["intents"].append({"name": "WeatherIntent", "slots": [], "samples": ["what's the weather"]}),
     "model.no-handler", f"intents[{len(lm(PRISTINE[MODEL])['intents'])}].name", 1),
    ("topic-unreachable", MODEL, lambda m: intent(m, SURGERY).__setitem__("samples", []),
     "model.topic-unreachable", "intents", 1),
    ("unused-slot", MODEL,
     lambda m: intent(m, SURGERY)["slots"].append({"name": "treatment", "type": "TreatmentType"}),
     "model.unused-slot", f"intents[{intent_index(SURGERY)}]", 0),
    ("ambiguous-slot-value", MODEL,
     lambda m: lm(m)["types"][type_index("TreatmentType")]["values"][1]["name"]["synonyms"].append(
         lm(m)["types"][type_index("TreatmentType")]["values"][0]["name"]["value"]),
     "model.ambiguous-slot-value", f"types[{type_index('TreatmentType')}]", 0),
    # invocation name
    ("invocation-one-word", MODEL, set_invocation("backpain"), "invocation.one-word", "invocationName", 1),
    ("invocation-digits", MODEL, set_invocation("back pain guide 2"), "invocation.digits", "invocationName", 1),
    ("invocation-capitals", MODEL, set_invocation("Back Pain Guide"), "invocation.characters", "invocationName", 1),
    ("invocation-punctuation", MODEL, set_invocation("back pain, guide"), "invocation.characters",
     "invocationName", 1),
    ("invocation-launch-word", MODEL, set_invocation("open back pain"), "invocation.launch-word", "invocationName", 1),
    ("invocation-wake-word", MODEL, set_invocation("alexa back helper"), "invocation.wake-word", "invocationName", 1),
    ("invocation-skill-word", MODEL, set_invocation("back pain skill"), "invocation.forbidden-word",
     "invocationName", 1),
    ("invocation-connecting-word", MODEL, set_invocation("the backache"), "invocation.connecting-word",
     "invocationName", 1),
    # sample utterances
    ("sample-digits", MODEL, add_sample(SURGERY, "is surgery worth it after 6 months"), "sample.digits",
     new_sample_path(SURGERY), 1),
    ("sample-question-mark", MODEL, add_sample(SURGERY, "should I get surgery?"), "sample.characters",
     new_sample_path(SURGERY), 1),
    ("sample-with-a-bar", MODEL, add_sample(SURGERY, "surgery | yes or no"), "sample.characters",
     new_sample_path(SURGERY), 1),
    ("sample-only-a-phrase-slot", MODEL, add_search_slot, "sample.slot-only", new_sample_path(SURGERY), 1),
    ("sample-repeats-a-slot", MODEL, add_sample(ALTERNATIVES, "{treatment} or {treatment}"), "sample.slot-repeated",
     new_sample_path(ALTERNATIVES), 1),
    ("sample-repeated-within", MODEL, add_sample(SURGERY, "Is  Surgery worth it"), "sample.duplicate",
     new_sample_path(SURGERY), 1),
    ("sample-repeated-across", MODEL, add_sample("DecidingIntent", "is surgery worth it"), "sample.duplicate",
     new_sample_path("DecidingIntent"), 1),
    ("sample-extra-spaces", MODEL, add_sample(SURGERY, "is back surgery a good idea "), "sample.whitespace",
     new_sample_path(SURGERY), 0),
    ("slot-sample-says-another-intents-sample", MODEL, add_sample("DecidingIntent", "does yoga help"),
     "sample.slot-collision", f"intents[{intent_index(ALTERNATIVES)}].samples"
     f"[{intent(PRISTINE[MODEL], ALTERNATIVES)['samples'].index('does {treatment} help')}]", 0),
    # manifest
    ("four-example-phrases", MANIFEST, every_locale(lambda i: i["examplePhrases"].append("Alexa, open back pain guide")),
     "manifest.example-phrases", f"{EN_US}.examplePhrases", 1),
    ("example-without-wake-word", MANIFEST,
     every_locale(lambda i: i["examplePhrases"].__setitem__(2, "ask back pain guide is surgery worth it")),
     "manifest.example-invocation", f"{EN_US}.examplePhrases[2]", 1),
    ("example-not-a-sample", MANIFEST,
     every_locale(lambda i: i["examplePhrases"].__setitem__(2, "Alexa, ask back pain guide can I go dancing")),
     "manifest.example-not-a-sample", f"{EN_US}.examplePhrases[2]", 1),
    ("no-disclaimer", MANIFEST, every_locale(lambda i: i.__setitem__("description", "Answers about back pain.")),
     "manifest.disclaimer", f"{EN_US}.description", 1),
    ("summary-too-long", MANIFEST, every_locale(lambda i: i.__setitem__("summary", "Back pain. " * 20)),
     "manifest.too-long", f"{EN_US}.summary", 1),
    ("privacy-flag-missing", MANIFEST, lambda m: m["manifest"]["privacyAndCompliance"].pop("containsAds"),
     "manifest.privacy", "manifest.privacyAndCompliance.containsAds", 1),
    ("locale-not-listed", MANIFEST, lambda m: locales(m).pop("en-IN"), "manifest.locales",
     "manifest.publishingInformation.locales", 1),
    ("locale-without-model", MANIFEST, lambda m: locales(m).__setitem__("de-DE", locales(m)["en-US"]),
     "manifest.locales", "manifest.publishingInformation.locales.de-DE", 1),
    ("no-custom-api", MANIFEST, lambda m: m["manifest"].pop("apis"), "manifest.apis", "manifest.apis.custom", 1),
    ("health-info-flag-missing", MANIFEST, lambda m: m["manifest"]["privacyAndCompliance"].pop("usesHealthInfo"),
     "manifest.privacy", "manifest.privacyAndCompliance.usesHealthInfo", 1),
    ("personal-info-without-privacy-policy", MANIFEST,
     lambda m: m["manifest"]["privacyAndCompliance"].__setitem__("usesPersonalInfo", True),
     "manifest.privacy-policy", "manifest.privacyAndCompliance.locales.en-US.privacyPolicyUrl", 1),
    # icons
    ("no-small-icon", MANIFEST, every_locale(lambda i: i.pop("smallIconUri")), "manifest.icon-missing",
     f"{EN_US}.smallIconUri", 1),
    ("icon-file-missing", MANIFEST, every_locale(lambda i: i.__setitem__("largeIconUri", "file://assets/images/big.png")),
     "manifest.icon-file", f"{EN_US}.largeIconUri", 1),
    ("small-icon-is-the-large-one", MANIFEST,
     every_locale(lambda i: i.__setitem__("smallIconUri", "file://assets/images/large-icon.png")),
     "manifest.icon-size", f"{EN_US}.smallIconUri", 1),
    ("icon-not-a-png", MANIFEST, every_locale(lambda i: i.__setitem__("smallIconUri", "file://en-US.json")),
     "manifest.icon-format", f"{EN_US}.smallIconUri", 1),
    ("icon-outside-the-package", MANIFEST,
     every_locale(lambda i: i.__setitem__("smallIconUri", "file://../elsewhere/small.png")),
     "manifest.icon-uri", f"{EN_US}.smallIconUri", 1),
    ("icon-hosted-elsewhere", MANIFEST,
     every_locale(lambda i: i.__setitem__("largeIconUri", "https://example.com/large.png")),
     "manifest.icon-remote", f"{EN_US}.largeIconUri", 0),
    # content
    ("content-missing-prompts", CONTENT, lambda c: c.pop("prompts"), "content.load", "", 1),
    ("answer-over-part-budget", CONTENT, set_answer("surgery", LONGISH_WORDS), "content.part-budget",
     "topics.surgery.answer[0]", 0),
    ("answer-under-part-budget", CONTENT, set_answer("surgery", "Surgery is rarely the answer."),
     "content.part-budget", "topics.surgery.answer[0]", 0),
    ("turn-over-sixty-words", CONTENT, set_answer("surgery", LONG_WORDS), "content.turn-too-long",
     "topics.surgery.answer[0]", 1),
    ("part-without-article-section", CONTENT,
     lambda c: c["topics"]["surgery"]["answer"][0].__setitem__("source", "my own opinion"),
     "content.source", "topics.surgery.answer[0].source", 1),
    ("aspect-without-honest-answer", CONTENT, lambda c: c["limits"]["kinds"].pop("dose"),
     "content.limit-missing", "limits.kinds", 1),
    ("speech-over-8000-characters", CONTENT, set_answer("surgery", "Surgery can help. " * 500), "content.ssml",
     "topics.surgery.answer[0]", 1),
    ("card-over-8000-characters", CONTENT, lambda c: c["topics"]["surgery"]["card"].__setitem__("text", "x " * 4001),
     "content.card-too-long", "topics.surgery.card", 1),
    ("intent-name-in-speech", CONTENT, lambda c: c["prompts"].__setitem__("goodbye", ["Goodbye from the StopIntent."]),
     "content.internal-name", "prompts.goodbye", 1),
    ("topic-id-on-card", CONTENT,
     lambda c: c["topics"]["surgery"]["card"].__setitem__("title", "surgery, see pt_not_working"),
     "content.internal-name", "topics.surgery.card", 1),
    ("unfilled-placeholder", CONTENT, lambda c: c["prompts"].__setitem__("goodbye", ["Goodbye, {name}."]),
     "content.internal-name", "prompts.goodbye", 1),
    ("unknown-placeholder", CONTENT, lambda c: c["prompts"].__setitem__("fallback", ["Sorry. Try {sample}?"]),
     "content.render", "prompts.fallback", 1),
    ("detail-for-no-slot-value", CONTENT,
     lambda c: c["topics"]["alternatives"]["details"].__setitem__("zumba", c["topics"]["alternatives"]["details"]["yoga"]),
     "content.unknown-detail", "topics.alternatives.details.zumba", 1),
    # warning signs (medical safety)
    ("sign-without-an-answer", CONTENT, lambda c: c["warning_signs"]["signs"].pop("chest_pain"),
     "safety.sign-unanswered", "warning_signs.signs", 1),
    ("answered-sign-not-in-the-model", MODEL,
     lambda m: warning_type(m).__setitem__("values", [v for v in warning_type(m)["values"] if v["id"] != "fever"]),
     "safety.sign-unreachable", f"types[{type_index('WarningSignType')}]", 1),
    ("symptom-word-in-a-treatment", MODEL,
     lambda m: lm(m)["types"][type_index("TreatmentType")]["values"][0]["name"]["synonyms"].append("needles"),
     "safety.symptom-word", f"types[{type_index('TreatmentType')}]", 1),
    ("content-intent-without-symptom-slot", MODEL,
     lambda m: intent(m, SURGERY).update(slots=[s for s in intent(m, SURGERY)["slots"] if s["name"] != "symptom"],
                                         samples=[s for s in intent(m, SURGERY)["samples"] if "{symptom}" not in s]),
     "safety.symptom-slot-missing", f"intents[{intent_index(SURGERY)}]", 1),
    ("no-bare-symptom-sample", MODEL,
     lambda m: intent(m, "RedFlagsIntent").update(samples=[s for s in intent(m, "RedFlagsIntent")["samples"]
                                                           if s != "{symptom}"]),
     "safety.statement-samples", f"intents[{intent_index('RedFlagsIntent')}]", 1),
    ("sign-said-too-few-ways", MODEL,
     lambda m: next(v for v in warning_type(m)["values"] if v["id"] == "fever")["name"].__setitem__("synonyms", ["a fever"]),
     "safety.few-forms", f"types[{type_index('WarningSignType')}]", 0),
    ("warning-answer-too-long", CONTENT,
     lambda c: c["warning_signs"]["signs"]["fever"].__setitem__("reason", LONG_WORDS),
     "safety.warning-answer", "warning_signs.signs.fever", 1),
    # the screen (APL document and labels)
    ("screen-not-apl", SCREEN, lambda d: d.__setitem__("type", "HTML"), "apl.schema", "", 1),
    ("screen-without-payload", SCREEN, lambda d: d["mainTemplate"].__setitem__("parameters", ["data"]),
     "apl.schema", "mainTemplate", 1),
    ("screen-unknown-component", SCREEN, lambda d: screen_items(d)[1].__setitem__("type", "Label"), "apl.component",
     "mainTemplate.items[0].item.items[1]", 1),
    ("screen-unknown-command", SCREEN,
     lambda d: d["layouts"]["AnswerButton"]["item"]["onPress"].__setitem__("type", "SendMessage"), "apl.command",
     "layouts.AnswerButton.item.onPress", 1),
    ("screen-binding-the-skill-never-sends", SCREEN,
     lambda d: screen_items(d)[1].__setitem__("text", "${payload.answer.heading}"), "apl.binding",
     "mainTemplate.items[0].item.items[1].text", 1),
    ("screen-list-item-field-missing", SCREEN,
     lambda d: screen_items(d)[5]["item"].__setitem__("label", "${data.name}"), "apl.binding",
     "mainTemplate.items[0].item.items[5].item.label", 1),
    ("screen-undeclared-layout-parameter", SCREEN,
     lambda d: d["layouts"]["AnswerButton"]["item"]["item"]["item"].__setitem__("text", "${caption}"),
     "apl.binding", "layouts.AnswerButton.item.item.item.text", 1),
    ("screen-undefined-resource", SCREEN, lambda d: screen_items(d)[1].__setitem__("fontSize", "@headlineSize"),
     "apl.resource", "mainTemplate.items[0].item.items[1].fontSize", 1),
    ("screen-ignored-layout-argument", SCREEN, lambda d: screen_items(d)[3].__setitem__("colour", "red"),
     "apl.layout-parameter", "mainTemplate.items[0].item.items[3].colour", 0),
    ("labels-offer-without-name", LABELS, lambda l: l["en"].__setitem__("offer", "Yes please"), "apl.labels",
     "en.offer", 1),
    ("labels-missing", LABELS, lambda l: l["en"].pop("topics_heading"), "apl.labels", "en.topics_heading", 1),
    # suggested phrases
    ("suggestion-not-a-sample", CONTENT, lambda c: c["suggestions"][1].__setitem__("say", "are opioids addictive or not"),
     "phrase.suggestion-not-a-sample", "suggestions[1]", 1),
    ("suggestion-promises-wrong-topic", CONTENT, lambda c: c["suggestions"][2].__setitem__("topic", "deciding"),
     "phrase.suggestion-not-a-sample", "suggestions[2]", 1),
]


def test_the_projects_own_files_pass_with_no_findings(capsys) -> None:
    code = main(["validate", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert (report["ok"], report["findings"]) == (True, [])
    assert [f["role"] for f in report["files"]] == ["model", "manifest", "icon", "icon", "content", "screen", "labels"]
    assert code == 0


def test_a_faithful_copy_passes_too(tmp_path, capsys) -> None:
    assert run_validate(write_copy(tmp_path), capsys) == (0, [])


@pytest.mark.parametrize("name, file, edit, rule, path, exit_code", BROKEN_COPIES, ids=[c[0] for c in BROKEN_COPIES])
def test_a_broken_copy_is_caught_by_its_rule(tmp_path, capsys, name, file, edit, rule, path, exit_code) -> None:
    code, findings = run_validate(write_copy(tmp_path, {file: edit}), capsys)
    matching = [f for f in findings if f["rule"] == rule and f["path"] == path]
    assert matching, f"no {rule} at {path!r}; got {[(f['rule'], f['path']) for f in findings]}"
    assert all(f["file"] == str(tmp_path / file) for f in matching)
    assert all(f["message"] and f["fix"] for f in findings)
    assert code == exit_code
    assert {f["severity"] for f in matching} == {"error" if exit_code else "warning"}


@pytest.mark.parametrize("damage, problem", [
    (lambda png: b"GIF89a" + png[6:], "does not start with the PNG signature"),
    (lambda png: png[:20], "no PNG header chunk"),
    (lambda png: png[:17] + b"\x01" + png[18:], "checksum mismatch"),  # the width changed, its CRC not
])
def test_an_icon_that_is_not_a_sound_png_is_caught(tmp_path, capsys, damage, problem) -> None:
    write_copy(tmp_path)
    icon = tmp_path / "assets" / "images" / "small-icon.png"
    icon.write_bytes(damage(icon.read_bytes()))
    code, findings = run_validate(tmp_path, capsys)
    assert code == 1
    assert {(f["rule"], f["path"]) for f in findings} == {
        ("manifest.icon-format", f"manifest.publishingInformation.locales.{locale}.smallIconUri")
        for locale in interaction_model.ENGLISH_LOCALES}
    assert all(problem in f["message"] for f in findings)


def test_a_sample_the_local_runner_hears_as_another_intent_is_flagged(tmp_path, capsys) -> None:
    # "please" is a filler to the runner's NLU, so this sample is "is surgery worth it" said twice.
    write_copy(tmp_path, {MODEL: add_sample("DecidingIntent", "is surgery worth it please")})
    code, findings = run_validate(tmp_path, capsys, nlu=True)
    by_rule = {(f["rule"], f["path"], f["severity"]) for f in findings}
    surgery_sample = intent(PRISTINE[MODEL], SURGERY)["samples"].index("is surgery worth it")
    assert ("sample.nlu-conflict", f"intents[{intent_index(SURGERY)}].samples[{surgery_sample}]", "warning") in by_rule
    assert ("sample.nlu-conflict", new_sample_path("DecidingIntent"), "warning") in by_rule
    # ...and the phrases the skill teaches people no longer reach surgery: those are errors.
    suggestion = next(k for k, s in enumerate(PRISTINE[CONTENT]["suggestions"]) if s["say"] == "is surgery worth it")
    assert ("phrase.suggestion-misheard", f"suggestions[{suggestion}]", "error") in by_rule
    example = PRISTINE[MANIFEST]["manifest"]["publishingInformation"]["locales"]["en-US"]["examplePhrases"].index(
        "Alexa, ask back pain guide is surgery worth it")
    assert ("phrase.example-misheard", f"{EN_US}.examplePhrases[{example}]", "error") in by_rule
    assert code == 1
    assert run_validate(tmp_path, capsys)[1] == []  # without the NLU, nothing else is wrong


def test_a_slot_value_that_is_a_built_in_phrasing_is_an_error(tmp_path, capsys) -> None:
    # "go home" as a way to say the recovery made every bare "how often" go home in the runner
    def add_go_home(model: dict) -> None:
        # said with "my", which the runner sets aside in slot values: "my go home" is heard in "go home"
        lm(model)["types"][type_index("AspectType")]["values"][0]["name"].setdefault("synonyms", []).append("my go home")
    write_copy(tmp_path, {MODEL: add_go_home})
    code, findings = run_validate(tmp_path, capsys, nlu=True)
    builtin = [f for f in findings if f["rule"] == "slot.builtin-phrase"]
    assert code == 1
    assert len(builtin) == 1 and builtin[0]["path"] == f"types[{type_index('AspectType')}]"
    assert "AMAZON.NavigateHomeIntent" in builtin[0]["message"]


def test_suggested_and_example_phrases_must_be_understood_as_their_intent() -> None:
    from skill_tools.validate import phrase_rules
    from interaction_model.model import parse
    from skill_tools.validate.sources import load_sources

    sources, _ = load_sources()
    index = parse(sources.model, sources.model_file, strict=False)
    assert list(phrase_rules.check(sources, index, resolve=lambda s: min(index.intents_saying(s)))) == []
    misheard = list(phrase_rules.check(sources, index, resolve=lambda s: "AMAZON.FallbackIntent"))
    assert {f.path for f in misheard if f.rule == "phrase.suggestion-misheard"} == {
        f"suggestions[{k}]" for k in range(len(PRISTINE[CONTENT]["suggestions"]))}
    examples = [f for f in misheard if f.rule == "phrase.example-misheard"]
    asks = [p for p in PRISTINE[MANIFEST]["manifest"]["publishingInformation"]["locales"]["en-US"]["examplePhrases"]
            if p.startswith("Alexa, ask ")]
    assert len(examples) == len(asks) * len(interaction_model.ENGLISH_LOCALES)
    assert all(f.severity == "error" and "AMAZON.FallbackIntent" in f.message for f in misheard)


def test_a_case_mismatch_names_the_declared_slot_in_the_fix(tmp_path, capsys) -> None:
    _, findings = run_validate(write_copy(tmp_path, {MODEL: add_sample(ALTERNATIVES, "is {Treatment} any good")}), capsys)
    (finding,) = [f for f in findings if f["rule"] == "model.undeclared-slot"]
    assert "{treatment}" in finding["fix"] and "case-sensitive" in finding["fix"]


def test_a_repeated_sample_points_at_its_first_occurrence(tmp_path, capsys) -> None:
    _, findings = run_validate(write_copy(tmp_path, {MODEL: add_sample("DecidingIntent", "is surgery worth it")}), capsys)
    (finding,) = [f for f in findings if f["rule"] == "sample.duplicate"]
    first = intent(PRISTINE[MODEL], SURGERY)["samples"].index("is surgery worth it")
    assert f"intents[{intent_index(SURGERY)}].samples[{first}]" in finding["message"]
    assert SURGERY in finding["message"]


@pytest.mark.parametrize("name", ["back pain guide", "sam's back guide", "b. p. helper", "back pain guide for runners"])
def test_good_invocation_names_pass(tmp_path, capsys, name) -> None:
    _, findings = run_validate(write_copy(tmp_path, {MODEL: set_invocation(name)}), capsys)
    assert not [f for f in findings if f["rule"].startswith("invocation.")]


def test_warnings_fail_only_with_strict(tmp_path, capsys) -> None:
    write_copy(tmp_path, {CONTENT: set_answer("surgery", "Surgery is rarely the answer.")})
    assert run_validate(tmp_path, capsys)[0] == 0
    assert run_validate(tmp_path, capsys, "--strict")[0] == 1


def test_unparseable_and_missing_files_are_findings_not_crashes(tmp_path, capsys) -> None:
    write_copy(tmp_path)
    (tmp_path / MODEL).write_text('{"interactionModel": {', encoding="utf-8")
    (tmp_path / MANIFEST).unlink()
    code, findings = run_validate(tmp_path, capsys)
    assert code == 1
    assert {(f["rule"], Path(f["file"]).name) for f in findings} >= {("file.json", MODEL), ("file.missing", MANIFEST)}


def test_wrongly_shaped_json_is_reported_not_a_traceback(tmp_path, capsys) -> None:
    def mangle(model: dict) -> None:
        lm(model)["intents"][0]["slots"] = "none"
        lm(model)["intents"][1]["samples"] = [1, None]
        lm(model)["intents"].append("HelpIntent")
        lm(model)["types"][0]["values"] = [{"id": ["x"], "name": None}]

    code, findings = run_validate(write_copy(tmp_path, {MODEL: mangle, MANIFEST: replace_all({"manifest": []})}), capsys,
                                  nlu=True)
    assert code == 1
    paths = {(f["rule"], f["path"]) for f in findings}
    assert {("model.schema", "intents[0].slots"), ("model.schema", "intents[1].samples"),
            ("model.schema", f"intents[{len(lm(PRISTINE[MODEL])['intents'])}]"),
            ("model.schema", "types[0].values[0].name.value"), ("manifest.schema", "manifest")} <= paths


def test_a_path_that_is_not_a_directory_is_a_usage_error(tmp_path, capsys) -> None:
    assert main(["validate", str(tmp_path / "nowhere")]) == 2
    assert "not a directory" in capsys.readouterr().err


def test_text_output_names_file_path_problem_and_fix(tmp_path, capsys) -> None:
    write_copy(tmp_path, {MODEL: add_sample(SURGERY, "is surgery worth it after 6 months")})
    code = main(["validate", str(tmp_path), "--content", str(tmp_path / CONTENT)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{tmp_path / MODEL}:{new_sample_path(SURGERY)}: error: " in out
    assert "contains digits [sample.digits]" in out and "    fix: spell numbers out" in out
    assert f"  read model:    {tmp_path / MODEL}" in out  # it says which files it read
    assert out.rstrip().endswith("FAILED: 1 error, 0 warnings")


def test_the_console_script_validates_the_project(tmp_path) -> None:
    script = Path(sys.executable).with_name("backpain-skill")
    result = subprocess.run([str(script), "validate"], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == f"validate: files of the checkout at {ROOT}"
    assert lines[-1] == "OK: 0 errors, 0 warnings"


def test_a_capitalised_invocation_name_hides_no_other_finding_and_its_fix_is_a_valid_name(tmp_path, capsys) -> None:
    _, findings = run_validate(write_copy(tmp_path, {MODEL: set_invocation("Ask Spine Helper")}), capsys)
    by_rule = {f["rule"]: f for f in findings if f["rule"].startswith("invocation.")}
    assert set(by_rule) == {"invocation.characters", "invocation.launch-word"}
    assert 'such as "spine helper"' in by_rule["invocation.characters"]["fix"]
    _, capitals = run_validate(write_copy(tmp_path, {MODEL: set_invocation("Back Pain Guide")}), capsys)
    assert 'such as "back pain guide"' in next(f["fix"] for f in capitals if f["rule"] == "invocation.characters")


def test_example_phrases_with_another_invocation_name_are_one_finding(tmp_path, capsys) -> None:
    _, findings = run_validate(write_copy(tmp_path, {MODEL: set_invocation("spine helper")}), capsys)
    (finding,) = [f for f in findings if f["rule"] == "manifest.example-invocation"]
    phrases = sum(len(info["examplePhrases"]) for info in locales(PRISTINE[MANIFEST]).values())
    assert finding["path"] == "manifest.publishingInformation.locales.*.examplePhrases"
    assert finding["message"] == (
        f"{phrases} example phrases in en-AU, en-CA, en-GB, en-IN, en-US do not start with the wake word and the "
        "invocation name 'spine helper' (the first: 'Alexa, open back pain guide')")
    assert finding["fix"] == 'write each as "Alexa, open spine helper" or "Alexa, ask spine helper <a sample utterance>"'


def test_duplicate_sample_messages_are_whole_sentences(tmp_path, capsys) -> None:
    _, findings = run_validate(write_copy(tmp_path, {MODEL: add_sample(SURGERY, "Is  Surgery worth it")}), capsys)
    (finding,) = [f for f in findings if f["rule"] == "sample.duplicate"]
    first = intent(PRISTINE[MODEL], SURGERY)["samples"].index("is surgery worth it")
    assert finding["message"].endswith(f"repeats intents[{intent_index(SURGERY)}].samples[{first}] of the same intent")
    _, across = run_validate(write_copy(tmp_path, {MODEL: add_sample("DecidingIntent", "is surgery worth it")}), capsys)
    (other,) = [f for f in across if f["rule"] == "sample.duplicate"]
    assert other["message"].endswith(f"samples[{first}], a sample of {SURGERY}")


def test_one_wrong_example_phrase_repeated_in_every_locale_is_one_finding(tmp_path, capsys) -> None:
    edit = every_locale(lambda i: i["examplePhrases"].__setitem__(2, "ask back pain guide is surgery worth it"))
    _, findings = run_validate(write_copy(tmp_path, {MANIFEST: edit}), capsys)
    (finding,) = [f for f in findings if f["rule"] == "manifest.example-invocation"]
    assert finding["message"].startswith(f"{', '.join(locales(PRISTINE[MANIFEST]))}: 'ask back pain guide is")
