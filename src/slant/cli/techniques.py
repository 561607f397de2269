"""slant techniques."""
