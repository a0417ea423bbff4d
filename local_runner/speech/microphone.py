"""The microphone for `chat --listen`: push Enter to talk, Enter again to stop.

It records through sounddevice (PortAudio). Anything missing — sounddevice, the PortAudio library,
an input device — is a MicrophoneUnavailable whose message says what, so chat can say so once and
stay in text.
"""
from __future__ import annotations

import importlib.util
import threading
from typing import Any, Callable

from local_runner.speech.audio_in import SAMPLE_RATE

#: A recording stops by itself after this long, in case the Enter that ends it never comes.
MAX_SECONDS = 15.0


class MicrophoneUnavailable(Exception):
    """No microphone can be used here; the message says why and what to install."""


class Microphone:
    """One input device, recorded at the recogniser's rate (or the device's own, then resampled)."""

    def __init__(self, sounddevice: Any, device: dict[str, Any]) -> None:
        self._sd = sounddevice
        self.name = str(device.get("name") or "microphone")
        self._device_rate = int(device.get("default_samplerate") or SAMPLE_RATE)

    def record(self, until: Callable[[], Any], max_seconds: float = MAX_SECONDS) -> Any:
        """Record until *until* returns (e.g. the user pressed Enter) or *max_seconds* pass.

        Returns mono float32 samples at SAMPLE_RATE (a numpy array). Raises MicrophoneUnavailable.
        """
        import numpy

        for rate in dict.fromkeys((SAMPLE_RATE, self._device_rate)):
            chunks: list[Any] = []
            enough = threading.Event()

            def collect(indata: Any, frames: int, time: Any, status: Any) -> None:
                chunks.append(indata[:, 0].copy())
                if sum(len(c) for c in chunks) >= max_seconds * rate:
                    enough.set()

            try:
                stream = self._sd.InputStream(samplerate=rate, channels=1, dtype="float32", callback=collect)
            except Exception:  # this rate is not supported by the device: try its own
                continue
            def wait_for_stop() -> None:
                try:
                    until()
                except (EOFError, KeyboardInterrupt):
                    pass
                finally:
                    enough.set()

            with stream:
                waiter = threading.Thread(target=wait_for_stop, daemon=True)
                waiter.start()
                enough.wait()
            samples = numpy.concatenate(chunks) if chunks else numpy.zeros(0, dtype=numpy.float32)
            return _resample(samples, rate)
        raise MicrophoneUnavailable(f"the microphone {self.name!r} records at no usable rate")


def open_microphone() -> Microphone:
    """The default input device. Raises MicrophoneUnavailable with the reason."""
    if importlib.util.find_spec("sounddevice") is None:
        raise MicrophoneUnavailable("sounddevice is not installed (pip install -e '.[speech]')")
    try:
        import sounddevice
    except OSError as exc:  # sounddevice is there, the PortAudio library it loads is not
        raise MicrophoneUnavailable(f"PortAudio is not installed ({exc}; apt-get install libportaudio2)") from None
    try:
        device = sounddevice.query_devices(kind="input")
    except Exception as exc:  # PortAudioError / ValueError: no default input device
        raise MicrophoneUnavailable(f"no microphone found ({exc})") from None
    return Microphone(sounddevice, dict(device))


def _resample(samples: Any, rate: int) -> Any:
    import numpy

    if rate == SAMPLE_RATE or len(samples) == 0:
        return samples.astype(numpy.float32)
    count = int(len(samples) * SAMPLE_RATE / rate)
    positions = numpy.linspace(0, len(samples) - 1, count)
    return numpy.interp(positions, numpy.arange(len(samples)), samples).astype(numpy.float32)
