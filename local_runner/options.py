"""Options shared by `ask`, `chat` and `test-dialogs`, and building a Conversation from them.

Everything a user can get wrong here (a broken model file, a bad endpoint URL, an unknown locale)
becomes a RunnerSetupError with a message naming the problem; the commands print it and exit 2.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

import interaction_model
from local_runner.conversation import Conversation
from local_runner.envelopes import DEVICE_PROFILES, EnvelopeBuilder, Identity, default_application_id
from local_runner.model_file import ModelFileError, ModelInfo, model_info, read_model_document
from local_runner.transport import HttpTransport, InProcessTransport, Transport, TransportError
from local_runner.voice import Voice
from local_runner.wav_files import AudioFolderError, prepare_run_folder

EXIT_SETUP = 2


class RunnerSetupError(Exception):
    """The runner cannot start as asked; the message says why."""


def add_common_options(parser: argparse.ArgumentParser, *, voice: bool = True) -> None:
    """The options every runner command takes (voice ones only where something is spoken)."""
    parser.add_argument("--endpoint", metavar="URL",
                        help="send envelopes over HTTP to a running `backpain-skill serve --no-verify` "
                        "instead of calling the skill in-process")
    parser.add_argument("--locale", default="en-US", choices=interaction_model.ENGLISH_LOCALES,
                        help="request locale (default: en-US)")
    parser.add_argument("--device", default="speaker", choices=sorted(DEVICE_PROFILES),
                        help="device profile: voice-only speaker, or screen device with APL (default: speaker)")
    parser.add_argument("--model", metavar="PATH", type=Path,
                        help=f"interaction model JSON (default: {interaction_model.MODEL_FILE.name} of the project)")
    parser.add_argument("--explain", action="store_true",
                        help="show the top 3 candidate intents with scores and the matched sample")
    if voice:
        parser.add_argument("--no-voice", action="store_true", help="print answers only, do not speak them")
        parser.add_argument("--save-audio", metavar="DIR", type=Path, help="write one WAV file per turn into a new subfolder of DIR for this run")
        parser.add_argument("--rate", type=_speaking_rate, metavar="WPM", help="speaking rate in words per minute")
        parser.add_argument("--voice", metavar="NAME", help="TTS voice id or name (e.g. en-us, english)")


def build_conversation(args: argparse.Namespace) -> Conversation:
    """A Conversation wired as the options ask: model, NLU, device, locale and transport."""
    model, document = _load_model(getattr(args, "model", None))
    nlu, parse_invocation = _load_nlu(model.path, document)
    application_id = os.environ.get("ALEXA_SKILL_ID", "").strip() or default_application_id(model.invocation_name)
    builder = EnvelopeBuilder(model, Identity(application_id), DEVICE_PROFILES[args.device], args.locale)
    return Conversation(nlu, parse_invocation, model, builder, build_transport(args.endpoint))


def build_transport(endpoint: str | None) -> Transport:
    """HTTP to *endpoint* if given, else the skill in-process."""
    if not endpoint:
        return InProcessTransport()
    try:
        return HttpTransport(endpoint)
    except TransportError as exc:
        raise RunnerSetupError(str(exc)) from None


def build_voice(args: argparse.Namespace, *, play: bool = True) -> Voice:
    """The Voice the options ask for (*play* False keeps it from speaking, e.g. for JSON output)."""
    save_dir = getattr(args, "save_audio", None)
    if save_dir is not None:
        try:
            save_dir = prepare_run_folder(save_dir)  # a subfolder of its own for this run
        except AudioFolderError as exc:
            raise RunnerSetupError(str(exc)) from None
    return Voice(
        enabled=play and not getattr(args, "no_voice", False),
        off_reason="voice is off (--no-voice)" if play else None,
        rate=getattr(args, "rate", None),
        voice=getattr(args, "voice", None),
        save_dir=save_dir,
    )


def _load_model(path: Path | None) -> tuple[ModelInfo, Any]:
    """The runner's view of the model and the parsed document it came from (the file is read once)."""
    try:
        model_path, document = read_model_document(path)
        return model_info(model_path, document), document
    except ModelFileError as exc:
        raise RunnerSetupError(str(exc)) from None


def _load_nlu(path: Path, document: Any) -> tuple[Any, Any]:
    from local_runner.nlu import Nlu, parse_invocation
    from local_runner.nlu.model import parse_model

    try:
        return Nlu(parse_model(document)), parse_invocation
    except Exception as exc:  # the NLU's own complaint about the file, shown instead of a traceback
        raise RunnerSetupError(f"interaction model {path}: {exc}") from None


def _speaking_rate(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if not 40 <= value <= 500:
        raise argparse.ArgumentTypeError("rate must be between 40 and 500 words per minute")
    return value
