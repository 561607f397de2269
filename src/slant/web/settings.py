"""Settings of one web application instance (no global state: see :func:`create_app`)."""

from __future__ import annotations

import os
from dataclasses import dataclass

#: Largest request body accepted (bytes); a bigger one gets 413.
DEFAULT_MAX_REQUEST_BYTES = 6 * 1024 * 1024
TOKEN_ENV = "SLANT_API_TOKEN"


@dataclass(frozen=True)
class Settings:
    db_url: str | None = None
    """Database URL; ``None``: SQLite in the user's data directory."""
    token: str | None = None
    """When set, endpoints that write or delete need it (``Authorization: Bearer …``)."""
    allow_private_urls: bool = False
    """Let URL fetching reach private, loopback and link-local addresses."""
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    fetch_timeout_s: float = 15.0
    fetch_max_bytes: int = 5 * 1024 * 1024
    fetch_max_redirects: int = 5
    batch_size: int = 8
    """Most articles the analyzer runs together when requests arrive at once."""
    batch_wait_s: float = 0.01
    """How long the first waiting request lingers for others to join its batch."""
    analysis_queue: int = 256
    """Requests waiting for the analyzer beyond this get 503."""
    model_dir: str | None = None

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings with the token taken from ``$SLANT_API_TOKEN`` unless given."""
        values = dict(overrides)
        if not values.get("token"):
            values["token"] = os.environ.get(TOKEN_ENV) or None
        return cls(**values)  # type: ignore[arg-type]
