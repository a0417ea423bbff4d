"""--save-audio: every saved answer is whole (checked against its text), each run gets a folder of
its own, each turn's file is named, and a folder that cannot be written is refused at once."""
import json
import os
import tempfile
import time
import wave
from pathlib import Path

import pytest

from local_runner import voice as voice_module
from local_runner.ssml_text import ssml_to_parts
from local_runner.voice import Voice
from local_runner.wav_files import DEFAULT_RATE_WPM, check_answer_wav, espeak_ng_program, synthesize_answer
from runner_helpers import run_cli

needs_espeak_ng = pytest.mark.skipif(espeak_ng_program() is None, reason="the espeak-ng program is not installed")
ANSWER = ('<speak>Physical therapy can improve your range of motion and ease stiffness and tight muscles.'
          '<break time="300ms"/>Would you like to hear more?</speak>')


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process cannot create files in (root ignores permission bits, not sysfs)."""
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o555)
        return folder
    folder = Path("/sys/kernel")
    try:
        tempfile.mkdtemp(dir=folder)
    except OSError:
        return folder
    pytest.skip("no folder here is read-only for root")


def seconds(path: Path) -> float:
    with wave.open(str(path)) as wav:
        return wav.getnframes() / wav.getframerate()


def test_an_unwritable_folder_is_refused_at_once_with_the_reason(tmp_path):
    folder = unwritable_folder(tmp_path)
    started = time.monotonic()
    result = run_cli("ask", "--no-voice", "--save-audio", str(folder), "what causes back pain")
    assert time.monotonic() - started < 20  # it used to hang for 91 s, then blame the engine
    assert result.returncode == 2
    assert result.stdout == ""  # nothing asked: refused before the first turn
    message = result.stderr.strip()
    assert message.startswith(f"error: --save-audio {folder}: cannot write there (")
    assert len(message.splitlines()) == 1 and "Traceback" not in message


def test_a_file_in_place_of_the_folder_is_refused(tmp_path):
    (tmp_path / "taken").write_text("")
    result = run_cli("ask", "--json", "--save-audio", str(tmp_path / "taken"), "what causes back pain")
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: --save-audio {tmp_path / 'taken'}: exists and is not a directory"


@needs_espeak_ng
def test_each_run_saves_into_a_folder_of_its_own_and_json_names_each_turns_file(tmp_path):
    runs = []
    for _ in range(2):
        result = run_cli("ask", "--json", "--save-audio", str(tmp_path), "what causes back pain", "yes")
        assert result.returncode == 0, result.stderr
        turns = [json.loads(line) for line in result.stdout.splitlines()]
        files = [Path(turn["audio"]) for turn in turns]
        assert [f.name for f in files] == ["turn-001.wav", "turn-002.wav"]
        assert files[0].parent == files[1].parent and files[0].parent.parent == tmp_path
        assert all(seconds(f) > 3 for f in files)
        runs.append(files[0].parent)
    assert runs[0] != runs[1]
    assert sorted(p.name for p in runs[0].iterdir()) == ["turn-001.wav", "turn-002.wav"]  # nothing mixed in


@needs_espeak_ng
def test_the_transcript_names_each_turns_file(tmp_path):
    result = run_cli("ask", "--no-voice", "--save-audio", str(tmp_path), "does yoga help")
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("audio:"))
    saved = Path(line.split(":", 1)[1].strip())
    assert saved.name == "turn-001.wav" and saved.is_file() and saved.parent.parent == tmp_path


@needs_espeak_ng
def test_an_answer_saved_again_and_again_is_whole_every_time(tmp_path):
    voice = Voice(enabled=False, off_reason=None, save_dir=tmp_path, note=lambda message: pytest.fail(message))
    saved = [voice.speak(ANSWER) for _ in range(5)]
    lengths = {seconds(path) for path in saved}
    assert len(lengths) == 1  # not 13.99 s one time and 17.53 s the next
    parts = ssml_to_parts(ANSWER)
    assert check_answer_wav(saved[0], parts, DEFAULT_RATE_WPM).complete
    assert voice.incomplete == []


@needs_espeak_ng
def test_the_closing_question_after_a_break_is_in_the_file(tmp_path):
    parts = ssml_to_parts(ANSWER)
    whole = synthesize_answer(parts, tmp_path / "whole.wav", rate_wpm=DEFAULT_RATE_WPM)
    first = synthesize_answer(parts[:1], tmp_path / "first.wav", rate_wpm=DEFAULT_RATE_WPM)
    assert len(whole) == 2 and whole[1] > 1.0  # "Would you like to hear more?" takes over a second
    assert seconds(tmp_path / "whole.wav") == pytest.approx(first[0] + 0.3 + whole[1], abs=0.01)


@needs_espeak_ng
def test_a_missing_part_or_a_cut_file_is_reported_as_incomplete(tmp_path):
    parts = ssml_to_parts(ANSWER)
    target = tmp_path / "answer.wav"
    measured = synthesize_answer(parts, target, rate_wpm=DEFAULT_RATE_WPM)
    assert check_answer_wav(target, parts, DEFAULT_RATE_WPM, measured).complete
    lost_question = check_answer_wav(target, parts, DEFAULT_RATE_WPM, [measured[0], 0.0])
    assert not lost_question.complete and "part 2 of 2 is silent" in lost_question.problem
    with wave.open(str(target)) as wav:
        params, frames = wav.getparams(), wav.readframes(wav.getnframes() // 3)
    with wave.open(str(target), "wb") as cut:
        cut.setparams(params)
        cut.writeframes(frames)
    assert not check_answer_wav(target, parts, DEFAULT_RATE_WPM, measured).complete
    assert not check_answer_wav(target, parts, DEFAULT_RATE_WPM).complete  # also without per-part figures
    assert not check_answer_wav(tmp_path / "never-written.wav", parts, DEFAULT_RATE_WPM).complete


def test_a_voice_that_saves_an_incomplete_answer_says_so_every_time(monkeypatch, tmp_path):
    def loses_the_last_part(parts, target, *, rate_wpm, voice=None):
        with wave.open(str(target), "wb") as wav:
            wav.setnchannels(1), wav.setsampwidth(2), wav.setframerate(22050)
            wav.writeframes(b"\0\1" * 22050 * 4)
        return [4.0] + [0.0] * (len(parts) - 1)

    monkeypatch.setattr(voice_module, "espeak_ng_program", lambda: "espeak-ng")
    monkeypatch.setattr(voice_module, "synthesize_answer", loses_the_last_part)
    notes = []
    voice = Voice(enabled=False, save_dir=tmp_path, note=notes.append)
    voice.speak(ANSWER)
    voice.speak(ANSWER)
    assert len(voice.incomplete) == 2
    assert [n for n in notes if n.startswith("warning:")] == [
        f"warning: saved answer {tmp_path / name} is incomplete: part 2 of 2 is silent ('Would you like to hear more?')"
        for name in ("turn-001.wav", "turn-002.wav")
    ]


def test_live_speech_and_saved_files_use_the_one_default_rate(monkeypatch, tmp_path):
    jobs = []
    monkeypatch.setattr(voice_module, "engine_unavailable", lambda: None)
    monkeypatch.setattr(voice_module, "audio_output_unavailable", lambda: None)
    monkeypatch.setattr(Voice, "_run_worker", lambda self, job, expected: jobs.append(job) or "")
    Voice().speak(ANSWER)
    assert jobs[0]["rate"] == DEFAULT_RATE_WPM == 175
    from local_runner import tts_worker

    assert tts_worker.DEFAULT_RATE_WPM is DEFAULT_RATE_WPM


@needs_espeak_ng
def test_chat_names_each_turns_file_too(tmp_path):
    result = run_cli("chat", "--no-voice", "--save-audio", str(tmp_path), stdin="does yoga help\n/quit\n")
    assert result.returncode == 0, result.stderr
    saved = [Path(line.split(":", 1)[1].strip()) for line in result.stdout.splitlines() if line.startswith("audio:")]
    assert [p.name for p in saved] == ["turn-001.wav", "turn-002.wav"]  # the welcome, then the answer
    assert all(p.is_file() and p.parent.parent == tmp_path for p in saved)


@needs_espeak_ng
def test_voice_names_pyttsx3_accepts_find_an_espeak_ng_voice():
    from local_runner.wav_files import espeak_voice

    assert espeak_voice("en-us") == "en-us"
    assert espeak_voice("English_(America)") == "gmw/en-US"
    assert espeak_voice("english") == "gmw/en"  # English_(Great_Britain), not a voice that merely mentions English
    with pytest.raises(LookupError):
        espeak_voice("no-such-voice")


@pytest.mark.skipif(voice_module.engine_unavailable() is not None, reason="no pyttsx3 engine")
def test_where_pyttsx3_saves_every_part_is_checked_too(monkeypatch, tmp_path):
    monkeypatch.setattr(voice_module, "espeak_ng_program", lambda: None)  # as on a machine without the program
    checked = []
    real_check = voice_module.check_answer_wav
    monkeypatch.setattr(voice_module, "check_answer_wav",
                        lambda path, parts, rate, part_seconds: checked.append(part_seconds) or real_check(path, parts, rate, part_seconds))
    voice = Voice(enabled=False, off_reason=None, save_dir=tmp_path, note=lambda message: pytest.fail(message))
    assert voice.speak(ANSWER) == tmp_path / "turn-001.wav"
    assert len(checked[0]) == 2 and checked[0][1] > 1.0  # the closing question's own length, checked on its own
