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
from interaction_model.model import Model, ModelError, read as read_model
from local_runner.conversation import Conversation
from local_runner.envelopes import DEVICE_PROFILES, EnvelopeBuilder, Identity, default_application_id
from local_runner.transport import HttpTransport, InProcessTransport, Transport, TransportError
from local_runner.voice import Voice
from local_runner.wav_files import AudioFolderError, prepare_run_folder

EXIT_SETUP = 2
#: --nlu: the lenient default, or samples and slot values as written (local_runner.nlu.exact).
NLU_MODES = ("fuzzy", "exact")


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
    parser.add_argument("--nlu", choices=NLU_MODES, default="fuzzy",
                        help="fuzzy: understand paraphrases (default); exact: only samples and slot values "
                        "as written in the model, as virtual-alexa does")
    if voice:
        parser.add_argument("--no-voice", action="store_true", help="print answers only, do not speak them")
        parser.add_argument("--save-audio", metavar="DIR", type=Path, help="write one WAV file per turn into a new subfolder of DIR for this run")
        parser.add_argument("--rate", type=_speaking_rate, metavar="WPM", help="speaking rate in words per minute")
        parser.add_argument("--voice", metavar="NAME", help="TTS voice id or name (e.g. en-us, english)")


def build_conversation(args: argparse.Namespace) -> Conversation:
    """A Conversation wired as the options ask: model, NLU, device, locale and transport."""
    model = _load_model(getattr(args, "model", None))
    mode = getattr(args, "nlu", None) or "fuzzy"
    nlu, parse_invocation = load_nlu(model, mode)
    application_id = os.environ.get("ALEXA_SKILL_ID", "").strip() or default_application_id(model.invocation_name)
    builder = EnvelopeBuilder(model, Identity(application_id), DEVICE_PROFILES[args.device], args.locale)
    return Conversation(nlu, parse_invocation, model, builder, build_transport(args.endpoint), nlu_mode=mode)


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
        off_reason=None,  # asked for silence (--no-voice) or JSON: nothing to explain
        rate=getattr(args, "rate", None),
        voice=getattr(args, "voice", None),
        save_dir=save_dir,
    )


def _load_model(path: Path | None) -> Model:
    """The model file the options name (the project's own by default), read and checked once."""
    try:
        return read_model(path if path is not None else interaction_model.MODEL_FILE)
    except ModelError as exc:
        raise RunnerSetupError(str(exc)) from None


#: NLUs built in this process, by model file (path, modification time, size) and mode: building the
#: fuzzy one takes about 0.4 s, and test-dialogs needs one per locale and device of the same model.
_NLUS: dict[tuple[str, int, int, str], Any] = {}


def load_nlu(model: Model, mode: str = "fuzzy") -> tuple[Any, Any]:
    """The NLU of *mode* for *model* (built once per model file and mode in a process) and the
    invocation parser. Raises RunnerSetupError when the NLU cannot use the model."""
    from local_runner.nlu import Nlu, parse_invocation
    from local_runner.nlu.exact import ExactNlu
    from local_runner.nlu.types import NluDataError

    try:
        stat = model.source.stat()
        key = (str(model.source.resolve()), stat.st_mtime_ns, stat.st_size, mode)
    except OSError:
        key = None
    if key is not None and key in _NLUS:
        return _NLUS[key], parse_invocation
    try:
        nlu = ExactNlu(model) if mode == "exact" else Nlu(model)
    except NluDataError as exc:  # its own data file is broken, not the model: the message names the file
        raise RunnerSetupError(str(exc)) from None
    except Exception as exc:  # the NLU's own complaint about the file, shown instead of a traceback
        raise RunnerSetupError(f"interaction model {model.source}: {exc}") from None
    if key is not None:
        _NLUS[key] = nlu
    return nlu, parse_invocation


def _speaking_rate(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if not 40 <= value <= 500:
        raise argparse.ArgumentTypeError("rate must be between 40 and 500 words per minute")
    return value
