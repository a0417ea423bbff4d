"""Speech in: spoken questions recognised offline, then handled exactly like typed ones.

`ask --audio`, `chat --listen` and dialog files' `audio:` turns hear a WAV file (or the microphone)
with faster-whisper, biased to the skill's domain by a prompt built from the interaction model, and
hand the recognised text to the same Conversation as typed text: same invocation parsing, NLU and
envelopes. The recogniser lives in the optional `speech` extra; this package imports it only when
speech is used, so the base install and typed conversations never pay for it.
"""
from __future__ import annotations

import os


def keep_hub_offline() -> None:
    """Switch model hubs off; call before importing faster-whisper (huggingface_hub reads these at import).

    The runner never downloads a model: neither the developers' machines nor CI can reach a hub,
    and a download in the middle of a conversation would be a surprise anyway.
    """
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
    os.environ["HF_HUB_DISABLE_IMPLICIT_TOKEN"] = "1"
