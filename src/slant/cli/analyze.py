"""slant analyze."""
