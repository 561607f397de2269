"""The analysis store, against SQLite and a real PostgreSQL server."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

import pytest
from _fixture_models import sample_analysis

from slant.errors import StorageError
from slant.storage import Store
from slant.storage.migrate import current_revision, head_revision


@pytest.fixture
def store(db_url: str):
    opened = Store.open(db_url)
    yield opened
    opened.close()


def test_saved_analysis_comes_back_whole(store: Store) -> None:
    analysis = sample_analysis(source="Daily Test", date="2024-05-01")
    article_id = store.save(analysis)
    loaded = store.get(article_id)
    assert loaded is not None
    assert loaded == analysis
    assert loaded.text == analysis.text
    assert [s.technique for s in loaded.spans] == [s.technique for s in analysis.spans]
    assert store.get("no-such-id") is None


def test_save_records_source_url_and_date_given_to_it(store: Store) -> None:
    article_id = store.save(sample_analysis(), source="Wire", url="https://example.org/a",
                            date="2023-02-03")
    loaded = store.get(article_id)
    assert (loaded.metadata.source, loaded.metadata.url, loaded.metadata.date) == (
        "Wire", "https://example.org/a", "2023-02-03")
    summary = store.summary(article_id)
    assert summary.source == "Wire" and str(summary.date) == "2023-02-03"
    assert summary.title == "Leaders betray the nation again"
    assert summary.snippet.startswith("The corrupt regime")


def test_same_key_is_stored_once(store: Store) -> None:
    first = store.save(sample_analysis(), key="k-1")
    second = store.save(sample_analysis(), key="k-1")
    assert first == second
    assert store.count() == 1
    assert store.has_key("k-1") and not store.has_key("k-2")
    keys = [f"key-{i}" for i in range(1200)]
    store.save(sample_analysis(), key=keys[700])
    assert store.keys_present(keys + ["k-1"]) == {keys[700], "k-1"}


def test_not_predicted_stays_not_predicted(store: Store) -> None:
    article_id = store.save(sample_analysis(with_model=False, date="2024-01-01"))
    loaded = store.get(article_id)
    assert loaded.spans is None and loaded.genre is None and loaded.frames is None
    summary = store.summary(article_id)
    assert summary.n_spans is None and summary.density is None
    stats = store.stats()
    assert stats.articles == 1 and stats.articles_with_spans == 0
    assert stats.density_over_time == []


def test_filters(store: Store) -> None:
    a = store.save(sample_analysis(source="Alpha", date="2024-01-10", frame="Political",
                                   genre="opinion"))
    b = store.save(sample_analysis("Calm report\n\nThe weather was mild and 50% of fans_ came.",
                                   source="Beta", date="2024-03-10", frame="Economic",
                                   genre="reporting"))
    c = store.save(sample_analysis("Unrelated\n\nNothing to see.", with_model=False,
                                   source="Beta"))

    def ids(**filters) -> set[str]:
        return {item.id for item in store.list(**filters).items}

    assert ids() == {a, b, c}
    assert ids(query="CORRUPT regime") == {a}
    assert ids(query="50%") == {b}
    assert ids(query="%") == {b}  # a literal percent sign, not a wildcard
    assert ids(query="fans_") == {b}
    assert ids(query="zzz-nothing") == set()
    assert ids(source="Beta") == {b, c}
    assert ids(technique="Name_Calling,Labeling") == {a}
    assert ids(technique="Name_Calling-Labeling") == {a}  # the SemEval-2023 name
    assert ids(genre="reporting") == {b}
    assert ids(frame="Political") == {a}
    assert ids(date_from="2024-02-01") == {b}
    assert ids(date_to="2024-02-01") == {a}
    assert ids(date_from="2024-01-01", date_to="2024-12-31", source="Alpha") == {a}
    with pytest.raises(StorageError, match="ISO date"):
        store.list(date_from="last tuesday")


def test_pagination_and_order(store: Store) -> None:
    for day in range(1, 8):
        store.save(sample_analysis(date=f"2024-01-0{day}"))
    first = store.list(limit=3)
    assert first.total == 7 and len(first.items) == 3
    assert [str(i.date) for i in first.items] == ["2024-01-07", "2024-01-06", "2024-01-05"]
    last = store.list(limit=3, offset=6)
    assert [str(i.date) for i in last.items] == ["2024-01-01"]
    everything = {i.id for p in range(3) for i in store.list(limit=3, offset=3 * p).items}
    assert len(everything) == 7


def test_stats_mix_by_source_and_density_over_time(store: Store) -> None:
    analysis = sample_analysis(source="Alpha", date="2024-01-10")
    store.save(analysis)
    store.save(sample_analysis(source="Alpha", date="2024-01-20"))
    store.save(sample_analysis(source="Beta", date="2024-02-05"))
    store.save(sample_analysis(with_model=False, source="Gamma", date="2024-02-06"))
    stats = store.stats()
    assert stats.articles == 4 and stats.articles_with_spans == 3
    assert stats.spans == 3 * len(analysis.spans)
    alpha = next(s for s in stats.by_source if s.source == "Alpha")
    assert alpha.articles == 2 and alpha.techniques["Loaded_Language"] == 4
    gamma = next(s for s in stats.by_source if s.source == "Gamma")
    assert gamma.techniques == {}
    # "betray" lies inside no other span; the others do not overlap each other
    covered = sum(s.end - s.start for s in analysis.spans)
    expected = round(1000 * covered / len(analysis.text), 2)
    assert [(p.period, p.articles, p.density) for p in stats.density_over_time] == [
        ("2024-01", 2, expected), ("2024-02", 1, expected)]
    assert stats.genres == {"opinion": 3}
    assert stats.frames == {"Political": 3}
    assert store.stats(source="Beta").articles == 1
    assert [p.period for p in store.stats(period="year").density_over_time] == ["2024"]
    with pytest.raises(StorageError):
        store.stats(period="fortnight")


def test_overlapping_spans_count_once_in_density(store: Store) -> None:
    from slant.document.analysis import TechniqueSpan

    analysis = sample_analysis(date="2024-06-01")
    analysis.spans = [
        TechniqueSpan(start=40, end=60, technique="Loaded_Language", score=0.9),
        TechniqueSpan(start=50, end=70, technique="Doubt", score=0.6),
    ]
    article_id = store.save(analysis)
    assert store.summary(article_id).technique_chars == 30


def test_delete(store: Store) -> None:
    article_id = store.save(sample_analysis(source="Alpha", date="2024-01-10"), key="gone")
    assert store.delete(article_id) is True
    assert store.get(article_id) is None
    assert store.delete(article_id) is False
    assert not store.has_key("gone")
    stats = store.stats()
    assert stats.articles == 0 and stats.spans == 0 and stats.frames == {}


def test_reopening_keeps_articles_and_schema_is_at_head(db_url: str) -> None:
    with Store.open(db_url) as first:
        ids = [first.save(sample_analysis(), key=f"k{i}") for i in range(3)]
    with Store.open(db_url) as second:
        assert {second.get(i).text for i in ids} == {sample_analysis().text}
        assert second.count() == 3
        assert current_revision(second.engine) == head_revision()


def test_concurrent_threads_lose_nothing(store: Store) -> None:
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for i in range(10):
                store.save(sample_analysis(), key=f"w{worker}-{i}")
                store.save(sample_analysis(), key="shared")
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert store.count() == 8 * 10 + 1
    assert len(store.keys_present([f"w{w}-{i}" for w in range(8) for i in range(10)])) == 80


def _write_from_process(url: str, worker: int, count: int) -> None:
    store = Store.open(url)
    for i in range(count):
        store.save(sample_analysis(), key=f"p{worker}-{i}")
        store.save(sample_analysis(), key="shared")
    store.close()


def test_concurrent_processes_lose_nothing_even_on_a_new_database(db_url: str) -> None:
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_from_process, args=(db_url, w, 15))
               for w in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    with Store.open(db_url) as store:
        assert store.count() == 4 * 15 + 1


def test_bad_urls_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="unsupported database"):
        Store.open("mysql://user@localhost/db")
    with pytest.raises(StorageError, match="does not exist"):
        Store.open(f"sqlite:///{tmp_path}/missing/folder/x.db")
    with pytest.raises(StorageError, match="cannot open database"):
        Store.open("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    try:
        Store.open("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    except StorageError as error:
        assert "secret" not in str(error) and "\n" not in str(error)


def test_a_bare_path_and_an_explicit_date_are_checked(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "plain.db")) as store:
        assert store.dialect == "sqlite"
        with pytest.raises(StorageError, match="ISO date"):
            store.save(sample_analysis(), date="yesterday")
        assert store.count() == 0
    assert (tmp_path / "plain.db").is_file()


def test_default_database_lives_in_the_user_data_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with Store.open(None) as store:
        store.save(sample_analysis())
    assert (tmp_path / "data" / "slant" / "slant.db").is_file()


def test_url_normalisation() -> None:
    from slant.storage.engine import normalise_url

    assert normalise_url("postgresql://u:p@h/db").drivername == "postgresql+psycopg"
    assert normalise_url("postgres://u:p@h/db").drivername == "postgresql+psycopg"
    assert normalise_url("postgresql+psycopg2://u@h/db").drivername == "postgresql+psycopg"
    assert normalise_url("sqlite:///x.db").drivername == "sqlite"
    assert normalise_url("relative/file.db").database == "relative/file.db"
