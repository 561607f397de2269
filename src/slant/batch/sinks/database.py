"""Database output: the ``slant serve`` store (SQLite or PostgreSQL), so a batch run fills the
corpus pages. Each article is saved in its own transaction under its batch key; the store
ignores a key it already holds, so a rerun after a crash stores every article once."""

from __future__ import annotations

from slant.batch.sinks import Record


class DatabaseSink:
    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        from slant.storage import Store

        self.store = Store.open(url)
        try:
            shown = make_url(url).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 - only for the description
            shown = url.split("@")[-1]
        self.description = f"database {shown}"

    def done_among(self, keys: list[str]) -> set[str]:
        return self.store.keys_present(keys)

    def write(self, records: list[Record]) -> None:
        for key, analysis in records:
            self.store.save(analysis, key=key)

    def close(self) -> None:
        self.store.close()
