"""Rules on the screen: the APL document (skill/apl/document.json) and the labels beside it.

A device refuses a document that names a component or command APL does not have, and silently shows
nothing where a binding names data the skill never sends. So, besides the document's outline, every
component and command type must be APL's own (or a layout the document defines), every ``@resource``
must be defined, every ``${...}`` binding must name something that exists where it is evaluated: a layout's
parameters inside the layout, ``data.*`` inside a component bound to a list, and ``payload.*`` as the
skill's datasource (skill.screen.datasource) really provides it, for every kind of reply the skill gives.
"""
from __future__ import annotations

import re
import string
from typing import Any, Iterator

from skill.conversation import Conversation
from skill.screen import datasource
from skill_tools.validate.content_rules import _replies
from skill_tools.validate.findings import Finding, error, warning
from skill_tools.validate.sources import Sources

#: APL's components (the primitive ones; the document imports no packages).
COMPONENTS = frozenset({
    "Container", "EditText", "FlexSequence", "Frame", "GridSequence", "Host", "Image", "Pager", "ScrollView",
    "Sequence", "Text", "TouchWrapper", "VectorGraphic", "Video",
})
#: APL's standard commands.
COMMANDS = frozenset({
    "AnimateItem", "AutoPage", "ClearFocus", "ControlMedia", "Finish", "Idle", "InsertItem", "Log", "OpenURL",
    "Parallel", "PlayMedia", "Reinflate", "RemoveItem", "Scroll", "ScrollToComponent", "ScrollToIndex", "Select",
    "SendEvent", "Sequential", "SetFocus", "SetPage", "SetState", "SetValue", "SpeakItem", "SpeakList",
})
#: Properties that hold child components, and those that hold commands.
CHILD_KEYS = ("item", "items", "firstItem", "lastItem")
COMMAND_KEYS = ("commands", "onPress", "onMount", "onScroll", "onPageChanged", "onFocus", "onBlur", "onDown",
                "onUp", "onMove", "onChildrenChanged", "onLayout", "onSpeechMark", "onSubmit", "onTextChange",
                "onCursorEnter", "onCursorExit", "onLoad", "onFail", "onEnd", "onPause", "onPlay", "onTimeUpdate",
                "onTrackUpdate", "onTrackReady", "onTrackFail", "otherwise", "then", "else")
#: Names every binding may use: APL's own context.
GLOBALS = frozenset({"viewport", "environment", "Math", "String", "Array", "Object", "Time", "elapsedTime",
                     "localTime", "utcTime", "event", "state", "index", "length", "ordinal", "true", "false", "null"})
BINDING = re.compile(r"\$\{(.*?)\}", re.DOTALL)
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
NAME_PATH = re.compile(r"(?<![\w.@])([A-Za-z_]\w*)((?:\.[A-Za-z_]\w*)*)")
RESOURCE = re.compile(r"@([A-Za-z_]\w*)")
REQUIRED_LABELS = {"offer": {"name"}, "more": set(), "topics_heading": set()}


def check(sources: Sources) -> Iterator[Finding]:
    """Every finding on the screen document and its labels."""
    words = yield from _labels(sources)
    document = sources.apl
    if document is None:
        return  # unreadable: the file finding says so
    file = sources.apl_file
    if not isinstance(document, dict) or document.get("type") != "APL" or not isinstance(document.get("version"), str):
        yield error("apl.schema", file, "",
                    'the document is not an APL document: it needs "type": "APL" and a "version"',
                    'start it with {"type": "APL", "version": "1.8", "mainTemplate": {...}}')
        return
    template = document.get("mainTemplate")
    parameters = template.get("parameters") if isinstance(template, dict) else None
    if not isinstance(parameters, list) or "payload" not in parameters or not _children(template):
        yield error("apl.schema", file, "mainTemplate", 'mainTemplate needs "parameters": ["payload"] and items',
                    'the skill sends its datasource as "payload"; declare it and give the template an item')
        return
    layouts = document.get("layouts") if isinstance(document.get("layouts"), dict) else {}
    resources = _resource_names(document)
    payloads = _payloads(sources, words)
    for name, layout in layouts.items():
        if not isinstance(layout, dict):
            continue
        params = {p if isinstance(p, str) else p.get("name") for p in layout.get("parameters", [])
                  if isinstance(p, (str, dict))}
        yield from _walk(file, f"layouts.{name}", _children(layout), layouts, resources,
                         {"names": params, "payloads": None, "data": None})
    yield from _walk(file, "mainTemplate", _children(template), layouts, resources,
                     {"names": {"payload"}, "payloads": payloads, "data": None})
    for where, value in _strings(document.get("resources"), "resources"):
        yield from _references(file, where, value, resources, {"names": set(), "payloads": None, "data": None})


