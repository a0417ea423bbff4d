"""`backpain-skill package --out DIR`: what Amazon's tools take, built from the validated model.

DIR receives an ASK CLI project and the Lambda code:

    ask-resources.json                              ASK CLI project file (@ask-cli/lambda-deployer)
    skill-package/skill.json                        the manifest (deployment fills in the endpoint)
    skill-package/assets/images/                    the icons the manifest names (file://assets/images/...)
    skill-package/interactionModels/custom/<locale>.json   the one English model, once per English locale
    lambda/                                         the function code: skill/ and its runtime dependencies,
                                                    with bytecode compiled by a Python 3.12 (the runtime)
    lambda.zip                                      the same, zipped, for uploading in the Lambda console

Everything comes from the checkout around the current directory (or --project DIR), so what a person
edits is what ships, even after a non-editable install; elsewhere, from the installed packages
(skill_tools.project). The Lambda code is the skill package as it is (developer tools live in
skill_tools/, the runner in local_runner/, so nothing is left out by name; the web-service adapter
comes along but is never imported by the handler, and its dependencies are not bundled), the
interaction_model package (the skill reads the model at run time), and the runtime dependencies
installed for the Lambda runtime (python3.12, x86_64 manylinux wheels), all compiled to bytecode.
Nothing is written when `validate` finds errors.
"""
from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

import interaction_model
from skill_tools.project import Project, ProjectError, installed, locate, reading_report
from skill_tools.runtime_python import find_python, python_version
from skill_tools.validate import validate

LAMBDA_RUNTIME = "python3.12"
LAMBDA_HANDLER = "skill.lambda_handler"
LAMBDA_PLATFORM = "manylinux2014_x86_64"
LAMBDA_PYTHON = "3.12"
#: Where the Lambda runtime unpacks the function's code.
LAMBDA_TASK_ROOT = "/var/task"
DEFAULT_AWS_REGION = "us-east-1"
#: Distributions the function imports at run time; version ranges come from this project's own
#: dependencies. rapidfuzz is here because skill/events.py imports it (CanFulfillIntentRequest).
LAMBDA_DEPENDENCIES = ("ask-sdk-core", "ask-sdk-model", "rapidfuzz")
#: The marker environment of the Lambda runtime, for choosing which dependencies apply there.
LAMBDA_MARKERS = {
    "python_version": LAMBDA_PYTHON, "python_full_version": f"{LAMBDA_PYTHON}.0", "implementation_name": "cpython",
    "platform_python_implementation": "CPython", "sys_platform": "linux", "platform_system": "Linux",
    "os_name": "posix", "platform_machine": "x86_64", "extra": "",
}
#: What `package` writes into DIR (anything else there, except ASK CLI's .ask state, makes it refuse).
OUTPUTS = ("ask-resources.json", "skill-package", "lambda", "lambda.zip")
ASK_STATE = ".ask"
#: The skill package's folder of files the manifest names by file:// URI (the icons), beside skill.json.
ASSETS = "assets"
STAGING_PREFIX = ".package-"
#: A fixed timestamp, so the same code always zips to the same bytes (and ASK CLI's hash stays put).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

#: Exit codes: validate rejected the model; anything else stopped packaging (bad option, pip failure).
EXIT_REJECTED, EXIT_FAILED = 1, 2


class PackagingError(Exception):
    """Packaging cannot go on; the message says why and what to do."""


class ModelRejected(PackagingError):
    """`validate` found errors in the model, manifest or content, so nothing was packaged."""


@dataclass(frozen=True)
class Dependencies:
    """Where the runtime dependencies come from: PyPI (default), a wheel directory, an installed
    site-packages directory (copied as is, for offline tests), or nowhere (code only)."""

    wheels: Path | None = None
    site_packages: Path | None = None
    skip: bool = False


def lambda_requirements() -> list[Requirement]:
    """The Lambda dependencies with the version ranges this project declares for them."""
    wanted = {canonicalize_name(name) for name in LAMBDA_DEPENDENCIES}
    try:
        declared = [Requirement(r) for r in importlib.metadata.requires("backpain-skill") or ()]
    except importlib.metadata.PackageNotFoundError:
        declared = []
    found = {canonicalize_name(r.name): r for r in declared if canonicalize_name(r.name) in wanted}
    return [found.get(canonicalize_name(name)) or Requirement(name) for name in LAMBDA_DEPENDENCIES]


# -- the skill package (skill-package/, ask-resources.json) ----------------------------------------
def write_skill_package(out: Path, model_dir: Path) -> None:
    """skill-package/: the manifest, the assets it names (icons), and one copy of the English model per
    English locale."""
    models = out / "skill-package" / "interactionModels" / "custom"
    models.mkdir(parents=True)
    shutil.copyfile(model_dir / interaction_model.MANIFEST_FILE.name, out / "skill-package" / "skill.json")
    if (model_dir / ASSETS).is_dir():  # file://assets/... in the manifest: ask deploy uploads them from here
        shutil.copytree(model_dir / ASSETS, out / "skill-package" / ASSETS)
    for locale in interaction_model.ENGLISH_LOCALES:
        shutil.copyfile(model_dir / interaction_model.MODEL_FILE.name, models / f"{locale}.json")


