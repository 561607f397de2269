"""SemEval-2020 Task 11 files: round trips on hand-written fixtures and malformed lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from slant.errors import FormatError
from slant.formats import semeval2020 as ptc

PTC = Path(__file__).parent / "fixtures" / "formats" / "ptc"
TECHNIQUES = {"Loaded_Language", "Name_Calling,Labeling", "Bandwagon,Reductio_ad_hitlerum",
              "Exaggeration,Minimisation", "Slogans"}


def test_si_labels_round_trip(tmp_path: Path) -> None:
    labels = ptc.read_si_labels(PTC / "si.labels")
    assert labels[0] == ptc.SpanLabel("1001", 98, 113)
    assert len(labels) == 5
    ptc.write_si_labels(tmp_path / "out.labels", labels)
    assert (tmp_path / "out.labels").read_bytes() == (PTC / "si.labels").read_bytes()


def test_tc_labels_round_trip_and_offsets_point_at_the_fragments(tmp_path: Path) -> None:
    labels = ptc.read_tc_labels(PTC / "tc.labels", known=TECHNIQUES)
    assert [x.technique for x in labels][:2] == ["Loaded_Language", "Name_Calling,Labeling"]
    article = ptc.read_article(PTC / "articles", "1001")
    assert article.text[labels[1].start:labels[1].end] == "cowards"
    ptc.write_tc_labels(tmp_path / "tc.labels", labels)
    assert (tmp_path / "tc.labels").read_bytes() == (PTC / "tc.labels").read_bytes()


def test_template_round_trip_and_built_from_gold(tmp_path: Path) -> None:
    template = ptc.read_tc_template(PTC / "tc-template.out")
    assert len(template) == 6 and template[3] == template[4] == ptc.TemplateLine("1001", 160, 170)
    ptc.write_tc_template(tmp_path / "a.out", template)
    ptc.write_tc_template(tmp_path / "b.out", ptc.read_tc_labels(PTC / "tc.labels", known=None))
    expected = (PTC / "tc-template.out").read_bytes()
    assert (tmp_path / "a.out").read_bytes() == expected == (tmp_path / "b.out").read_bytes()


def test_articles_folder_keeps_the_bom_and_round_trips(tmp_path: Path) -> None:
    articles = list(ptc.iter_articles_folder(PTC / "articles"))
    assert [a.id for a in articles] == ["1001", "1002"]
    assert articles[1].text.startswith("\ufeff")
    assert articles[1].text[63:85] == "Stay calm and carry on"  # offsets count the BOM
    ptc.write_articles_folder(tmp_path, articles)
    for name in ("article1001.txt", "article1002.txt"):
        assert (tmp_path / name).read_bytes() == (PTC / "articles" / name).read_bytes()


@pytest.mark.parametrize(
    ("content", "reader", "message"),
    [
        ("1001\t98\n", ptc.read_si_labels, "x.labels:1: expected 3 tab-separated fields"),
        ("1001\t5\t2\n", ptc.read_si_labels, "x.labels:1: end offset 2 is not greater than start"),
        ("1001\t1\t2\n1001\tx\t9\n", ptc.read_si_labels,
         "x.labels:2: start offset must be a non-negative integer, found 'x'"),
        ("1001\tLoaded_Language\t1\n", ptc.read_tc_labels, "x.labels:1: expected 4 tab-separated"),
        ("1001\tLoaded_Langauge\t1\t4\n", lambda p: ptc.read_tc_labels(p, known=TECHNIQUES),
         "x.labels:1: unknown PTC technique 'Loaded_Langauge'"),
        ("1001\t?\t1\t4\n", ptc.read_tc_labels, "x.labels:1: technique is '?'"),
        ("1001\tSlogans\t1\t4\n", ptc.read_tc_template, "x.labels:1: second field must be '?'"),
    ],
)
def test_malformed_lines_name_file_and_line(tmp_path: Path, content: str, reader, message: str
                                            ) -> None:
    path = tmp_path / "x.labels"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError) as error:
        reader(path)
    text = str(error.value)
    assert message in text and "\n" not in text


def test_missing_file_and_folder_are_format_errors(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no such file"):
        ptc.read_si_labels(tmp_path / "absent.labels")
    with pytest.raises(FormatError, match="no such folder"):
        list(ptc.iter_articles_folder(tmp_path / "absent"))
    with pytest.raises(FormatError, match="not in the articles folder"):
        ptc.read_article(PTC / "articles", "999")


def test_default_validation_uses_the_14_ptc_techniques(tmp_path: Path) -> None:
    assert len(ptc.read_tc_labels(PTC / "tc.labels")) == 6
    path = tmp_path / "x.labels"
    path.write_text("1001\tName_Calling-Labeling\t1\t4\n", encoding="utf-8")  # the 2023 name
    with pytest.raises(FormatError, match="unknown PTC technique 'Name_Calling-Labeling'"):
        ptc.read_tc_labels(path)
