"""SemEval-2023 Task 3 files: round trips on hand-written fixtures and malformed lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from slant.errors import FormatError
from slant.formats import semeval2023 as st

DATA = Path(__file__).parent / "fixtures" / "formats" / "semeval2023"


def _same_bytes(a: Path, b: Path) -> bool:
    return a.read_bytes() == b.read_bytes()


def test_genre_labels_round_trip(tmp_path: Path) -> None:
    labels = st.read_genre_labels(DATA / "labels-subtask-1.txt")
    assert labels == [st.GenreLabel("2001", "opinion"), st.GenreLabel("2002", "reporting")]
    st.write_genre_labels(tmp_path / "l.txt", labels)
    assert _same_bytes(tmp_path / "l.txt", DATA / "labels-subtask-1.txt")


def test_frame_labels_round_trip_with_an_empty_list(tmp_path: Path) -> None:
    labels = st.read_frame_labels(DATA / "labels-subtask-2.txt", known=None)
    assert labels[0].frames == ("Economic", "Quality_of_life") and labels[1].frames == ()
    st.write_frame_labels(tmp_path / "l.txt", labels)
    assert _same_bytes(tmp_path / "l.txt", DATA / "labels-subtask-2.txt")


def test_paragraph_labels_keep_the_trailing_tab_of_empty_lines(tmp_path: Path) -> None:
    labels = st.read_paragraph_labels(DATA / "labels-subtask-3.txt", known=None)
    assert labels[0] == st.ParagraphLabel("2001", 1, ())
    assert labels[2].techniques == ("Exaggeration-Minimisation", "Appeal_to_Fear-Prejudice")
    st.write_paragraph_labels(tmp_path / "l.txt", labels)
    assert (tmp_path / "l.txt").read_text().splitlines()[0] == "2001\t1\t"
    assert _same_bytes(tmp_path / "l.txt", DATA / "labels-subtask-3.txt")


def test_templates_round_trip_and_match_the_articles(tmp_path: Path) -> None:
    aggregate = st.read_paragraph_template(DATA / "labels-subtask-3.template")
    assert aggregate[2].text == "Opponents say it will ruin\tevery fisherman in town."
    st.write_paragraph_template(tmp_path / "t", aggregate)
    assert _same_bytes(tmp_path / "t", DATA / "labels-subtask-3.template")
    built = [p for a in st.iter_articles_folder(DATA / "articles")
             for p in st.template_from_article(a)]
    assert built == aggregate
    one = DATA / "labels-subtask-3" / "article2001-labels-subtask-3.txt.template"
    assert st.read_paragraph_template(one) == aggregate[:4]


def test_span_file_round_trip(tmp_path: Path) -> None:
    spans = st.read_span_labels(DATA / "spans.txt", known=None)
    article = st.read_article(DATA / "articles", "2001")
    assert article.text[spans[0].start:spans[0].end] == "ruin\tevery fisherman"
    st.write_span_labels(tmp_path / "s.txt", spans)
    assert _same_bytes(tmp_path / "s.txt", DATA / "spans.txt")


@pytest.mark.parametrize(
    ("content", "reader", "message"),
    [
        ("2001 opinion\n", st.read_genre_labels, "f.txt:1: expected 2 tab-separated fields"),
        ("2001\tnews\n", st.read_genre_labels, "f.txt:1: unknown genre 'news'"),
        ("2001\topinion\n2001\tsatire\n", st.read_genre_labels,
         "f.txt:2: article 2001 appears a second time"),
        ("2001\tEconomic,,Political\n", lambda p: st.read_frame_labels(p, known=None),
         "f.txt:1: empty frame"),
        ("2001\tEconomic\n", lambda p: st.read_frame_labels(p, known={"Political"}),
         "f.txt:1: unknown frame 'Economic'"),
        ("2001\t1\n", st.read_paragraph_labels, "f.txt:1: expected 3 tab-separated fields"),
        ("2001\tone\t\n", st.read_paragraph_labels, "line number must be a non-negative"),
        ("2001\t0\t\n", st.read_paragraph_labels, "f.txt:1: line numbers start at 1"),
        ("2001\t1\tSlogan\n", lambda p: st.read_paragraph_labels(p, known={"Slogans"}),
         "f.txt:1: unknown technique 'Slogan'"),
        ("2001\t1\tTitle\n2001\t3\n", st.read_paragraph_template,
         "f.txt:2: expected 3 tab-separated fields"),
        ("2001\tSlogans\t9\t3\n", lambda p: st.read_span_labels(p, known=None),
         "f.txt:1: end offset 3 is not greater than start offset 9"),
    ],
)
def test_malformed_lines(tmp_path: Path, content: str, reader, message: str) -> None:
    path = tmp_path / "f.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError) as error:
        reader(path)
    assert message in str(error.value) and "\n" not in str(error.value)


def test_non_utf8_label_file(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(b"2001\t\xff\n")
    with pytest.raises(FormatError, match="not valid UTF-8"):
        st.read_genre_labels(path)


def test_default_validation_uses_the_taxonomy(tmp_path: Path) -> None:
    assert st.read_frame_labels(DATA / "labels-subtask-2.txt")[0].frames[0] == "Economic"
    assert len(st.read_paragraph_labels(DATA / "labels-subtask-3.txt")) == 6
    assert len(st.read_span_labels(DATA / "spans.txt")) == 3
    path = tmp_path / "f.txt"
    path.write_text("2001\t1\tAppeal_to_Fear-Prejudi-čce\n", encoding="utf-8")
    with pytest.raises(FormatError, match="unknown technique"):
        st.read_paragraph_labels(path)
    assert st.read_paragraph_labels(path, known=None)[0].techniques == (
        "Appeal_to_Fear-Prejudi-čce",)
