"""Dialog test files in the YAML format of Bespoken's `bst test`, read into plain objects.

    ---
    configuration:            # optional first document: locale, device, interactionModel
                              # (from the working directory, as bst), handler (ignored)
      locale: en-US
    ---
    - test: Launch and ask     # optional test name (test.only / test.skip also work)
    - LaunchRequest: "Welcome*"          # shorthand: utterance: expected prompt
    - what causes back pain:             # full form: a list of assertions
      - prompt: "*posture*"
      - cardTitle: /causes/i
      - intent: CausesIntent
      - topic: causes
      - warningSign: null                # the warning sign answered (id), if any
      - limit: null                      # the kind of question answered with an honest limit
      - sessionEnded: false
    - AlternativesIntent treatment=yoga: "*yoga*"    # send an intent directly
    - touch 1:                           # touch button 1 of the screen (device: screen)
      - screen: "*physical therapy*"     # what the screen shows, as text
    - SessionEndedRequest
    - audio: recordings/what_causes.wav      # a spoken turn (recognised offline; speech extra)
      topic: causes                          # ... with assertions as further keys
    ---
    - test: next test, new session

Assertions may also be written as strings ("prompt == *posture*", "cardTitle != Surgery") or use a
dotted path into the response envelope ("response.outputSpeech.ssml: ..."). A bare `- exit`
ends the test early, as in bst.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
import yaml.scanner

#: Assertion names with a meaning of their own; any other name is a dotted path into the response.
NAMED_PATHS = ("prompt", "reprompt", "cardTitle", "cardContent", "sessionEnded", "intent", "topic", "warningSign",
               "limit", "screen")
OPERATORS = ("==", "=~", "!=")
CONFIGURATION_KEYS = ("locale", "device", "interactionModel", "description", "handler")
#: Configuration keys of bst files that are accepted but do not apply here, and why.
IGNORED_CONFIGURATION = {
    "handler": "the runner calls the skill's own entry point, skill.lambda_handler, in-process "
               "(or --endpoint over HTTP)",
}


class _Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2 booleans, as bst reads its files: `- yes` and `- no` are utterances, not true/false."""


