"""Helpers for the local runner's tests: a conversation wired to the real model and skill, a
transport that remembers what it carried, and a scripted skill for session rules.
"""
from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from local_runner.conversation import Conversation
from local_runner.envelopes import DEVICE_PROFILES, EnvelopeBuilder, Identity, default_application_id
from interaction_model.model import load as load_model
from local_runner.nlu import Nlu, parse_invocation
from local_runner.transport import InProcessTransport

_NLU: list[Nlu] = []
#: The `backpain-skill` console script, started as a child process from this interpreter.
CLI_COMMAND = (sys.executable, "-c", "import sys; from skill_tools.cli import main; sys.exit(main())")


def shared_nlu() -> Nlu:
    """One NLU for the whole test session (building it reads the model once)."""
    if not _NLU:
        _NLU.append(Nlu.from_model())
    return _NLU[0]


@dataclass
class RecordingTransport:
    """Passes envelopes to *inner* (the real skill by default) and keeps every exchange."""

    inner: Any = field(default_factory=InProcessTransport)
    sent: list[dict[str, Any]] = field(default_factory=list)
    received: list[dict[str, Any]] = field(default_factory=list)
    description: str = "recording"

    def send(self, envelope: Mapping[str, Any]) -> dict[str, Any]:
        self.sent.append(dict(envelope))
        response = self.inner.send(envelope)
        self.received.append(response)
        return response


@dataclass
class ScriptedSkill:
    """A stand-in skill answering from a script: request type or intent name -> response body."""

    script: Callable[[dict[str, Any]], dict[str, Any]]
    description: str = "scripted"

    def send(self, envelope: Mapping[str, Any]) -> dict[str, Any]:
        return self.script(dict(envelope))


def make_conversation(
    transport: Any = None, *, device: str = "speaker", locale: str = "en-US", nlu: Any = None
) -> Conversation:
    """A Conversation over the project's model; the real skill in-process unless *transport* is given."""
    model = load_model()
    builder = EnvelopeBuilder(
        model, Identity(default_application_id(model.invocation_name)), DEVICE_PROFILES[device], locale
    )
    return Conversation(nlu or shared_nlu(), parse_invocation, model, builder, transport or RecordingTransport())


def run_main(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """Run `backpain-skill ARGS` in this process: the same command line, output and exit code as
    run_cli, without starting Python again (and with the NLU built once per model and mode)."""
    from skill_tools.cli import main

    out, err = io.StringIO(), io.StringIO()
    real_stdin, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: --help, --version, usage errors
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin = real_stdin
    return subprocess.CompletedProcess(["backpain-skill", *args], code, out.getvalue(), err.getvalue())


def run_cli(
    *args: str, stdin: str = "", env: Mapping[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    """Run `backpain-skill ARGS` in a child process, as a user would."""
    return subprocess.run(
        [*CLI_COMMAND, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
