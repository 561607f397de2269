"""The model that ships in the package loads and gives sane output (no exact-number checks)."""

from pathlib import Path

import pytest

import slant
from slant.models import find_model_dir
from slant.readers import read_article_file

MODEL_FIXTURES = Path(__file__).parent / "fixtures" / "model"


@pytest.fixture(scope="module")
def analyzer(monkeypatch_module=None):
    directory = find_model_dir()
    assert directory is not None, "no model ships in src/slant/models/"
    return slant.load(directory)


def test_the_shipped_model_is_small_and_versioned():
    directory = find_model_dir()
    size = sum(p.stat().st_size for p in directory.iterdir())
    assert size < 30 * 2**20
    analyzer = slant.load(directory)
    assert analyzer.model_version is not None and analyzer.model_version in directory.name


def test_loaded_language_and_name_calling_are_found(analyzer):
    analysis = analyzer.analyze(read_article_file(MODEL_FIXTURES / "loaded.txt"))
    techniques = {span.technique for span in analysis.spans}
    assert {"Loaded_Language", "Name_Calling,Labeling"} & techniques
    marked = " ".join(analysis.span_text(span).lower() for span in analysis.spans)
    assert any(word in marked for word in ("traitors", "spineless", "cowardly", "crooks", "parasites"))
    assert analysis.hyperpartisan is not None and analysis.genre is not None
    paragraph_labels = {label for p in analysis.paragraph_techniques for label in p.labels}
    assert paragraph_labels & {"Loaded_Language", "Name_Calling-Labeling"}


def test_a_dry_report_gets_few_spans(analyzer):
    loaded = analyzer.analyze(read_article_file(MODEL_FIXTURES / "loaded.txt"))
    dry = analyzer.analyze(read_article_file(MODEL_FIXTURES / "dry.txt"))
    assert len(dry.spans) < len(loaded.spans)
    assert len(dry.spans) <= 2
    assert dry.hyperpartisan.probability < loaded.hyperpartisan.probability


def test_spans_are_character_ranges_with_both_taxonomies(analyzer):
    text = "\ufeffTitle\n\nThese spineless traitors sold us out to greedy crooks."
    analysis = analyzer.analyze(slant.Article.from_text(text))
    for span in analysis.spans:
        assert 0 < span.start < span.end <= len(text)
        assert text[span.start] != " " and text[span.end - 1] != " "
        assert span.technique_2023 is not None
        assert 0.0 <= span.score <= 1.0


def test_the_shipped_quote_head_adds_reported_speech_the_rules_miss(analyzer):
    text = ("Harbour vote\n\nAsked about the ferry, Ada Lind replied it had never been safe "
            "for children.\n")
    analysis = analyzer.analyze(slant.Article.from_text(text))
    names = {e.id: e.name for e in analysis.entities}
    found = [(text[q.start:q.end], q.kind, names.get(q.speaker)) for q in analysis.quotes]
    assert found == [("it had never been safe for children", "indirect", "Ada Lind")]
