"""slant train."""
