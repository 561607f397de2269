"""slant predict: the format plumbing, with a small deterministic stand-in for the MODEL (the
thing under test is reading the official inputs and writing the official outputs)."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from slant.cli import main
from slant.cli.predict import run_predict
from slant.document.analysis import (
    Analysis,
    Frames,
    Genre,
    Hyperpartisan,
    ParagraphTechniques,
    TechniqueSpan,
)
from slant.document.article import Article
from slant.errors import ModelError
from slant.formats import hyperpartisan2019 as hp
from slant.formats import semeval2020 as ptc
from slant.formats import semeval2023 as st
from slant.pipeline.analyzer import Analyzer
from slant.scoring.tasks import evaluate_files

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


class WordRuleModel:
    """A deterministic model: capitalised words of four letters or more are Loaded_Language
    spans (two overlapping spans per word, to exercise merging); a paragraph with '!' or
    'ruin' uses Exaggeration-Minimisation; the genre is opinion when a title has a verb
    ending in -s; hyperpartisan when the text holds 'Traitors'."""

    name = "model"
    version = "test"

    def process(self, items: Sequence[tuple[Article, Analysis]]) -> None:
        for article, analysis in items:
            spans = []
            for start, end in _words(article.text):
                if article.text[start].isupper() and end - start >= 4:
                    spans.append(TechniqueSpan(start=start, end=end, technique="Loaded_Language",
                                               score=0.9))
                    spans.append(TechniqueSpan(start=start, end=end - 1, technique="Doubt",
                                               score=0.6))
            analysis.spans = spans
            analysis.paragraph_techniques = []
            for paragraph in article.paragraphs:
                text = article.paragraph_text(paragraph)
                hit = "!" in text or "ruin" in text
                analysis.paragraph_techniques.append(ParagraphTechniques(
                    start=paragraph.start, end=paragraph.end, line=paragraph.line,
                    scores={"Exaggeration-Minimisation": 0.8 if hit else 0.1},
                    labels=["Exaggeration-Minimisation"] if hit else [],
                ))
            title = article.title_text or ""
            label = "opinion" if "splits" in title else "reporting"
            analysis.genre = Genre(label=label, probabilities={label: 1.0})
            analysis.frames = Frames(scores={"Economic": 0.7}, labels=["Economic"])
            probability = 0.9 if "Traitors" in article.text else 0.2
            analysis.hyperpartisan = Hyperpartisan(probability=probability,
                                                   label=probability >= 0.5)

    def classify_spans(self, article: Article, spans: Sequence[tuple[int, int]]
                       ) -> list[dict[str, float]]:
        self.calls = getattr(self, "calls", 0) + 1
        return [{"Loaded_Language": 0.3, "Slogans": 0.7} if end - start > 20
                else {"Loaded_Language": 0.6, "Doubt": 0.4} for start, end in spans]


def _words(text: str) -> list[tuple[int, int]]:
    import re

    return [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", text)]


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
