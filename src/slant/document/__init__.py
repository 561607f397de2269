"""The document model: articles with paragraph and sentence ranges, and the analysis result."""

from slant.document.analysis import Analysis
from slant.document.article import Article, TextRange

__all__ = ["Analysis", "Article", "TextRange"]
