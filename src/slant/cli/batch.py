"""slant batch."""
