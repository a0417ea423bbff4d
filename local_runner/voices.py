"""`backpain-skill voices [TEXT]`: the text-to-speech voices `--voice` can name.

The voices are pyttsx3's (espeak-ng's on Linux, the system's on macOS and Windows), listed by a
child process with a timeout, as speaking is, so a stuck engine cannot hang the command.
``--voice`` takes a voice's id or name, or a part of either (``--voice en-gb``).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

from local_runner.options import EXIT_SETUP
from local_runner.voice import engine_unavailable

#: Seconds the engine may take to list its voices.
LIST_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class VoiceInfo:
    """One TTS voice: what --voice can name, and the languages it speaks."""

    id: str
    name: str
    languages: tuple[str, ...]

    def matches(self, text: str) -> bool:
        """True if *text* is part of the id, the name or a language (ignoring case)."""
        wanted = text.casefold()
        return any(wanted in field.casefold() for field in (self.id, self.name, *self.languages))


class VoicesUnavailable(Exception):
    """The voices cannot be listed here; the message says why."""


def register(subparsers: Any) -> None:
    """Add the `voices` subcommand."""
    parser = subparsers.add_parser(
        "voices",
        help="list the text-to-speech voices --voice can use",
        description="List the text-to-speech voices on this machine; ask and chat take one with --voice "
        "ID or NAME (a part of either is enough).",
    )
    parser.add_argument("text", nargs="?", metavar="TEXT", help="only voices whose id, name or language contains TEXT")
    parser.add_argument("--json", action="store_true", help="print the voices as a JSON list")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """List the voices (those matching TEXT); exit 2 when they cannot be listed here."""
    try:
        voices = list_voices()
    except VoicesUnavailable as exc:
        print(f"error: cannot list voices: {exc}", file=sys.stderr)
        return EXIT_SETUP
    if args.text:
        voices = [v for v in voices if v.matches(args.text)]
    if args.json:
        print(json.dumps([{"id": v.id, "name": v.name, "languages": list(v.languages)} for v in voices]))
        return 0
    print(format_voices(voices, args.text))
    return 0


def list_voices() -> list[VoiceInfo]:
    """Every voice the TTS engine offers, as the engine orders them. Raises VoicesUnavailable."""
    problem = engine_unavailable()
    if problem:
        raise VoicesUnavailable(problem)
    try:
        done = subprocess.run([sys.executable, "-m", "local_runner.voices"], capture_output=True, text=True,
                              timeout=LIST_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise VoicesUnavailable(f"the TTS engine did not answer within {LIST_TIMEOUT_S:.0f} s") from None
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or ["no details"])[-1]
        raise VoicesUnavailable(f"the TTS engine failed ({detail})")
    return [VoiceInfo(v["id"], v["name"], tuple(v["languages"])) for v in json.loads(done.stdout)]


def format_voices(voices: list[VoiceInfo], text: str | None = None) -> str:
    """A table of voices, and how to use one."""
    if not voices:
        return f"no voice matches {text!r}; `backpain-skill voices` lists them all" if text else "no voices found"
    width = max(len(v.id) for v in voices)
    name_width = max(len(v.name) for v in voices)
    lines = [f"{'id':{width}}  {'name':{name_width}}  languages"]
    lines += [f"{v.id:{width}}  {v.name:{name_width}}  {', '.join(v.languages)}".rstrip() for v in voices]
    english = [lang for v in voices for lang in v.languages if lang.startswith("en")]
    example = "en-us" if "en-us" in english else (english or [voices[0].id])[0]
    lines.append(f"\n{len(voices)} voice(s); speak with one: backpain-skill chat --voice {example}")
    return "\n".join(lines)


def _engine_voices() -> list[dict[str, Any]]:
    """In the child process: ask pyttsx3 for its voices."""
    import pyttsx3

    engine = pyttsx3.init()
    return [{"id": str(v.id), "name": str(v.name or v.id), "languages": [_language(x) for x in v.languages or []]}
            for v in engine.getProperty("voices") or []]


def _language(value: Any) -> str:
    """espeak reports languages as bytes with a priority byte first (b"\\x05en-us")."""
    if isinstance(value, bytes):
        return value.lstrip(bytes(range(32))).decode("utf-8", "replace")
    return str(value)


if __name__ == "__main__":
    print(json.dumps(_engine_voices()))
