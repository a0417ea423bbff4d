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
