"""Exceptions a user may see. Each carries a one-line message fit for stderr."""


class SlantError(Exception):
    """Base class: ``str(error)`` is a complete one-line explanation."""


class InputError(SlantError):
    """The input cannot be read as an article (empty, binary, not UTF-8, too large, missing)."""


class FormatError(SlantError):
    """A file in an official shared-task format is malformed."""


class ModelError(SlantError):
    """The model files are missing, incompatible or damaged."""


class StorageError(SlantError):
    """The database cannot be opened or written."""
