"""slant predict."""
