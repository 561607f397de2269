"""Storage of analyses in SQLite or PostgreSQL (SQLAlchemy, Alembic migrations).

    from slant.storage import Store
    store = Store.open(None)              # SQLite in the user's data directory
    article_id = store.save(analysis, key="...")
    store.get(article_id); store.list(technique="Loaded_Language"); store.stats()
"""

from slant.storage.results import ArticleSummary, DensityPoint, Page, SourceMix, Stats
from slant.storage.rows import InvalidQuery
from slant.storage.store import Store

__all__ = ["ArticleSummary", "DensityPoint", "InvalidQuery", "Page", "SourceMix", "Stats",
           "Store"]
