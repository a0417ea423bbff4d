"""Back Pain Guide, the Alexa skill. `from skill import lambda_handler` is the AWS Lambda entry point.

The handler is imported lazily so that tools that only need the content or the CLI do not pay for
building the skill.
"""
from __future__ import annotations

from typing import Any

__all__ = ["lambda_handler"]


def __getattr__(name: str) -> Any:
    if name == "lambda_handler":
        from skill.entry import lambda_handler

        return lambda_handler
    raise AttributeError(f"module 'skill' has no attribute {name!r}")
