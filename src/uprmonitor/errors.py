"""Errors a user sees. Each names the file and says what is wrong with it, in one line."""

from __future__ import annotations


class UPRError(Exception):
    """Base class: the message is meant for the user, as is."""


class InputError(UPRError):
    """A file could not be read as a UPR document."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class StoreError(UPRError):
    """The database could not be opened or written."""