def _labels(sources: Sources) -> Iterator[Finding]:
    """Findings on labels.json; its value (the generator's return) is the English labels when sound, else None."""
    labels = sources.labels
    if labels is None:
        return None  # unreadable: the file finding says so
    english = labels.get("en") if isinstance(labels, dict) else None
    if not isinstance(english, dict):
        yield error("apl.labels", sources.labels_file, "en", "no English labels",
                    'give "en": {"offer": "...{name}...", "more": "...", "topics_heading": "..."}')
        return None
    sound = True
    for key, placeholders in REQUIRED_LABELS.items():
        text = english.get(key)
        if not isinstance(text, str) or not text.strip():
            yield error("apl.labels", sources.labels_file, f"en.{key}", f"label {key} is missing or empty",
                        f"write the words the screen shows for {key}")
            sound = False
            continue
        used = {field for _, field, _, _ in string.Formatter().parse(text) if field}
        if used != placeholders:
            wanted = ", ".join("{" + p + "}" for p in sorted(placeholders)) or "no placeholder"
            yield error("apl.labels", sources.labels_file, f"en.{key}",
                        f"label {key} uses {', '.join('{' + u + '}' for u in sorted(used)) or 'no placeholder'}",
                        f"use {wanted} there")
            sound = False
    return english if sound else None


def _payloads(sources: Sources, words: dict[str, str] | None) -> list[tuple[str, Any]] | None:
    """(which reply, the datasource the skill sends for it) for every kind of reply; None if unknowable."""
    if sources.content is None or words is None:
        return None
    conversation = Conversation(sources.content, "en-US")
    payloads = []
    for key, render in _replies(sources.content):
        try:
            reply = render(conversation)
        except (KeyError, IndexError, ValueError):
            continue  # a prompt that does not render: content.render reports it
        payloads.append((key, datasource(reply, conversation, words)))
    return payloads


def _children(node: dict[str, Any]) -> list[tuple[str, Any]]:
    """(the key path below *node*, the child) for each child component."""
    found: list[tuple[str, Any]] = []
    for key in CHILD_KEYS:
        value = node.get(key)
        if isinstance(value, list):
            found.extend((f"{key}[{k}]", child) for k, child in enumerate(value))
        elif isinstance(value, dict):
            found.append((key, value))
    return found


def _walk(file, where: str, children: list[tuple[str, Any]], layouts: dict[str, Any], resources: set[str],
          scope: dict[str, Any]) -> Iterator[Finding]:
    """Check each component in *children* (as _children gives them) and everything below it."""
    for key_path, node in children:
        here = f"{where}.{key_path}"
        if not isinstance(node, dict):
            continue
        kind = node.get("type")
        if kind not in COMPONENTS and kind not in layouts:
            yield error("apl.component", file, here, f"unknown component type {kind!r}",
                        f"use one of APL's components ({', '.join(sorted(COMPONENTS))}) or define a layout "
                        "of that name")
        if kind in layouts:
            declared = {p if isinstance(p, str) else p.get("name") for p in layouts[kind].get("parameters", [])}
            ignored = sorted(set(node) - declared - {"type", "when", "spacing", "width", "height", "grow", "shrink",
                                                     "id", "data", "description", "bind", "style"})
            for name in ignored:
                yield warning("apl.layout-parameter", file, f"{here}.{name}",
                              f"{kind} declares no parameter {name!r}, so the value is ignored",
                              f"add {name!r} to the parameters of layout {kind}, or remove it here")
        inner = dict(scope)
        if "data" in node:
            inner["data"] = _list_items(node["data"], scope)
        for key, value in node.items():
            if key in CHILD_KEYS:
                continue
            if key in COMMAND_KEYS:
                yield from _commands(file, f"{here}.{key}", value, resources, inner)
                continue
            for path, text in _strings(value, f"{here}.{key}"):
                yield from _references(file, path, text, resources, scope if key == "data" else inner)
        yield from _walk(file, here, _children(node), layouts, resources, inner)


