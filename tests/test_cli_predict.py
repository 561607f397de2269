"""slant predict: the format plumbing, with a small deterministic stand-in for the MODEL
(:class:`_fixture_models.WordRuleModel`; the thing under test is reading the official inputs
and writing the official outputs)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from _fixture_models import WordRuleModel

from slant.cli import main
from slant.cli.predict import run_predict
from slant.errors import ModelError
from slant.formats import hyperpartisan2019 as hp
from slant.formats import semeval2020 as ptc
from slant.formats import semeval2023 as st
from slant.pipeline.analyzer import Analyzer
from slant.scoring.tasks import evaluate_files

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


@pytest.fixture
def analyzer() -> Analyzer:
    return Analyzer([WordRuleModel()], model_version="test")


def test_no_model_is_a_one_line_error_and_writes_nothing(tmp_path: Path, monkeypatch, capsys
                                                         ) -> None:
    monkeypatch.setenv("SLANT_MODEL_DIR", "none")
    out = tmp_path / "out.labels"
    code = main(["predict", "si", str(FIXTURES / "ptc" / "articles"), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("slant: error: no model installed: ")
    assert err.count("\n") == 1 and not out.exists()
    with pytest.raises(ModelError, match="no model installed"):
        run_predict("st1", FIXTURES / "semeval2023" / "articles", out, Analyzer([]))


def test_si_writes_merged_spans_that_the_reader_and_scorer_accept(tmp_path: Path, analyzer
                                                                   ) -> None:
    out = tmp_path / "si.labels"
    assert run_predict("si", FIXTURES / "ptc" / "articles", out, analyzer) > 0
    labels = ptc.read_si_labels(out)
    text = ptc.read_article(FIXTURES / "ptc" / "articles", "1001").text
    assert text[labels[0].start:labels[0].end] == "Leaders"  # Doubt 0-6 merged into 0-7
    assert ("1001", 0, 6) not in {(x.article_id, x.start, x.end) for x in labels}
    assert evaluate_files("si", FIXTURES / "ptc" / "si.labels", out).counts["predicted_spans"] \
        == len(labels)


def test_tc_fills_the_template_in_order_with_one_call_per_article(tmp_path: Path, analyzer
                                                                   ) -> None:
    out = tmp_path / "tc.labels"
    template = FIXTURES / "ptc" / "tc-template.out"
    assert run_predict("tc", FIXTURES / "ptc" / "articles", out, analyzer, template=template) == 6
    labels = ptc.read_tc_labels(out)
    assert [(x.article_id, x.start, x.end) for x in labels] == [
        (x.article_id, x.start, x.end) for x in ptc.read_tc_template(template)]
    # 98-113 is 15 characters -> Loaded_Language; 126-150 is 24 -> Slogans
    assert [x.technique for x in labels][:3] == ["Loaded_Language", "Loaded_Language", "Slogans"]
    assert analyzer.components[0].calls == 2  # articles 1001 and 1002
    assert 0 <= evaluate_files("tc", FIXTURES / "ptc" / "tc.labels", out).value <= 1


def test_tc_and_st3_need_the_template(tmp_path: Path, analyzer) -> None:
    from slant.errors import InputError

    with pytest.raises(InputError, match="--template"):
        run_predict("tc", FIXTURES / "ptc" / "articles", tmp_path / "x", analyzer)


def test_st1_st2_write_one_line_per_article(tmp_path: Path, analyzer) -> None:
    folder = FIXTURES / "semeval2023" / "articles"
    run_predict("st1", folder, tmp_path / "st1.txt", analyzer)
    assert st.read_genre_labels(tmp_path / "st1.txt") == [
        st.GenreLabel("2001", "opinion"), st.GenreLabel("2002", "reporting")]
    run_predict("st2", folder, tmp_path / "st2.txt", analyzer)
    assert (tmp_path / "st2.txt").read_text() == "2001\tEconomic\n2002\tEconomic\n"
    score = evaluate_files("st1", FIXTURES / "semeval2023" / "labels-subtask-1.txt",
                           tmp_path / "st1.txt")
    assert score.value == 1.0


def test_st3_answers_every_template_line_with_empty_lists_allowed(tmp_path: Path, analyzer
                                                                   ) -> None:
    out = tmp_path / "st3.txt"
    template = FIXTURES / "semeval2023" / "labels-subtask-3.template"
    run_predict("st3", FIXTURES / "semeval2023" / "articles", out, analyzer, template=template)
    lines = out.read_text().splitlines()
    assert lines[0] == "2001\t1\t" and lines[2] == "2001\t5\tExaggeration-Minimisation"
    assert [(x.article_id, x.line) for x in st.read_paragraph_labels(out)] == [
        (x.article_id, x.line) for x in st.read_paragraph_template(template)]
    score = evaluate_files("st3", FIXTURES / "semeval2023" / "labels-subtask-3.txt", out)
    # gold: (2001,5) {Exaggeration, Fear}, (2001,6) {False_Dilemma}; predicted (2001,5)
    # {Exaggeration}: tp 1, fp 0, fn 2 -> P 1, R 1/3, F1 = 2*(1/3)/(4/3) = 0.5
    assert score.value == pytest.approx(0.5)


def test_hyperpartisan_reads_the_xml_and_writes_prediction_lines(tmp_path: Path, analyzer
                                                                  ) -> None:
    out = tmp_path / "pred.txt"
    run_predict("hyperpartisan", FIXTURES / "hyperpartisan" / "articles.xml", out, analyzer)
    assert out.read_text() == "0000001 false 0.8\n0000002 true 0.9\n"
    assert hp.read_predictions(out)[1] == hp.Prediction("0000002", True, 0.9)
    score = evaluate_files("hyperpartisan", FIXTURES / "hyperpartisan" / "ground-truth.xml", out)
    assert score.value == 1.0


def test_a_failure_leaves_the_previous_output_untouched(tmp_path: Path, analyzer) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES / "ptc" / "articles", folder)
    out = tmp_path / "si.labels"
    out.write_text("previous\n")
    (folder / "article1003.txt").write_bytes(b"\xff\xfe not utf-8")
    from slant.errors import SlantError

    with pytest.raises(SlantError, match="article1003.txt: not valid UTF-8"):
        run_predict("si", folder, out, analyzer)
    assert out.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
