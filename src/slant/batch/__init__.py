"""``slant batch``: analyse corpora of any size, resumably, on this machine or a Dask cluster.

- :mod:`slant.batch.runner`: the loop (read lazily, skip done keys, analyse in chunks, write).
- :mod:`slant.batch.local` and :mod:`slant.batch.dask_engine`: where the chunks run.
- :mod:`slant.batch.worker`: what runs in a worker (one analyzer per worker, loaded once).
- :mod:`slant.batch.sinks`: JSON Lines, Parquet and the ``slant serve`` database.
- :mod:`slant.batch.keys`: the article key (normalised-text hash plus model version).
"""
