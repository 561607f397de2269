"""The list of labelling words: matching, and the spans the shipped model adds from it."""

import pytest

import slant
from slant.models import find_model_dir
from slant.pipeline.labelling_words import is_labelling_word, labelling_word_spans


def test_words_and_stems_match_whole_words_only():
    assert is_labelling_word("Warmongers") and is_labelling_word("thugs")
    assert is_labelling_word("troll") and not is_labelling_word("trolley")
    assert not is_labelling_word("mob-") and not is_labelling_word("ministers")


def test_spans_are_code_point_offsets_into_the_text_as_read():
    text = "\ufeffThe puppets’ masters and their neo-Nazi goons met.\nNo label here."
    spans = labelling_word_spans(text)
    assert [text[s:e] for s, e in spans] == ["puppets", "neo-Nazi", "goons"]
    assert spans[0][0] == text.index("puppets")


@pytest.fixture(scope="module")
def analyzer():
    assert find_model_dir() is not None, "no model ships in src/slant/models/"
    return slant.load()


def test_a_labelling_word_in_a_title_becomes_a_span_in_the_author_voice(analyzer):
    text = ("Warmongers gather in Geneva\n\n"
            "Defence ministers of the alliance met on Tuesday to discuss the budget for next year.")
    analysis = analyzer.analyze(slant.Article.from_text(text))
    span = next(s for s in analysis.spans if analysis.span_text(s) == "Warmongers")
    assert span.technique == "Name_Calling,Labeling" and span.voice == "author"
    assert any(f.start == span.start and f.end == span.end for f in analysis.fragments)


def test_the_list_can_be_switched_off_and_adds_no_span_to_a_dry_text(analyzer):
    model = analyzer.components[0]
    text = "Budget talks\n\nThe committee approved the budget for the new water plant on Monday."
    assert not [s for s in analyzer.analyze(slant.Article.from_text(text)).spans
                if s.source == "lexicon"]
    model.labelling_words = False
    try:
        title = "Warmongers gather in Geneva\n\nMinisters met on Tuesday."
        spans = analyzer.analyze(slant.Article.from_text(title)).spans
        assert not [s for s in spans if s.source == "lexicon"]
    finally:
        model.labelling_words = True
