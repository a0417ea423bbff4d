"""Finding a Python interpreter of a given version (the Lambda runtime's, 3.12) on this machine.

Bytecode is specific to the interpreter version that wrote it, so the Lambda bundle's .pyc files must be
compiled by a Python 3.12, whatever Python runs `package`. Candidates, in order: the running interpreter,
``python3.12`` on PATH, and pyenv's installed versions (``$PYENV_ROOT``, default ``~/.pyenv``). Each is
asked for its version, so a pyenv shim that is not active, or a broken link, is passed over.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Iterator

VERSION_SCRIPT = "import sys; print('%d.%d' % sys.version_info[:2])"


def python_version(python: Path | str) -> str | None:
    """"3.12" for a working interpreter at *python*, else None."""
    try:
        result = subprocess.run([str(python), "-I", "-c", VERSION_SCRIPT], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def _candidates(version: str) -> Iterator[str]:
    yield sys.executable
    on_path = shutil.which(f"python{version}")
    if on_path:
        yield on_path
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    if pyenv.is_dir():
        # Newest patch release first: 3.12.10 sorts after 3.12.9.
        def release(path: Path) -> tuple[int, ...]:
            return tuple(int(p) if p.isdigit() else -1 for p in path.name.split("."))
        for folder in sorted(pyenv.glob(f"{version}.*"), key=release, reverse=True):
            yield str(folder / "bin" / f"python{version}")


def find_python(version: str) -> Path | None:
    """A working Python *version* ("3.12") interpreter on this machine, or None."""
    for candidate in _candidates(version):
        if python_version(candidate) == version:
            return Path(candidate)
    return None
