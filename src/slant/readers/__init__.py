"""Readers turn files, folders, standard input and HTML into :class:`~slant.Article` objects."""

from slant.readers.files import ReadFailure, iter_articles, read_article_file, decode_article_bytes

__all__ = ["ReadFailure", "decode_article_bytes", "iter_articles", "read_article_file"]
