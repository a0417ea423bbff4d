"""Speech in: spoken questions recognised offline, then handled exactly like typed ones.

`ask --audio`, `chat --listen` and dialog files' `audio:` turns hear a WAV file (or the microphone)
with faster-whisper, biased to the skill's domain by a prompt built from the interaction model, and
hand the recognised text to the same Conversation as typed text: same invocation parsing, NLU and
envelopes. The recogniser lives in the optional `speech` extra; this package imports it only when
speech is used, so the base install and typed conversations never pay for it.
"""