_BOOL_TAG = "tag:yaml.org,2002:bool"
_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(_BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


class DialogFileError(Exception):
    """A dialog file that cannot be read or does not follow the format; the message has file:line."""


@dataclass(frozen=True)
class Assertion:
    """Expect the value at `path` to match (==, =~) or not contain (!=) `expected`."""

    path: str
    operator: str
    expected: Any  # str, list of alternatives, bool, number, or None (must be absent)
    line: int


@dataclass
class Interaction:
    """One thing the user does (an utterance, LaunchRequest, an intent line) and what to check."""

    utterance: str
    line: int
    assertions: list[Assertion] = field(default_factory=list)
    exit: bool = False  # a bare `- exit`: stop the test here
    audio: Path | None = None  # `- audio: FILE.wav`: the turn is spoken (the file, relative to the dialog file)


@dataclass
class DialogTest:
    """One test: a new session and its interactions in order."""

    name: str
    line: int
    interactions: list[Interaction]
    only: bool = False
    skip: bool = False


@dataclass
class DialogFile:
    """A parsed dialog file."""

    path: Path
    configuration: dict[str, Any]
    tests: list[DialogTest]
    notes: list[str] = field(default_factory=list)  # things worth knowing that are not errors


def load_dialog_file(path: Path) -> DialogFile:
    """Read and parse *path*; raises DialogFileError naming the file (and line) on any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DialogFileError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DialogFileError(f"{path}: cannot be read ({exc})") from None
    return parse_dialogs(text, path)


def parse_dialogs(text: str, path: Path) -> DialogFile:
    """Parse the text of a dialog file (see the module docstring for the format)."""
    try:
        documents = _load_documents(text, path)
    except yaml.YAMLError as exc:
        raise DialogFileError(_yaml_error(path, exc)) from None
    configuration: dict[str, Any] = {}
    notes: list[str] = []
    if documents and isinstance(documents[0][1], dict) and "configuration" in documents[0][1]:
        node, value = documents.pop(0)
        configuration = value["configuration"] or {}
        if not isinstance(configuration, dict):
            raise DialogFileError(f"{path}:{node.start_mark.line + 1}: configuration must be a mapping")
        unknown = sorted(set(configuration) - set(CONFIGURATION_KEYS))
        if unknown:
            raise DialogFileError(
                f"{path}:{node.start_mark.line + 1}: unknown configuration key(s) {', '.join(unknown)} "
                f"(known: {', '.join(CONFIGURATION_KEYS)})"
            )
        notes = [f"{path}: configuration {key}: {configuration[key]!r} is ignored: {why}"
                 for key, why in IGNORED_CONFIGURATION.items() if key in configuration]
    tests = []
    for index, (node, value) in enumerate(documents, 1):
        if value is None:
            continue  # an empty document, e.g. a trailing ---
        if not isinstance(value, list):
            raise DialogFileError(f"{path}:{node.start_mark.line + 1}: a test must be a list of interactions")
        tests.append(_parse_test(path, node, value, index))
    if not tests:
        raise DialogFileError(f"{path}: no tests found")
    return DialogFile(path, configuration, tests, notes)


def _load_documents(text: str, path: Path | None = None) -> list[tuple[yaml.Node, Any]]:
    """Every YAML document as (node, value): the nodes keep line numbers for messages."""
    stream = io.StringIO(text)
    stream.name = str(path or "<dialog file>")  # PyYAML names the file in its marks
    loader = _Yaml12Loader(stream)
    documents = []
    try:
        while loader.check_node():
            node = loader.get_node()
            documents.append((node, loader.construct_document(node)))
    finally:
        loader.dispose()
    return documents


def _yaml_error(path: Path, exc: yaml.YAMLError) -> str:
    """PyYAML's own message on one line, at the line to fix: where a token that cannot be read
    begins ("while scanning a quoted scalar"), else where the parser found the problem."""
    context_mark = getattr(exc, "context_mark", None)
    problem_mark = getattr(exc, "problem_mark", None)
    scanning = isinstance(exc, yaml.scanner.ScannerError) and context_mark is not None
    mark = context_mark if scanning else problem_mark or context_mark
    where = f":{mark.line + 1}" if mark is not None else ""
    parts = [f"{text} {_mark_text(at)}".strip()
             for text, at in ((getattr(exc, "context", None), context_mark),
                              (getattr(exc, "problem", None), problem_mark)) if text]
    return f"{path}{where}: not valid YAML: {'; '.join(parts) or exc}"


def _mark_text(mark: Any) -> str:
    """A mark as PyYAML writes it, without the source excerpt."""
    if mark is None:
        return ""
    return f'in "{mark.name}", line {mark.line + 1}, column {mark.column + 1}'


def _parse_test(path: Path, node: yaml.SequenceNode, items: list[Any], index: int) -> DialogTest:
    test = DialogTest(f"Test {index}", node.start_mark.line + 1, [])
    for position, (item_node, item) in enumerate(zip(node.value, items)):
        line = item_node.start_mark.line + 1
        key = next(iter(item)) if isinstance(item, dict) and len(item) == 1 else None
        if position < 2 and key in ("test", "test.only", "test.skip"):
            test.name = str(item[key])
            test.only, test.skip = key == "test.only", key == "test.skip"
        elif position < 2 and key == "tags":
            continue
        else:
            test.interactions.append(_parse_interaction(path, item_node, item, line))
    if not test.interactions:
        raise DialogFileError(f"{path}:{test.line}: test {test.name!r} has no interactions")
    return test


def _parse_interaction(path: Path, node: yaml.Node, item: Any, line: int) -> Interaction:
    where = f"{path}:{line}"
    if isinstance(item, (str, int, float)) and not isinstance(item, bool):
        text = str(item).strip()
        if text == "exit":
            return Interaction("exit", line, exit=True)
        operator = _find_operator(text)
        if operator is None:
            return Interaction(text, line)
        utterance, expected = (part.strip() for part in text.split(f" {operator} ", 1))
        return Interaction(utterance, line, [Assertion("prompt", operator, expected, line)])
    if isinstance(item, dict) and isinstance(item.get("audio"), str) and item["audio"].strip().lower().endswith(".wav"):
        return _parse_audio_interaction(path, node, item, line)
    if not isinstance(item, dict) or len(item) != 1:
        raise DialogFileError(f"{where}: an interaction is `- utterance` or `- utterance: expected`, got {item!r}")
    utterance, body = next(iter(item.items()))
    utterance = str(utterance).strip()
    if not utterance:
        raise DialogFileError(f"{where}: empty utterance")
    interaction = Interaction(utterance, line)
    if body is None:
        return interaction
    if not isinstance(body, list):
        operator = "=~" if isinstance(body, str) and body.strip().startswith("/") else "=="
        interaction.assertions.append(Assertion("prompt", operator, body, line))
        return interaction
    value_node = node.value[0][1]
    for element_node, element in zip(value_node.value, body):
        interaction.assertions.append(_parse_assertion(path, element, element_node.start_mark.line + 1))
    return interaction


def _parse_audio_interaction(path: Path, node: yaml.MappingNode, item: dict[str, Any], line: int) -> Interaction:
    """`- audio: FILE.wav` plus optional assertions as further keys (`topic: causes`)."""
    audio = item["audio"].strip()
    interaction = Interaction(f"audio: {audio}", line, audio=path.parent / audio)
    for key_node, _ in node.value:
        if key_node.value != "audio":
            element = {key_node.value: item[key_node.value]}
            interaction.assertions.append(_parse_assertion(path, element, key_node.start_mark.line + 1))
    return interaction


def _parse_assertion(path: Path, element: Any, line: int) -> Assertion:
    where = f"{path}:{line}"
    if isinstance(element, str):
        operator = _find_operator(element)
        if operator is None:
            raise DialogFileError(f"{where}: {element!r} is not an assertion (write `- prompt: expected`)")
        name, expected = (part.strip() for part in element.split(f" {operator} ", 1))
        name = _check_path(name, where)
        if name == "sessionEnded":  # `- sessionEnded == false`, as bst files write it
            if expected.lower() not in ("true", "false"):
                raise DialogFileError(f"{where}: sessionEnded must be true or false, got {expected!r}")
            return Assertion(name, operator, expected.lower() == "true", line)
        return Assertion(name, operator, expected, line)
    if not isinstance(element, dict) or len(element) != 1:
        raise DialogFileError(f"{where}: an assertion is `- name: expected`, got {element!r}")
    name, expected = next(iter(element.items()))
    name = _check_path(str(name), where)
    if name == "sessionEnded" and not isinstance(expected, bool):
        raise DialogFileError(f"{where}: sessionEnded must be true or false, got {expected!r}")
    alternatives = expected if isinstance(expected, list) else [expected]
    if any(isinstance(a, (dict, list)) for a in alternatives):
        raise DialogFileError(f"{where}: expected value for {name} must be text, a number, true/false or null")
    is_regex = any(isinstance(a, str) and a.strip().startswith("/") for a in alternatives)
    return Assertion(name, "=~" if is_regex else "==", expected, line)


def _check_path(name: str, where: str) -> str:
    if name in NAMED_PATHS or (name.startswith(("response.", "sessionAttributes.")) and ".." not in name):
        return name
    raise DialogFileError(
        f"{where}: unknown assertion {name!r} (use {', '.join(NAMED_PATHS)}, or a path like response.outputSpeech.ssml)"
    )


def _find_operator(text: str) -> str | None:
    positions = [(text.find(f" {op} "), op) for op in OPERATORS if f" {op} " in text]
    return min(positions)[1] if positions else None
