"""The optional API token that protects endpoints which write or delete."""

from __future__ import annotations

import secrets

from fastapi import Request
from starlette.exceptions import HTTPException


def presented_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.headers.get("x-api-token") or None


def token_matches(expected: str | None, given: str | None) -> bool:
    """True when no token is configured, or ``given`` equals it (constant-time compare)."""
    if not expected:
        return True
    if not given:
        return False
    return secrets.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def require_token(request: Request) -> None:
    """FastAPI dependency: 401 unless the configured token (if any) is presented."""
    expected = request.app.state.settings.token
    if not token_matches(expected, presented_token(request)):
        raise HTTPException(
            401, "this endpoint needs the API token (header 'Authorization: Bearer TOKEN')",
            headers={"WWW-Authenticate": "Bearer"},
        )
