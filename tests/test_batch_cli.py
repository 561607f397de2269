"""slant batch end to end: a folder, a JSON Lines file and a WARC file into JSON Lines,
Parquet, SQLite and PostgreSQL; the Parquet tables' rows from hand-built analyses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from _fixture_models import sample_analysis
from _storage_support import BACKENDS, database_url
from test_batch_readers import _warc

from slant.batch.keys import article_key
from slant.batch.sinks.parquet import ParquetSink


def _corpus(folder: Path) -> list[str]:
    articles = folder / "articles"
    articles.mkdir()
    (articles / "article7.txt").write_text("Seven\n\nThe seventh article body.\n", encoding="utf-8")
    (articles / "page.html").write_text(
        "<html><body><p>Pundits warned the decision was a catastrophe for everyone.</p>"
        "</body></html>", encoding="utf-8")
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"j{i}", "text": f"Feed article {i} text."}) + "\n"
                            for i in range(3)), encoding="utf-8")
    crawl = folder / "crawl.warc.gz"
    _warc(crawl, compress=True)
    return [str(articles), str(feed), str(crawl)]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "slant", "batch", *args, "--workers", "1",
                           "--quiet"], env={**os.environ, "SLANT_MODEL_DIR": "none"},
                          capture_output=True, text=True, timeout=300)


EXPECTED_IDS = {"7", "page", "j0", "j1", "j2"}


def test_batch_into_jsonl_and_parquet(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path)
    for out in ("out.jsonl", "out.parquet"):
        result = _run(*inputs, "--out", str(tmp_path / out))
        assert result.returncode == 0, result.stderr
        assert "6 done, 0 skipped" in result.stderr and "0 failed" in result.stderr
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    ids = {r["id"] for r in records}
    assert EXPECTED_IDS < ids and len(ids) == 6
    warc_record = next(r for r in records if r["id"].startswith("urn:uuid:"))
    assert warc_record["analysis"]["metadata"]["url"] == "https://www.news.example/a"
    # chunks gather into parts of --part-rows (default 2000): one part for six articles
    assert len(list((tmp_path / "out.parquet" / "articles").glob("part-*.parquet"))) == 1
    table = pq.ParquetDataset(tmp_path / "out.parquet" / "articles").read()
    assert {row["id"] for row in table.to_pylist()} == ids
    assert {r["key"] for r in records} == set(table.column("key").to_pylist())


@pytest.mark.parametrize("backend", BACKENDS)
def test_batch_into_database(tmp_path: Path, backend: str) -> None:
    from slant.storage import Store

    inputs = _corpus(tmp_path)
    with database_url(backend, tmp_path) as url:
        first = _run(*inputs, "--out", url)
        assert first.returncode == 0, first.stderr
        again = _run(*inputs, "--out", url)
        assert "0 done, 6 skipped" in again.stderr
        store = Store.open(url)
        try:
            assert store.count() == 6
            page = store.list()
            assert {store.get(s.id).metadata.article_id for s in page.items} >= EXPECTED_IDS
        finally:
            store.close()


def test_parquet_tables_from_predicted_analyses(tmp_path: Path) -> None:
    with_model = sample_analysis(source="example.org", date="2024-03-01")
    without = sample_analysis("Plain\n\nNothing predicted here.", with_model=False)
    records = [(article_key(a.text, a.metadata.model_version), a) for a in (with_model, without)]
    sink = ParquetSink(tmp_path / "o.parquet")
    sink.write(records)
    sink.close()
    articles = pq.ParquetDataset(tmp_path / "o.parquet" / "articles").read().to_pylist()
    spans = pq.ParquetDataset(tmp_path / "o.parquet" / "spans").read().to_pylist()
    first, second = articles
    assert first["genre"] == "opinion" and dict(first["genre_probabilities"])["opinion"] == 0.8
    assert first["frames"] == ["Political"] and first["hyperpartisan_probability"] == 0.74
    assert first["span_count"] == len(with_model.spans) == len(spans)
    assert dict(first["technique_counts"])["Loaded_Language"] == 2
    assert first["source"] == "example.org" and first["title"] == with_model.span_text(
        with_model.title)
    assert second["genre"] is None and second["span_count"] is None
    assert second["technique_counts"] is None
    span = spans[0]
    assert span["text"] == with_model.text[span["start"]:span["end"]]
    assert span["key"] == records[0][0] and span["id"] == with_model.metadata.article_id
    assert json.loads(first["analysis_json"])["spans"][0]["technique"] == span["technique"]


def test_html_pages_extracted_in_workers_are_written_once(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    page = ("<html><body><p>Officials said the storm was the worst in decades.</p>"
            "<p>Residents were told to leave at once.</p></body></html>")
    for name in ("a.html", "b.html", "c.html"):  # the same article three times
        (folder / name).write_text(page, encoding="utf-8")
    (folder / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    first = _run(str(folder), "--out", str(out), "--chunk-size", "1")
    assert first.returncode == 1  # the empty page
    assert "1 done, 2 skipped" in first.stderr and "1 failed" in first.stderr
    assert "empty.html" in first.stderr
    again = _run(str(folder), "--out", str(out))
    assert "0 done, 3 skipped (3 already in the output" in again.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_model_that_cannot_load_is_one_line(tmp_path: Path, engine: str) -> None:
    inputs = _corpus(tmp_path)
    result = _run(*inputs, "--out", str(tmp_path / "o.jsonl"), "--engine", engine,
                  "--model", str(tmp_path / "no-model"))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("slant: error:")
    assert "no-model" in result.stderr


def test_dask_local_cluster_equals_local_engine(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path)
    outputs = {}
    for engine in ("local", "dask"):
        out = tmp_path / f"{engine}.jsonl"
        result = _run(*inputs, "--out", str(out), "--engine", engine, "--chunk-size", "2")
        assert result.returncode == 0, result.stderr
        records = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            record["analysis"]["metadata"].pop("timings")
            records[record["key"]] = record
        outputs[engine] = records
    assert len(outputs["local"]) == 6 and outputs["local"] == outputs["dask"]


@pytest.mark.model
def test_batch_with_the_shipped_model_fills_the_spans_table(tmp_path: Path) -> None:
    from slant.models import find_model_dir

    if find_model_dir() is None:
        pytest.skip("no model is shipped yet")
    article = tmp_path / "article1.txt"
    article.write_text("Traitors in Congress\n\nThe corrupt, treacherous elite betrayed every "
                       "patriot, and only a fool would trust these liars again.\n",
                       encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "SLANT_MODEL_DIR"}
    result = subprocess.run([sys.executable, "-m", "slant", "batch", str(article), "--out",
                             str(tmp_path / "o.parquet"), "--workers", "1", "--quiet"],
                            env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    row = pq.ParquetDataset(tmp_path / "o.parquet" / "articles").read().to_pylist()[0]
    spans = pq.ParquetDataset(tmp_path / "o.parquet" / "spans").read().to_pylist()
    analysis = json.loads(row["analysis_json"])
    assert row["model_version"] and row["span_count"] == len(analysis["spans"]) == len(spans)
    assert row["genre"] == analysis["genre"]["label"]
    for span in spans:
        assert span["text"] == analysis["text"][span["start"]:span["end"]]
