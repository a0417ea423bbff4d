"""What `validate` reports: one Finding per problem, naming the file, the place in it, and the fix."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem: how bad, which rule, where (file and path inside it), what is wrong, how to fix it.

    ``path`` is a JSON path inside the file: relative to ``interactionModel.languageModel`` for the
    model (``intents[3].samples[12]``), from the root for the manifest (``manifest.privacyAndCompliance``),
    and a key path for the content file (``topics.surgery.answer[1]``); empty for the file as a whole.
    """

    severity: str
    rule: str
    file: str
    path: str
    message: str
    fix: str

    def render(self) -> str:
        """Two lines for a terminal: where and what, then how to fix it."""
        where = f"{self.file}:{self.path}" if self.path else self.file
        return f"{where}: {self.severity}: {self.message} [{self.rule}]\n    fix: {self.fix}"


def error(rule: str, file: Path | str, path: str, message: str, fix: str) -> Finding:
    """A finding that makes `validate` fail (Alexa would refuse the model, or certification would)."""
    return Finding(ERROR, rule, str(file), path, message, fix)


def warning(rule: str, file: Path | str, path: str, message: str, fix: str) -> Finding:
    """A finding worth fixing that does not make `validate` fail."""
    return Finding(WARNING, rule, str(file), path, message, fix)


@dataclass(frozen=True)
class Report:
    """Everything one `validate` run found, in the order the rules found it."""

    findings: tuple[Finding, ...]
    #: What was read, in order: (what it is, its path), e.g. ("model", "interaction_model/en-US.json").
    files: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, findings: Iterable[Finding], files: Iterable[tuple[str, str]] = ()) -> "Report":
        return cls(tuple(findings), tuple(files))

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == WARNING)

    @property
    def ok(self) -> bool:
        """True when there are no errors (warnings allowed)."""
        return not self.errors

    def rules(self) -> set[str]:
        """The rule ids that fired."""
        return {f.rule for f in self.findings}

    def summary(self) -> str:
        e, w = len(self.errors), len(self.warnings)
        return f"{e} error{'s' * (e != 1)}, {w} warning{'s' * (w != 1)}"

    def to_json(self) -> str:
        """The findings as a JSON document (for CI annotations and other tools)."""
        return json.dumps({"ok": self.ok, "files": [{"role": role, "path": path} for role, path in self.files],
                           "findings": [asdict(f) for f in self.findings]}, indent=2)
