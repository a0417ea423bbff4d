"""The voice speaks through pyttsx3 when it can, and otherwise falls back to text: once, with the
reason, and never by crashing or hanging."""
import importlib.util
import os
import platform
import sys
import time
import wave
from pathlib import Path

import pytest

from local_runner import voice as voice_module
from local_runner.tts_worker import ATTEMPTS
from local_runner.voice import Voice, audio_output_unavailable, engine_unavailable
from runner_helpers import run_cli, run_main

linux_only = pytest.mark.skipif(platform.system() != "Linux", reason="the espeak/aplay path is Linux's")
needs_engine = pytest.mark.skipif(engine_unavailable() is not None, reason=f"no TTS engine: {engine_unavailable()}")
SSML = '<speak>Rest helps.<break time="700ms"/>Call <say-as interpret-as="digits">911</say-as> if it is urgent.</speak>'


def fake_aplay(directory: Path, *, cards: bool) -> Path:
    """An `aplay` that lists a sound card (or none) and logs what it is asked to play."""
    directory.mkdir(parents=True, exist_ok=True)
    log = directory / "aplay.log"
    listing = "card 0: Fake [Fake], device 0: Fake PCM" if cards else "aplay: device_list:274: no soundcards found..."
    script = directory / "aplay"
    script.write_text(f'#!/bin/sh\nif [ "$1" = "-l" ]; then echo "{listing}" >&2; exit 0; fi\necho "$@" >> "{log}"\n')
    script.chmod(0o755)
    return log


def notes_of(**kwargs):
    notes = []
    return Voice(note=notes.append, **kwargs), notes


def test_no_voice_prints_one_note_and_never_starts_the_engine(monkeypatch):
    monkeypatch.setattr(voice_module.subprocess, "run", lambda *a, **k: pytest.fail("engine started"))
    voice, notes = notes_of(enabled=False)
    voice.speak(SSML)
    voice.speak(SSML)
    assert notes == ["(not speaking: voice is off (--no-voice); printing the text instead)"]


def without_pyttsx3(monkeypatch):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyttsx3" else real_find_spec(name, *a))


def test_without_pyttsx3_or_espeak_ng_the_voice_says_why_and_stays_silent(monkeypatch, tmp_path):
    without_pyttsx3(monkeypatch)
    monkeypatch.setattr(voice_module, "espeak_ng_program", lambda: None)
    voice, notes = notes_of(save_dir=tmp_path)
    assert voice.speak(SSML) is None
    assert any("pyttsx3 is not installed" in n for n in notes)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(voice_module.espeak_ng_program() is None, reason="the espeak-ng program is not installed")
def test_without_pyttsx3_answers_are_still_saved_by_espeak_ng(monkeypatch, tmp_path):
    without_pyttsx3(monkeypatch)
    voice, notes = notes_of(save_dir=tmp_path)
    saved = voice.speak(SSML)
    assert saved == tmp_path / "turn-001.wav" and voice.incomplete == []
    assert any("pyttsx3 is not installed" in n for n in notes)  # it says why it does not speak


