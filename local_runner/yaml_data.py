"""The project's YAML files, read with libyaml when PyYAML has it: about seven times quicker than pure
Python on the question sets, which the tests, the benchmarks and the trainer read whole."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

#: PyYAML's safe loader, in C when PyYAML was built with libyaml (its wheels are); the same data either way.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path | str, loader: type = SafeLoader) -> Any:
    """A YAML file's data, read with a safe loader (by default the quickest one PyYAML has)."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (safe loaders only)


def duplicate_keys(text: str) -> list[tuple[str, int, int]]:
    """Each key a mapping in the YAML *text* (one document or several) says twice, as (key, line, line
    first said): a loader keeps only the last, so an entry written twice (a borrowed phrase merged again)
    would vanish unseen."""
    found: list[tuple[str, int, int]] = []
    nodes = list(yaml.compose_all(text, Loader=SafeLoader))
    while nodes:
        node = nodes.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        found.append((key.value, key.start_mark.line + 1, seen[key.value]))
                    seen.setdefault(key.value, key.start_mark.line + 1)
                nodes.append(value)
        elif isinstance(node, yaml.SequenceNode):
            nodes.extend(node.value)
    return sorted(found, key=lambda f: f[1])
