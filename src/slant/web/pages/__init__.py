"""The HTML pages, one module each: analyse (home), article (result), corpus."""
