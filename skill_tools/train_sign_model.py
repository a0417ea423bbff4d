"""Train the runner's learned second opinion on warning signs: `python -m skill_tools.train_sign_model`.

It learns from development sets only: every ``tests/data/safety_dev*.yaml`` (blind; warning-sign
lines labelled with their sign, near misses and general questions labelled ``none``) and the
developers' own ``safety_selfcheck.yaml``, plus the NLU and honest-limits development sets, the turns of the
development conversations (``sessions_dev*.yaml``) before a warning is due, and the interaction model's sample
questions (those that name no sign) as more lines that are no warning sign.
Held-out sets are never learned from (their names say ``holdout``; the loader refuses them); their
lines are read only to keep a model sample that equals one of them out of training. The result, a multinomial logistic
regression over ``sign_model.features``, is written as sparse JSON weights to
``local_runner/nlu/data/sign_model.json`` with the hash of every file it learned from, so a test can
tell when the data moved on and the model was not retrained.

scikit-learn is a developer dependency (the ``train`` extra); the runner reads the JSON in plain Python.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Iterable


from interaction_model.model import Model, model_file
from interaction_model.model import read as read_model
from local_runner.nlu.sign_model import MODEL_FILE, NONE, features
from local_runner.nlu.warning_signs import DATA_FILE, WarningSigns
from local_runner.yaml_data import read_yaml

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
#: The slot type of warning signs: samples that name one are not ordinary questions.
SIGN_TYPE = "WarningSignType"
#: Regularisation (inverse strength), chosen by leaving one development set out at a time; and the
#: probability a sign needs before the runner warns on it: first 0.35 (chosen on safety_dev8, checked
#: on safety_dev7), raised to 0.5 on three later rounds measured fresh, each with a model trained
#: without them (dev14, dev15, limits_dev8/9; dev16, dev17, limits_dev10; dev18, dev19, limits_dev11):
#: the same warnings caught (30, 31 and 32 where the rules heard nothing), 3, 3 and 2 fewer false alarms.
C = 10.0
THRESHOLD = 0.5
#: The probability at which it overrules the rules' context (a sign they heard and set aside: negated,
#: asked in general, another person's). Chosen on fifteen development sets each scored fresh, with the
#: rules and the model of the commit before they were imported (safety_dev195-209, 3,448 warning-sign
#: lines and 3,364 harmless ones): at 0.99 it caught 48 of the signs the context had set aside and
#: warned on 5 harmless lines; at 0.95, 57 and 9; at 0.9, 61 and 11; at 0.8, 62 and 16. 0.95 was tried
#: first and turned three of the developers' own specification lines into warnings (a general question at
#: 0.978, "what if i also lose control of my bladder" at 0.987, a dog hit by a car at 0.956).
OVERRULE = 0.99
#: Weights smaller than this are left out of the file: it shrinks to a third, and leaving one out
#: changes no verdict on the development sets (measured when it was chosen).
PRUNE = 0.1
#: The solver's stopping tolerance. At scikit-learn's default (1e-4) it stopped after about 30 steps,
#: far from the optimum, so a few new lines moved weights all over the model and verdicts on lines
#: it had learned flipped both ways; 1e-6 solves it properly (about 160 steps, 40 s).
TOL = 1e-6


def training_files(data: Path = DATA) -> list[Path]:
    """The development sets the model learns from, in a fixed order, and the interaction model's own
    samples (what the skill is built to be asked: never a warning sign unless they name one);
    never a held-out set."""
    files = sorted(data.glob("safety_dev*.yaml")) + sorted(data.glob("safety_selfcheck*.yaml")) \
        + sorted(data.glob("nlu_dev*.yaml")) + sorted(data.glob("limits_dev*.yaml")) \
        + sorted(data.glob("sessions_dev*.yaml"))
    if data == DATA:
        files.append(model_file())
    for path in files:
        if "holdout" in path.name:
            raise ValueError(f"{path.name} is a held-out set: the model never learns from it")
    return files


def labelled_lines(path: Path) -> list[tuple[str, str]]:
    """(utterance, label) pairs of one set: a sign id, or ``none``."""
    if path.suffix == ".json":
        # a sample a held-out set happens to share word for word stays out (those sets only score)
        held = held_out_lines(DATA)
        return [(text, NONE) for text in ordinary_samples(read_model(path)) if text.lower() not in held]
    data = read_yaml(path) or {}
    if path.name.startswith("safety_"):
        return ([(x["utterance"], x["sign"]) for x in data.get("warning_signs") or []]
                + [(x["utterance"], NONE) for x in data.get("near_misses") or []]
                + [(x["utterance"], NONE) for x in data.get("general_questions") or []])
    if path.name.startswith("limits_"):
        return [(x["utterance"], NONE) for x in data.get("limits") or []]
    if path.name.startswith("sessions_"):
        # a carer's opening ("my dad's back has been bad since the spring") is no sign: the turns before the one a
        # warning is due at (a conversation that needs none may still tell another person's sign, so it stays out)
        return [(turn, NONE) for c in data.get("conversations") or [] if c.get("warn_at") is not None
                for turn in c["turns"][:c["warn_at"]]]
    lines = []
    for key in ("in_scope", "out_of_scope", "built_in"):
        for item in data.get(key) or []:
            text = item if isinstance(item, str) else item.get("utterance")
            if text:
                lines.append((text, NONE))
    return lines


def held_out_lines(data: Path) -> set[str]:
    """Every utterance of the held-out sets, lower-cased: read only to keep them out of training."""
    lines: set[str] = set()
    for path in sorted(data.glob("*holdout*.yaml")):
        loaded = read_yaml(path) or {}
        for part in loaded.values():
            for item in part if isinstance(part, list) else ():
                text = item.get("utterance") if isinstance(item, dict) else item
                if isinstance(text, str):
                    lines.add(text.lower())
    return lines


def ordinary_samples(model: Model) -> list[str]:
    """The model's sample utterances that name no warning sign, each slot filled with its type's first
    value ("does {treatment} help" -> "does acupuncture help")."""
    first = {name: slot_type.values[0].name for name, slot_type in model.types.items() if slot_type.values}
    lines = []
    for intent in model.intents:
        for sample in intent.samples:
            slots = re.findall(r"\{(\w+)\}", sample)
            if any(intent.slots.get(slot) == SIGN_TYPE for slot in slots):
                continue
            lines.append(re.sub(r"\{(\w+)\}", lambda m: first.get(intent.slots.get(m.group(1), ""), ""), sample))
    return lines


def train(files: Iterable[Path], c: float = C, threshold: float = THRESHOLD, prune: float = PRUNE,
          overrule: float = OVERRULE) -> dict:
    """The model as JSON-ready data, trained on *files*."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    signs = WarningSigns.load(DATA_FILE)   # the rules' words and stems only: never the model being replaced
    files = list(files)
    lines = [pair for path in files for pair in labelled_lines(path)]
    stems = [signs.opinion_stems(text) for text, _ in lines]
    vectoriser = CountVectorizer(analyzer=features, binary=True, min_df=2)
    matrix = vectoriser.fit_transform(stems)
    model = LogisticRegression(C=c, max_iter=5000, tol=TOL).fit(matrix, [label for _, label in lines])
    unknown = set(model.classes_) - {NONE} - set(signs.signs)
    if unknown:
        raise ValueError(f"labels that are not warning signs of the rules: {sorted(unknown)}")
    weights: dict[str, list[list[float]]] = {}
    for feature, column in sorted(vectoriser.vocabulary_.items()):
        pairs = [[index, round(float(w), 3)] for index, w in enumerate(model.coef_[:, column]) if abs(w) >= prune]
        if pairs:
            weights[feature] = pairs
    return {
        "about": "Learned second opinion on warning signs; made by python -m skill_tools.train_sign_model. "
                 "Do not edit by hand.",
        "classes": [str(name) for name in model.classes_],
        "intercepts": [round(float(b), 4) for b in model.intercept_],
        "threshold": threshold,
        "overrule": overrule,
        "c": c,
        "lines": len(lines),
        "trained_on": {path.relative_to(REPO).as_posix(): sha256(path) for path in files},
        "weights": weights,
    }


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skill_tools.train_sign_model", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_FILE, help=f"where to write it (default {MODEL_FILE})")
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("training needs scikit-learn: pip install -e '.[train]'", file=sys.stderr)
        return 2
    model = train(training_files())
    args.out.write_text(json.dumps(model, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    print(f"{args.out}: {model['lines']} lines from {len(model['trained_on'])} files, "
          f"{len(model['weights'])} features, {args.out.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
