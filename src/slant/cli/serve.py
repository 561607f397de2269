"""slant serve."""
