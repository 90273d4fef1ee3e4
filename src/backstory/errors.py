"""Errors raised by backstory.

Every error the library raises on purpose derives from ``BackstoryError``;
its message is one line that names the file, row or field at fault and,
where there is one, the fix. The CLI prints that line and exits with 1.

    BackstoryError
    ├── InputError            bad input: a file, a row, a field
    │   ├── UnknownFormatError    no reader recognises the input
    │   └── DateError             a date that cannot be parsed
    ├── ArchiveError          the archive cannot be opened or written
    └── ConfigError           a setting is missing or invalid (model, URL, ...)
"""

from __future__ import annotations


class BackstoryError(Exception):
    """Base class of every error backstory raises on purpose."""


class InputError(BackstoryError):
    """Bad input: the message names the file (and row or entry) and what is wrong."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class UnknownFormatError(InputError):
    """No reader recognises the input."""


class DateError(InputError):
    """A date or datetime that cannot be parsed."""


class ArchiveError(BackstoryError):
    """The archive cannot be opened, migrated or written."""


class ConfigError(BackstoryError):
    """A setting is missing or invalid."""
