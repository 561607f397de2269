"""slant: shows how a news article tries to persuade.

Public API::

    import slant
    analyzer = slant.load()
    analysis = analyzer.analyze(slant.Article.from_text(text))
"""

from slant.document.analysis import Analysis, TechniqueSpan
from slant.document.article import Article, TextRange
from slant.errors import SlantError
from slant.pipeline.analyzer import Analyzer, load
from slant.version import SCHEMA_VERSION, SLANT_VERSION

__version__ = SLANT_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "SLANT_VERSION",
    "Analysis",
    "Analyzer",
    "Article",
    "SlantError",
    "TechniqueSpan",
    "TextRange",
    "__version__",
    "load",
]
