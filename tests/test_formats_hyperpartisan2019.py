"""SemEval-2019 Task 4 files: round trips on hand-written fixtures and malformed input."""

from __future__ import annotations

from pathlib import Path

import pytest

from slant.errors import FormatError
from slant.formats import hyperpartisan2019 as hp

DATA = Path(__file__).parent / "fixtures" / "formats" / "hyperpartisan"


def test_articles_xml_streams_records_and_round_trips(tmp_path: Path) -> None:
    records = list(hp.iter_xml_articles(DATA / "articles.xml"))
    assert [r.id for r in records] == ["0000001", "0000002"]
    assert records[0].title == "Council & the bridge" and records[0].published_at == "2021-03-04"
    assert records[1].published_at is None
    hp.write_articles_xml(tmp_path / "a.xml", records)
    assert (tmp_path / "a.xml").read_bytes() == (DATA / "articles.xml").read_bytes()


def test_articles_become_slant_articles_with_title_and_paragraphs() -> None:
    articles = list(hp.read_articles_xml(DATA / "articles.xml"))
    first, second = articles
    assert first.id == "0000001" and first.title_text == "Council & the bridge"
    first_body = first.paragraph_text(first.paragraphs[1])
    assert first_body == "The council voted to repair the old bridge."
    assert "spring" in first.text and first.date == "2021-03-04"
    assert second.paragraph_text(second.paragraphs[-1]) == "Only fools still trust them."
    assert "so-called leaders" in second.text


@pytest.mark.xfail(strict=True, reason="slant.readers.html.html_to_text (trafilatura) splits a "
                   "short paragraph at an inline link; about 2% of the SemEval-2019 articles")
def test_inline_links_stay_inside_their_paragraph() -> None:
    first = next(hp.read_articles_xml(DATA / "articles.xml"))
    body = [first.paragraph_text(p) for p in first.paragraphs[1:]]
    assert body == ["The council voted to repair the old bridge.",
                    "Work starts in spring, the engineer said."]


def test_ground_truth_round_trip(tmp_path: Path) -> None:
    truth = hp.read_ground_truth(DATA / "ground-truth.xml")
    assert truth[1] == hp.GroundTruth("0000002", True, "article", "https://example.invalid/traitors")
    hp.write_ground_truth(tmp_path / "g.xml", truth)
    assert (tmp_path / "g.xml").read_bytes() == (DATA / "ground-truth.xml").read_bytes()


def test_predictions_round_trip(tmp_path: Path) -> None:
    predictions = hp.read_predictions(DATA / "predictions.txt")
    assert predictions == [hp.Prediction("0000001", False, 0.8), hp.Prediction("0000002", True)]
    hp.write_predictions(tmp_path / "p.txt", predictions)
    assert (tmp_path / "p.txt").read_bytes() == (DATA / "predictions.txt").read_bytes()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("0000001\n", "p.txt:1: expected 'ID true|false [confidence]'"),
        ("0000001 yes\n", "p.txt:1: the prediction must be 'true' or 'false', found 'yes'"),
        ("0000001 true 1.5\n", "p.txt:1: confidence must lie in [0, 1]"),
        ("0000001 true x\n", "p.txt:1: confidence must be a number"),
        ("1 true\n1 false\n", "p.txt:2: article 1 appears a second time"),
    ],
)
def test_malformed_prediction_lines(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "p.txt"
    path.write_text(content)
    with pytest.raises(FormatError) as error:
        hp.read_predictions(path)
    assert message in str(error.value)


def test_malformed_xml(tmp_path: Path) -> None:
    broken = tmp_path / "g.xml"
    broken.write_text('<articles>\n<article id="1" hyperpartisan="maybe"/>\n</articles>\n')
    with pytest.raises(FormatError, match=r"g.xml:2: the hyperpartisan attribute must be"):
        hp.read_ground_truth(broken)
    broken.write_text('<articles>\n<article id="1" hyperpartisan="true">\n</articles>\n')
    with pytest.raises(FormatError, match=r"g.xml:3: malformed XML"):
        hp.read_ground_truth(broken)
    broken.write_text('<documents><article id="1"/></documents>\n')
    with pytest.raises(FormatError, match=r"root element must be <articles>"):
        list(hp.iter_xml_articles(broken))
