"""What the skill may write to its logs about a failure: where it happened, never what it said.

An exception's message can quote the request (a slot value, an id), so at the production log
levels a failure is logged as its type and the place it was raised; the full traceback, message
included, is logged at DEBUG only, for a developer reproducing a problem locally.
"""
from __future__ import annotations

import logging
import traceback
from pathlib import Path


def failure_summary(exception: BaseException) -> str:
    """"ValueError at conversation.py:67 in ask_topic": the exception's type and innermost frame."""
    frames = traceback.extract_tb(exception.__traceback__)
    if not frames:
        return type(exception).__name__
    frame = frames[-1]
    return f"{type(exception).__name__} at {Path(frame.filename).name}:{frame.lineno} in {frame.name}"


def log_failure(logger: logging.Logger, what: str, exception: BaseException) -> None:
    """Log *what* failed with the failure's summary at ERROR, and its traceback at DEBUG only."""
    logger.error("%s: %s", what, failure_summary(exception))
    logger.debug("traceback (may quote the request)", exc_info=exception)
