"""The Dask engine: an existing cluster (``--scheduler tcp://...``) or a LocalCluster.

Each Dask worker loads the analyzer once, in a worker plugin's ``setup``; tasks find it
there. Chunks are submitted a few per worker at a time, so memory stays bounded however
large the input.
"""

from __future__ import annotations

from collections.abc import Iterator

from distributed.diagnostics.plugin import WorkerPlugin

from slant.batch.worker import (
    AnalyzerSettings,
    Chunk,
    Result,
    analyse_chunk,
    default_threads,
    load_or_reason,
)
from slant.errors import ModelError, SlantError

PLUGIN_NAME = "slant-analyzer"
#: How long to wait for workers to join (a job queue may take a while to start them).
WAIT_FOR_WORKERS_S = 600


class AnalyzerPlugin(WorkerPlugin):
    """Loads one analyzer per Dask worker, when the worker starts or joins the cluster."""

    name = PLUGIN_NAME

    def __init__(self, settings: AnalyzerSettings) -> None:
        self.settings = settings
        self.analyzer = None
        self.error: str | None = None

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        self.analyzer, self.error = load_or_reason(self.settings)

    def teardown(self, worker) -> None:  # type: ignore[no-untyped-def]
        self.analyzer = None


def _worker_analyzer():  # type: ignore[no-untyped-def]
    from distributed import get_worker

    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if plugin is None or plugin.analyzer is None:
        raise ModelError(getattr(plugin, "error", None)
                         or "the slant analyzer plugin is not set up on this worker")
    return plugin.analyzer


def dask_process_chunk(chunk: Chunk) -> list[Result]:
    """The Dask task: analyse a chunk with this worker's analyzer."""
    return analyse_chunk(_worker_analyzer(), chunk)


def _model_version(dask_worker) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    """(model version, reason the analyzer did not load) of one worker."""
    plugin = dask_worker.plugins.get(PLUGIN_NAME)
    if plugin is None:
        return None, "the slant analyzer plugin is not set up on this worker"
    if plugin.analyzer is None:
        return None, plugin.error
    return plugin.analyzer.model_version, None


class DaskEngine:
    def __init__(self, settings: AnalyzerSettings, scheduler: str | None = None,
                 workers: int | None = None, in_flight_per_worker: int = 2) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.settings = settings
        self.in_flight_per_worker = in_flight_per_worker
        self.description = (f"dask, scheduler {scheduler}" if scheduler
                            else f"dask, LocalCluster of {workers or 'default'} workers")
        self._client = None
        self._cluster = None

    def start(self) -> str | None:
        from distributed import Client, LocalCluster

        try:
            if self.scheduler:
                self._client = Client(self.scheduler)  # timeout: distributed.comm.timeouts.connect
            else:
                import os

                workers = self.workers or os.cpu_count() or 1
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                             processes=True, dashboard_address=None)
                self._client = Client(self._cluster)
                if self.settings.threads is None:
                    from dataclasses import replace

                    self.settings = replace(self.settings, threads=default_threads(workers))
        except OSError as error:
            raise SlantError(f"cannot reach the Dask scheduler {self.scheduler}: "
                             f"{error}") from None
        client = self._client
        wanted = self.workers if self.scheduler and self.workers else 1
        try:
            client.wait_for_workers(wanted, timeout=WAIT_FOR_WORKERS_S)
        except TimeoutError:
            raise SlantError(f"fewer than {wanted} Dask worker(s) joined the scheduler "
                             f"{self.scheduler} within {WAIT_FOR_WORKERS_S} s") from None
        try:
            client.register_plugin(AnalyzerPlugin(self.settings), name=PLUGIN_NAME)
            answers = client.run(_model_version)
        except (ImportError, AttributeError, TypeError) as error:
            raise SlantError(f"the Dask workers cannot run slant ({type(error).__name__}: "
                             f"{error}); install the same slant version on every worker"
                             ) from None
        for address, (_, error) in sorted(answers.items()):
            if error:
                raise ModelError(f"Dask worker {address}: {error}")
        versions = {version for version, _ in answers.values()}
        if len(versions) != 1:
            raise SlantError("the Dask workers run different model versions: "
                             f"{sorted(map(str, versions))}")
        return versions.pop()

    def _max_in_flight(self) -> int:
        assert self._client is not None
        workers = len(self._client.scheduler_info().get("workers", {})) or 1
        return workers * self.in_flight_per_worker

    def run(self, chunks: Iterator[Chunk]) -> Iterator[list[Result]]:
        from distributed import as_completed

        client = self._client
        assert client is not None, "start() first"
        pending = as_completed()
        exhausted = False
        while True:
            limit = self._max_in_flight()
            while not exhausted and pending.count() < limit:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.add(client.submit(dask_process_chunk, chunk, pure=False))
            if pending.is_empty():
                break
            future = next(pending)
            try:
                results = future.result()
            except Exception as error:  # noqa: BLE001 - a lost worker, a failed task
                raise SlantError(f"a Dask task failed ({type(error).__name__}: {error}); what "
                                 "was written so far is kept: rerun to resume") from None
            finally:
                future.release()
            yield results

    def close(self) -> None:
        if self._client is not None:
            try:
                self._client.unregister_worker_plugin(PLUGIN_NAME)
            except Exception:  # noqa: BLE001 - the cluster may be gone already
                pass
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
