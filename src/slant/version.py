"""Version numbers: the package, and the analysis result schema."""

from importlib.metadata import PackageNotFoundError, version

try:
    SLANT_VERSION = version("slant")
except PackageNotFoundError:  # running from a source tree without install
    SLANT_VERSION = "0.0.0+source"

#: Bumped whenever the JSON layout of :class:`slant.document.analysis.Analysis` changes.
SCHEMA_VERSION = "1.0"
