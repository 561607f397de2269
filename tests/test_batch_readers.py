"""Readers of slant batch: JSON Lines, CSV/TSV, WARC, SemEval folders, compressed streams."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
import zstandard

from slant.readers.files import ReadFailure
from slant.readers.pending import PendingHtml
from slant.readers.records import FieldMap
from slant.readers.sources import BatchInput

BODY = "The minister said the plan was a disgrace.\n\nCritics called it reckless and naive."


def _jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _read(inputs: list[str], **kwargs: object) -> tuple[list, list[ReadFailure]]:
    """Articles and failures; HTML pages (left to the workers) are extracted here."""
    items = [item.build() if isinstance(item, PendingHtml) else item
             for item in BatchInput(inputs, **kwargs)]  # type: ignore[arg-type]
    return ([a for a in items if not isinstance(a, ReadFailure)],
            [f for f in items if isinstance(f, ReadFailure)])


def test_jsonl_fields_ids_and_bad_records_are_reported_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "title": "Plan  attacked", "text": BODY, "url": "https://x.org/1",
                    "source": "x.org", "date": "2024-01-02"}) + "\n"
        + "{not json\n"
        + "\n"
        + json.dumps({"title": "no body"}) + "\n"
        + json.dumps([1, 2]) + "\n"
        + json.dumps({"text": "Second article body only."}) + "\n",
        encoding="utf-8",
    )
    articles, failures = _read([str(path)])
    assert [a.id for a in articles][0] == "a1"
    first = articles[0]
    assert first.title_text == "Plan attacked"
    assert first.text == "Plan attacked\n\n" + BODY
    assert (first.url, first.source, first.date) == ("https://x.org/1", "x.org", "2024-01-02")
    # no id in the record: the hash of the text
    assert len(articles) == 2 and len(articles[1].id) == 16
    reasons = [f.reason for f in failures]
    assert len(failures) == 3
    assert f"{path}:2: not valid JSON" in reasons[0]
    assert f"{path}:4:" in reasons[1] and "'text'" in reasons[1]
    assert "not an object" in reasons[2]


def test_jsonl_with_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "b", "text": BODY}).encode() + b"\n")
    articles, failures = _read([str(path)])
    assert not failures and articles[0].id == "b"


def test_custom_field_names(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "x.ndjson", [{"body": BODY, "headline": "H", "doc": 7}])
    fields = FieldMap(text="body", title="headline", id="doc")
    articles, failures = _read([str(path)], fields=fields)
    assert not failures and articles[0].id == "7" and articles[0].title_text == "H"


@pytest.mark.parametrize("suffix", [".gz", ".zst"])
def test_compressed_jsonl_streams(tmp_path: Path, suffix: str) -> None:
    raw = "".join(json.dumps({"id": str(i), "text": f"{BODY} {i}"}) + "\n" for i in range(50))
    data = raw.encode()
    packed = gzip.compress(data) if suffix == ".gz" else zstandard.ZstdCompressor().compress(data)
    path = tmp_path / f"feed.jsonl{suffix}"
    path.write_bytes(packed)
    source = BatchInput([str(path)])
    assert source.measure() == len(packed)
    ids = [a.id for a in source]
    assert ids == [str(i) for i in range(50)]
    assert source.bytes_done == len(packed)


def test_damaged_gzip_is_one_failure(tmp_path: Path) -> None:
    data = gzip.compress(("".join(json.dumps({"text": f"{BODY} {i}"}) + "\n"
                                  for i in range(2000))).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    articles, failures = _read([str(path)])
    assert 0 < len(articles) < 2000
    assert len(failures) == 1 and "damaged compressed data" in failures[0].reason


def test_csv_and_tsv(tmp_path: Path) -> None:
    csv_path = tmp_path / "t.csv"
    csv_path.write_text('id,title,text\n1,First,"Line one.\n\nLine two, with comma."\n'
                        '2,,\n3,Third,Body three.\n', encoding="utf-8")
    tsv_path = tmp_path / "t.tsv"
    tsv_path.write_text("text\tid\nA tab separated article.\tz\n", encoding="utf-8")
    articles, failures = _read([str(csv_path), str(tsv_path)])
    assert [a.id for a in articles] == ["1", "3", "z"]
    assert articles[0].text == "First\n\nLine one.\n\nLine two, with comma."
    assert len(failures) == 1 and f"{csv_path}:" in failures[0].reason
    assert "empty article" in failures[0].reason


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("body\nhello\n", encoding="utf-8")
    articles, failures = _read([str(path)])
    assert not articles and "--text-field" in failures[0].reason


def _warc(path: Path, compress: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=compress)
        pages = [
            ("https://www.news.example/a", "200 OK", "text/html; charset=utf-8",
             "<html><head><title>Leaders clash</title></head><body><article>"
             "<p>The senator called the deal a betrayal of every working family.</p>"
             "<p>Opponents said the claims were wildly exaggerated and misleading.</p>"
             "</article></body></html>"),
            ("https://news.example/img.png", "200 OK", "image/png", "\x89PNG"),
            ("https://news.example/gone", "404 Not Found", "text/html", "<html>gone</html>"),
        ]
        for url, status, content_type, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response",
                                               payload=io.BytesIO(body.encode("utf-8")),
                                               http_headers=headers)
            writer.write_record(record)


@pytest.mark.parametrize("compress", [False, True])
def test_warc_html_responses_become_articles(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    _warc(path, compress)
    articles, failures = _read([str(path)])
    assert not failures and len(articles) == 1
    article = articles[0]
    assert article.url == "https://www.news.example/a"
    assert article.source == "news.example"
    assert article.id.startswith("urn:uuid:")
    assert "betrayal of every working family" in article.text
    assert article.date


def test_folders_and_semeval_folder(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "article111.txt").write_text("Title\n\nBody one.\n", encoding="utf-8")
    (folder / "sub" / "page.html").write_text(
        "<html><body><p>An html body with enough words to read.</p></body></html>",
        encoding="utf-8")
    (folder / "article111.labels.tsv").write_text("111\tx\t0\t1\n", encoding="utf-8")
    (folder / "notes-labels.txt").write_text("111 true\n", encoding="utf-8")
    (folder / "labels").mkdir()
    (folder / "labels" / "article111-labels-subtask-3.txt").write_text("111\t1\t\n",
                                                                       encoding="utf-8")
    articles, failures = _read([str(folder)])
    assert sorted(a.id for a in articles) == ["111", "111-labels-subtask-3", "notes-labels",
                                              "page"]
    semeval, failures = _read([str(folder)], input_format="semeval")
    assert [a.id for a in semeval] == ["111"] and not failures


def test_html_pages_are_left_to_the_workers(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    _warc(path, compress=False)
    (tmp_path / "page.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    items = list(BatchInput([str(path), str(tmp_path / "page.html")]))
    assert [type(item) for item in items] == [PendingHtml, PendingHtml]
    assert items[0].url == "https://www.news.example/a" and items[1].id == "page"


def test_missing_and_unknown_inputs(tmp_path: Path) -> None:
    odd = tmp_path / "data.bin"
    odd.write_bytes(b"x")
    articles, failures = _read([str(tmp_path / "nope.jsonl"), str(odd)])
    assert not articles
    assert "no such file" in failures[0].reason and "unknown input kind" in failures[1].reason