def ask_resources(aws_region: str = DEFAULT_AWS_REGION) -> dict:
    """The ASK CLI project file: skill package, Lambda code, and how to deploy the code."""
    return {
        "askcliResourcesVersion": "2020-03-31",
        "profiles": {
            "default": {
                "skillMetadata": {"src": "./skill-package"},
                "code": {"default": {"src": "./lambda"}},
                "skillInfrastructure": {
                    "type": "@ask-cli/lambda-deployer",
                    "userConfig": {"runtime": LAMBDA_RUNTIME, "handler": LAMBDA_HANDLER, "awsRegion": aws_region},
                },
            }
        },
    }


# -- the Lambda code (lambda/, lambda.zip) ----------------------------------------------------------
def _code_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if (path.is_dir() or "__pycache__" in relative.parts
                or path.suffix == ".pyc" or any(p.startswith(".") for p in relative.parts)):
            continue
        yield path


def copy_project_code(target: Path, packages: dict[str, Path]) -> None:
    """target/skill/ and target/interaction_model/: the project's packages the function runs, whole."""
    for name, root in packages.items():
        for path in _code_files(root):
            destination = target / name / path.relative_to(root)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)


def pip_install(target: Path, requirements: Iterable[Requirement], wheels: Path | None = None) -> None:
    """Install *requirements* into *target* as Lambda's runtime needs them (binary wheels only)."""
    command = [sys.executable, "-m", "pip", "install", "--target", str(target), "--platform", LAMBDA_PLATFORM,
               "--implementation", "cp", "--python-version", LAMBDA_PYTHON, "--only-binary=:all:",
               "--no-compile", "--disable-pip-version-check", "--quiet"]
    if wheels is not None:
        command += ["--no-index", "--find-links", str(wheels)]
    command += [str(r) for r in requirements]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        source = f"the wheels in {wheels}" if wheels else "PyPI (network needed)"
        raise PackagingError(f"pip could not install {', '.join(map(str, requirements))} from {source}:\n  "
                             + "\n  ".join(detail))


def _installed(site_packages: Path) -> dict[str, importlib.metadata.Distribution]:
    return {canonicalize_name(d.metadata["Name"]): d
            for d in importlib.metadata.distributions(path=[str(site_packages)]) if d.metadata["Name"]}