@linux_only
def test_missing_aplay_is_detected_as_no_audio_output(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert audio_output_unavailable() == "no audio output: aplay is not installed (apt-get install alsa-utils)"


@linux_only
def test_aplay_without_a_sound_card_is_no_audio_output(monkeypatch, tmp_path):
    fake_aplay(tmp_path, cards=False)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    assert audio_output_unavailable() == "no audio output: no sound card found"


@linux_only
@needs_engine
def test_speech_is_played_through_aplay_when_there_is_audio_output(monkeypatch, tmp_path):
    log = fake_aplay(tmp_path / "bin", cards=True)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    voice, notes = notes_of()
    assert voice.can_play and notes == []
    voice.speak(SSML)
    played = log.read_text().splitlines()
    # two parts, with the pause between them; on a loaded machine pyttsx3's espeak driver may cancel
    # a part it has just started (aplay already called) and the worker says it again (tts_worker.ATTEMPTS)
    assert 2 <= len(played) <= 2 * ATTEMPTS
    assert all(".wav" in line for line in played)


@needs_engine
def test_save_audio_writes_one_wav_per_turn_with_the_pause_in_it(tmp_path):
    voice, _ = notes_of(enabled=False, save_dir=tmp_path)
    first = voice.speak(SSML)
    second = voice.speak("<speak>Rest helps. Call 9 1 1 if it is urgent.</speak>")
    assert (first.name, second.name) == ("turn-001.wav", "turn-002.wav")
    with wave.open(str(first)) as with_pause, wave.open(str(second)) as without:
        assert with_pause.getnframes() > 0 and without.getnframes() > 0
        pause_frames = with_pause.getframerate() * 0.7
        assert with_pause.getnframes() - without.getnframes() > pause_frames * 0.8


@needs_engine
def test_long_answers_are_saved_whole_turn_after_turn_and_rate_changes_their_length(tmp_path):
    answer = "<speak>" + " ".join(["Physical therapy can improve your range of motion and ease stiffness."] * 6) + "</speak>"
    normal, _ = notes_of(enabled=False, save_dir=tmp_path / "normal")
    first, second = normal.speak(answer), normal.speak(answer)
    slow, _ = notes_of(enabled=False, save_dir=tmp_path / "slow", rate=90)
    slower = slow.speak(answer)
    with wave.open(str(first)) as a, wave.open(str(second)) as b, wave.open(str(slower)) as c:
        seconds = a.getnframes() / a.getframerate()
        assert seconds > 10  # 60 words: the whole answer, not a cut-off first chunk
        assert a.getnframes() == b.getnframes()
        assert c.getnframes() > 1.5 * a.getnframes()


def test_a_hanging_engine_is_stopped_and_the_runner_carries_on_in_text(monkeypatch, tmp_path):
    monkeypatch.setattr(voice_module, "WORKER_COMMAND", (sys.executable, "-c", "import time; time.sleep(60)"))
    monkeypatch.setattr(voice_module, "BASE_TIMEOUT_S", 0.5)
    monkeypatch.setattr(voice_module, "FINISH_MARGIN_S", 0.0)
    monkeypatch.setattr(voice_module, "engine_unavailable", lambda: None)
    monkeypatch.setattr(voice_module, "espeak_ng_program", lambda: None)  # the worker saves
    voice, notes = notes_of(enabled=False, save_dir=tmp_path)
    started = time.monotonic()
    assert voice.speak("<speak>Hi.</speak>") is None
    assert time.monotonic() - started < 10
    assert any("did not finish" in n for n in notes)
    monkeypatch.setattr(voice_module.subprocess, "run", lambda *a, **k: pytest.fail("engine started again"))
    voice.speak("<speak>Again.</speak>")


def test_a_failing_engine_is_reported_once(monkeypatch, tmp_path):
    fail = "import sys; print('espeak: cannot open device', file=sys.stderr); sys.exit(3)"
    monkeypatch.setattr(voice_module, "WORKER_COMMAND", (sys.executable, "-c", fail))
    monkeypatch.setattr(voice_module, "engine_unavailable", lambda: None)
    monkeypatch.setattr(voice_module, "espeak_ng_program", lambda: None)  # the worker saves
    voice, notes = notes_of(enabled=False, off_reason=None, save_dir=tmp_path)
    voice.speak("<speak>Hi.</speak>")
    voice.speak("<speak>Hi.</speak>")
    assert notes == ["(not speaking any more: no TTS engine (espeak: cannot open device); printing the text instead)"]


@linux_only
def test_ask_without_aplay_prints_the_answer_and_says_once_why_it_is_not_speaking(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    result = run_cli("ask", "what causes back pain", "what about surgery",
                     env={"PATH": str(bin_dir), "ALEXA_SKILL_ID": ""})
    assert result.returncode == 0, result.stderr
    assert "poor posture" in result.stdout and "surgery" in result.stdout.lower()
    assert result.stderr.count("not speaking") == 1
    assert "aplay is not installed" in result.stderr


def test_ask_with_a_broken_tts_engine_still_answers_in_text(tmp_path):
    fake = tmp_path / "fake" / "pyttsx3"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("def init(*a, **k):\n    raise RuntimeError('no speech engine here')\n")
    empty_path = tmp_path / "bin"  # no espeak-ng program, so saving goes through the broken pyttsx3
    empty_path.mkdir()
    result = run_cli("ask", "--save-audio", str(tmp_path / "wav"), "does yoga help",
                     env={"PYTHONPATH": str(tmp_path / "fake"), "PATH": str(empty_path)})
    assert result.returncode == 0, result.stderr
    assert "yoga" in result.stdout.lower()
    assert "no speech engine here" in result.stderr
    assert list((tmp_path / "wav").glob("*/*.wav")) == []


def test_no_voice_on_the_command_line_is_silent_about_it():
    result = run_main("ask", "--no-voice", "what causes back pain")
    assert result.returncode == 0
    assert "not speaking" not in result.stderr and "Alexa says:" in result.stdout


@needs_engine
def test_voices_lists_what_voice_can_name_and_filters():
    result = run_cli("voices", "en-gb")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "name", "languages"]
    assert any(line.split()[-1] == "en-gb" for line in lines[1:-2])
    assert lines[-1].endswith("voice(s); speak with one: backpain-skill chat --voice en-gb")
    import json

    listed = json.loads(run_cli("voices", "--json").stdout)
    assert len(listed) > len(lines) - 3 and {"id", "name", "languages"} <= set(listed[0])
    assert "no voice matches 'zz-qq'" in run_cli("voices", "zz-qq").stdout


def test_voices_without_an_engine_says_why_with_exit_2(monkeypatch, capsys):
    from local_runner import voices

    monkeypatch.setattr(voices, "engine_unavailable", lambda: "pyttsx3 is not installed")
    from skill_tools.cli import main

    assert main(["voices"]) == 2
    assert capsys.readouterr().err.strip() == "error: cannot list voices: pyttsx3 is not installed"
