"""slant evaluate."""