def _closure(requirements: Iterable[Requirement], installed: dict[str, importlib.metadata.Distribution],
             site_packages: Path) -> list[importlib.metadata.Distribution]:
    """The installed distributions *requirements* need, with their own dependencies, for Lambda's markers."""
    needed: dict[str, importlib.metadata.Distribution] = {}
    queue = [(r, "this skill") for r in requirements]
    while queue:
        requirement, wanted_by = queue.pop()
        name = canonicalize_name(requirement.name)
        if name in needed or (requirement.marker and not requirement.marker.evaluate(LAMBDA_MARKERS)):
            continue
        if name not in installed:
            raise PackagingError(f"{requirement.name} (needed by {wanted_by}) is not installed in {site_packages}")
        needed[name] = installed[name]
        for text in installed[name].requires or ():
            try:
                queue.append((Requirement(text), requirement.name))
            except InvalidRequirement:
                continue  # metadata from old setuptools; such a line cannot apply to Lambda anyway
    return sorted(needed.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def copy_installed(target: Path, requirements: Iterable[Requirement], site_packages: Path) -> list[str]:
    """Copy the installed distributions that *requirements* need from *site_packages* into *target*.

    Returns the names copied. Compiled extensions are copied as they are, so the result suits
    Lambda only if *site_packages* belongs to a Python 3.12 on x86_64 Linux; pure-Python ones suit any.
    """
    site_packages = site_packages.resolve()
    copied = []
    for dist in _closure(requirements, _installed(site_packages), site_packages):
        if dist.files is None:
            raise PackagingError(f"{dist.metadata['Name']} in {site_packages} has no file list (RECORD); reinstall it")
        for file in dist.files:
            source = Path(dist.locate_file(file)).resolve()
            if "__pycache__" in file.parts or not source.is_file() or not source.is_relative_to(site_packages):
                continue  # byte code, missing entries, and console scripts installed outside site-packages
            destination = target / source.relative_to(site_packages)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
        copied.append(dist.metadata["Name"])
    return copied


def write_zip(source: Path, archive: Path) -> None:
    """Zip the contents of *source* (not the folder itself) reproducibly: sorted, fixed times, 0644."""
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for name in sorted(p.relative_to(source).as_posix() for p in source.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            bundle.writestr(info, (source / name).read_bytes())


def build_lambda(target: Path, dependencies: Dependencies, packages: dict[str, Path]) -> list[str]:
    """Fill *target* with the function code (*packages*: name -> directory) and its dependencies;
    returns a note on where they came from."""
    target.mkdir(parents=True)
    copy_project_code(target, packages)
    requirements = lambda_requirements()
    if dependencies.skip:
        return ["dependencies: none (--no-deps); provide them another way, e.g. a Lambda layer"]
    if dependencies.site_packages is not None:
        names = copy_installed(target, requirements, dependencies.site_packages)
        notes = [f"dependencies copied from {dependencies.site_packages}: {', '.join(names)}"]
        if any(target.rglob("*.so")):
            notes.append("note: compiled extensions were copied as they are; the zip suits Lambda only if that "
                         f"environment is {LAMBDA_RUNTIME} on x86_64 Linux")
        return notes
    pip_install(target, requirements, dependencies.wheels)
    shutil.rmtree(target / "bin", ignore_errors=True)  # console scripts of the dependencies; Lambda runs none
    source = f"wheels in {dependencies.wheels}" if dependencies.wheels else "PyPI"
    return [f"dependencies installed from {source} for {LAMBDA_RUNTIME} ({LAMBDA_PLATFORM}): "
            + ", ".join(str(r) for r in requirements)]


def compile_bytecode(target: Path, python: Path) -> None:
    """Compile every .py under *target* with *python* into __pycache__/*.cpython-XY.pyc.

    The Lambda runtime's /var/task is read-only: without these files every cold start compiles the
    code (ask-sdk-model is large) and prints the SyntaxWarnings of its invalid escape sequences. The pycs
    are unchecked-hash ones: Python loads them without comparing the sources' modification times, which
    the zip (fixed 1980 timestamps) and unzipping would not preserve anyway.
    """
    # -s/-p record each file as Lambda will hold it (/var/task/...), not as it sits in a temporary staging
    # folder: tracebacks name the right place, and the bytes do not depend on where packaging ran.
    result = subprocess.run([str(python), "-I", "-m", "compileall", "-q", "--invalidation-mode", "unchecked-hash",
                             "-s", str(target), "-p", LAMBDA_TASK_ROOT, str(target)], capture_output=True, text=True)
    if result.returncode != 0:
        failed = [line for line in result.stdout.splitlines() if line.strip()][-5:]
        raise PackagingError(f"{python} could not compile the Lambda code:\n  " + "\n  ".join(failed))


def bytecode_python(requested: Path | None, wanted: bool) -> tuple[Path | None, list[str]]:
    """The interpreter to compile the bundle with (None for no bytecode), and notes for the user."""
    if not wanted:
        return None, ["bytecode: none (--no-bytecode); each cold start compiles the code"]
    if requested is not None:
        version = python_version(requested)
        if version != LAMBDA_PYTHON:
            found = f"Python {version}" if version else "not a working Python interpreter"
            raise PackagingError(f"--runtime-python {requested} is {found}; the Lambda runtime is "
                                 f"{LAMBDA_RUNTIME}, so its bytecode must come from Python {LAMBDA_PYTHON}")
        return requested, [f"bytecode: compiled by {requested} (Python {LAMBDA_PYTHON}, unchecked-hash .pyc)"]
    found = find_python(LAMBDA_PYTHON)
    if found is None:
        return None, [f"note: no Python {LAMBDA_PYTHON} found (this interpreter, python{LAMBDA_PYTHON} on PATH, "
                      "pyenv), so lambda.zip carries no bytecode and every cold start compiles the code (about three times "
                      f"slower, with SyntaxWarnings in the logs); install Python {LAMBDA_PYTHON} or pass "
                      "--runtime-python PATH"]
    return found, [f"bytecode: compiled by {found} (Python {LAMBDA_PYTHON}, unchecked-hash .pyc)"]


# -- putting it together ----------------------------------------------------------------------------
def _check_out_dir(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise PackagingError(f"{out} exists and is not a directory")
    strangers = sorted(p.name for p in out.iterdir()
                       if p.name not in (*OUTPUTS, ASK_STATE) and not p.name.startswith(STAGING_PREFIX)
                       ) if out.is_dir() else []
    if strangers:
        raise PackagingError(f"{out} holds files package did not write ({', '.join(strangers[:5])}); "
                             "choose an empty or new directory, or a previous package output")


def package(out: Path, *, model_dir: Path | None = None, project: Project | None = None,
            dependencies: Dependencies = Dependencies(), aws_region: str = DEFAULT_AWS_REGION,
            runtime_python: Path | None = None, bytecode: bool = True) -> list[str]:
    """Write the ASK CLI project and Lambda code into *out*, from *project*'s files (default: the
    installed packages); returns notes for the user, first what was read.

    With *bytecode*, the code is compiled by *runtime_python* (default: a Python 3.12 found here, see
    skill_tools.runtime_python); without one, the bundle ships sources only and a note says so.
    Raises PackagingError if the model does not validate or a step fails; *out* is then left as it was.
    Re-packaging into a previous output replaces it but keeps ASK CLI's .ask state (the skill id).
    """
    project = project or installed()
    model_dir = Path(model_dir) if model_dir else project.model_dir
    report = validate(model_dir, project.content_file, project.apl_file)
    read = reading_report("package", project, report.files, ships=True)
    if not report.ok:
        details = "\n".join(f.render() for f in report.errors)
        raise ModelRejected("\n".join(read) + f"\nvalidate rejects the model ({report.summary()}); "
                            f"nothing was packaged:\n{details}")
    _check_out_dir(out)
    compiler, bytecode_notes = bytecode_python(runtime_python, bytecode)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    try:
        notes = build_lambda(staging / "lambda", dependencies, project.packages)
        if compiler is not None:
            compile_bytecode(staging / "lambda", compiler)
        write_zip(staging / "lambda", staging / "lambda.zip")
        write_skill_package(staging, model_dir)
        (staging / "ask-resources.json").write_text(json.dumps(ask_resources(aws_region), indent=2) + "\n",
                                                    encoding="utf-8")
        for name in OUTPUTS:  # swap in only once everything was built
            old = out / name
            if old.is_dir():
                shutil.rmtree(old)
            elif old.exists():
                old.unlink()
            os.replace(staging / name, old)
    except BaseException:
        shutil.rmtree(out if created else staging, ignore_errors=True)
        raise
    shutil.rmtree(staging, ignore_errors=True)
    return [*read, f"validate: {report.summary()}", *notes, *bytecode_notes]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `package` subcommand."""
    parser = subparsers.add_parser(
        "package", help="write an ASK CLI project and the Lambda code bundle",
        description="Validate, then write DIR/ask-resources.json, DIR/skill-package/ (manifest and one model "
        f"per English locale), DIR/lambda/ and DIR/lambda.zip (handler {LAMBDA_HANDLER}, runtime {LAMBDA_RUNTIME}).",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="output directory")
    parser.add_argument("--model-dir", type=Path, metavar="PATH",
                        help="directory holding the model and manifest (default: interaction_model/ of the project)")
    parser.add_argument("--project", type=Path, metavar="DIR",
                        help="the checkout to package (default: the one around the current directory, "
                        "else the installed copy)")
    parser.add_argument("--aws-region", default=DEFAULT_AWS_REGION,
                        help=f"AWS region for the Lambda function (default: {DEFAULT_AWS_REGION})")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--wheels", type=Path, metavar="DIR",
                        help="install dependencies offline from this directory of Lambda-compatible wheels")
    source.add_argument("--deps-from", type=Path, metavar="SITE_PACKAGES",
                        help="copy dependencies from an installed site-packages directory (offline; for tests)")
    source.add_argument("--no-deps", action="store_true", help="package the skill code only")
    compiled = parser.add_mutually_exclusive_group()
    compiled.add_argument("--runtime-python", type=Path, metavar="PATH",
                          help=f"the Python {LAMBDA_PYTHON} that compiles the bundle's bytecode (default: one found "
                          f"on this machine: this interpreter, python{LAMBDA_PYTHON} on PATH, or pyenv)")
    compiled.add_argument("--no-bytecode", action="store_true",
                          help="ship sources only (each cold start then compiles them)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Package, print what was written, and return the exit code."""
    for option, path in (("--model-dir", args.model_dir), ("--wheels", args.wheels), ("--deps-from", args.deps_from)):
        if path is not None and not path.is_dir():
            print(f"backpain-skill package: {option} {path} is not a directory", file=sys.stderr)
            return EXIT_FAILED
    dependencies = Dependencies(wheels=args.wheels, site_packages=args.deps_from, skip=args.no_deps)
    try:
        project = locate(args.project)
        notes = package(args.out, model_dir=args.model_dir, project=project, dependencies=dependencies,
                        aws_region=args.aws_region, runtime_python=args.runtime_python,
                        bytecode=not args.no_bytecode)
    except ProjectError as exc:
        print(f"backpain-skill package: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except PackagingError as exc:
        print(f"backpain-skill package: {exc}", file=sys.stderr)
        return EXIT_REJECTED if isinstance(exc, ModelRejected) else EXIT_FAILED
    for note in notes:
        print(note)
    print(f"wrote {args.out}: {', '.join(OUTPUTS)}")
    print(f"next: cd {args.out} && ask deploy   (or upload lambda.zip and the model in the consoles)")
    return 0
