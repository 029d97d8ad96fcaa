"""Errors with one-line messages that name the input and the reason."""
from __future__ import annotations


class OriginError(Exception):
    """Base class: the CLI prints ``str(error)`` as a one-line message."""


class InputError(OriginError):
    """One input (a file, a row, a record) cannot be used; the batch goes on."""

    def __init__(self, source: str, reason: str):
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")


class WorkspaceBusy(OriginError):
    """Another process holds the workspace lock for longer than we were willing to wait."""
