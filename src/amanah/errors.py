"""Errors that end a run, each with the exit code design.md gives it."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_MODEL = 4


class AmanahError(Exception):
    """Base class: ``exit_code`` is what the CLI returns; the message is one line."""

    exit_code = EXIT_USAGE


class UsageError(AmanahError):
    exit_code = EXIT_USAGE


class InputError(AmanahError):
    """Unreadable, empty, wrongly encoded or wrong-language input."""

    exit_code = EXIT_INPUT

    def __init__(self, path: str | None, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


class ModelError(AmanahError):
    """The embedding model cannot be loaded (or its environment is missing)."""

    exit_code = EXIT_MODEL
