"""Readers turn files, folders, standard input and HTML into :class:`~slant.Article` objects."""

from slant.readers.files import ReadFailure, decode_article_bytes, iter_articles, read_article_file

__all__ = ["ReadFailure", "decode_article_bytes", "iter_articles", "read_article_file"]