def _commands(file, where: str, value: Any, resources: set[str], scope: dict[str, Any]) -> Iterator[Finding]:
    for k, command in enumerate(value if isinstance(value, list) else [value]):
        here = f"{where}[{k}]" if isinstance(value, list) else where
        if not isinstance(command, dict):
            continue
        if command.get("type") not in COMMANDS:
            yield error("apl.command", file, here, f"unknown command type {command.get('type')!r}",
                        f"use one of APL's commands ({', '.join(sorted(COMMANDS))})")
        for key, item in command.items():
            if key in COMMAND_KEYS:
                yield from _commands(file, f"{here}.{key}", item, resources, scope)
            else:
                for path, text in _strings(item, f"{here}.{key}"):
                    yield from _references(file, path, text, resources, scope)


def _strings(value: Any, where: str) -> Iterator[tuple[str, str]]:
    """Every string inside *value*, with its path."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, list):
        for k, item in enumerate(value):
            yield from _strings(item, f"{where}[{k}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{where}.{key}")


def _references(file, where: str, text: str, resources: set[str], scope: dict[str, Any]) -> Iterator[Finding]:
    """Findings for the resources and names *text* uses: a whole value "@name", or inside ${...} bindings."""
    whole = RESOURCE.fullmatch(text.strip())
    if whole and whole.group(1) not in resources:
        yield error("apl.resource", file, where, f"@{whole.group(1)} is not defined in the document's resources",
                    f"define {whole.group(1)} under resources (dimensions, colors, strings...) or fix the name")
    for expression in BINDING.findall(text):
        bare = QUOTED.sub("''", expression)
        for name in RESOURCE.findall(bare):
            if name not in resources:
                yield error("apl.resource", file, where, f"@{name} is not defined in the document's resources",
                            f"define {name} under resources (dimensions, colors, strings...) or fix the name")
        for root, rest in NAME_PATH.findall(RESOURCE.sub("0", bare)):
            yield from _name(file, where, root, rest.lstrip(".").split(".") if rest else [], scope)


def _name(file, where: str, root: str, path: list[str], scope: dict[str, Any]) -> Iterator[Finding]:
    if root in GLOBALS:
        return
    if root == "data" and scope["data"] is not None:
        missing = sorted({path[0] for item in scope["data"] if path and path[0] not in item})
        for key in missing:
            yield error("apl.binding", file, where, f"data.{key}: the items of the list this component shows "
                        "have no such field", f"use one of {sorted(set().union(*scope['data']))}")
        return
    if root not in scope["names"]:
        yield error("apl.binding", file, where, f"{root} is not defined here",
                    "use payload.* (the datasource), a layout parameter inside its layout, or data.* inside a "
                    "component bound to a list")
        return
    if root == "payload" and scope["payloads"] is not None:
        for reply, payload in scope["payloads"]:
            node = payload
            for step in path:
                if not isinstance(node, dict) or step not in node:
                    yield error("apl.binding", file, where,
                                f"payload.{'.'.join(path)}: the datasource the skill sends for {reply} has no {step}",
                                "bind to a field skill.screen.datasource provides, or add it there")
                    return
                node = node[step]


def _list_items(binding: Any, scope: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The items a component's "data" binding gives its children, across every sample datasource."""
    match = BINDING.fullmatch(binding.strip()) if isinstance(binding, str) else None
    if not match or scope["payloads"] is None:
        return None
    root, _, rest = match.group(1).strip().partition(".")
    if root != "payload":
        return None
    items: list[dict[str, Any]] = []
    for _reply, payload in scope["payloads"]:
        node: Any = payload
        for step in rest.split("."):
            node = node.get(step) if isinstance(node, dict) else None
        if isinstance(node, list):
            items.extend(item for item in node if isinstance(item, dict))
    return items or None


def _resource_names(document: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for block in document.get("resources") or []:
        if isinstance(block, dict):
            for kind, values in block.items():
                if isinstance(values, dict) and kind not in ("when",):
                    names.update(values)
    return names
