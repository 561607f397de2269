"""The voices layer on invented fixture articles that reproduce the patterns it must handle."""

from __future__ import annotations

from pathlib import Path

import pytest

from slant.document.analysis import Analysis, TechniqueSpan
from slant.document.article import Article
from slant.pipeline.analyzer import Analyzer, empty_analysis
from slant.voices.component import VoicesComponent
from slant.voices.quotes import find_direct_quotes

FIXTURES = Path(__file__).parent / "fixtures" / "voices"


def _analyse(name: str, labels: list[tuple[str, str]] | None = None) -> tuple[str, Analysis]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    article = Article.from_text(text, id=name)
    analysis = empty_analysis(article)
    if labels is not None:
        spans = []
        for fragment, technique in labels:
            start = text.index(fragment)
            spans.append(TechniqueSpan(start=start, end=start + len(fragment),
                                       technique=technique, score=0.9))
        analysis.spans = spans
    VoicesComponent().process([(article, analysis)])
    return text, analysis


def _speaker_name(analysis: Analysis, quote_index: int) -> str | None:
    speaker = analysis.quotes[quote_index].speaker
    if speaker is None:
        return None
    return next(e.name for e in analysis.entities if e.id == speaker)


def _quote_starting(text: str, analysis: Analysis, words: str) -> int:
    for index, quote in enumerate(analysis.quotes):
        if text[quote.start : quote.end].startswith(words):
            return index
    raise AssertionError(f"no quote starts with {words!r}")


def test_every_envoy_quote_is_found_and_attributed_to_him():
    text, analysis = _analyse("council-zealots.txt")
    envoy = next(e for e in analysis.entities if e.name == "Pieter Vandermolen")
    assert envoy.kind == "person"
    assert envoy.role == "envoy to the Council"
    openings = [
        "a larger Council presence",  # indirect, introduced by the envoy's role only
        "Teravia will close",  # indirect, "X warned that"
        "We will study what the ministers agree,",  # '..., he said.'
        "But should it bring more Council boats",  # second quote in the paragraph, no cue
        "This could drag the whole valley",  # He added:
        "Plenty of Council members",  # He added: ... Vandermolen said.
        "We are troubled by proposals",  # He concluded: (two paragraphs)
    ]
    for words in openings:
        index = _quote_starting(text, analysis, words)
        assert analysis.quotes[index].speaker == envoy.id, words
        assert index in envoy.quotes
    kinds = [analysis.quotes[_quote_starting(text, analysis, w)].kind for w in openings]
    assert kinds == ["indirect", "indirect"] + ["direct"] * 5


def test_two_paragraph_quote_is_one_span_up_to_the_closing_mark():
    text, analysis = _analyse("council-zealots.txt")
    quote = analysis.quotes[_quote_starting(text, analysis, "We are troubled by proposals")]
    content = text[quote.start : quote.end]
    assert content.endswith("we will do what we must.")
    assert "\n\n‘On a river" in content
    assert text[quote.start - 1] == "‘" and text[quote.end] == "’"


def test_scare_quotes_and_embedded_fragments_are_not_separate_quotes():
    text, analysis = _analyse("council-zealots.txt")
    spoken = [text[q.start : q.end] for q in analysis.quotes]
    assert "downstream risks" not in spoken  # two words, no cue: a term, not a quote
    assert "every sluice under its control" not in spoken  # inside the indirect quote
    assert not any(s.startswith("upper reaches") for s in spoken)  # nested inside a quote


def test_voice_and_targets_of_labels():
    text, analysis = _analyse("council-zealots.txt", [
        ("zealots", "Name_Calling,Labeling"),
        ("lawless militias", "Loaded_Language"),
        ("inflate the legend", "Loaded_Language"),
        ("reckless", "Loaded_Language"),
    ])
    envoy = next(e for e in analysis.entities if e.name == "Pieter Vandermolen")
    zealots, militias, legend, reckless = analysis.spans
    assert zealots.voice == "author"
    assert zealots.target_text == "Council water ministers"
    target = next(e for e in analysis.entities if e.id == zealots.target)
    assert target.kind == "group"
    assert militias.voice == "author" and militias.target_text == "militias"
    assert legend.voice == envoy.id and reckless.voice == envoy.id
    assert analysis.voices.author == {"Name_Calling,Labeling": 1, "Loaded_Language": 1}
    assert analysis.voices.quoted == {"Loaded_Language": 2}
    assert analysis.voices.by_speaker == {envoy.id: {"Loaded_Language": 2}}


def test_one_sentence_per_line_speakers_pronouns_and_organisations():
    text, analysis = _analyse("one-sentence-per-line.txt")
    index = _quote_starting(text, analysis, "I cannot accept the decision")
    assert text[analysis.quotes[index].start : analysis.quotes[index].end].endswith(
        "before the notices went up.")
    assert _speaker_name(analysis, index) == "Ines Varga"
    varga = next(e for e in analysis.entities if e.name == "Ines Varga")
    assert varga.role == "chairwoman of the Pier Traders Guild"
    # "He added:" goes to the spokesman introduced only by his role
    assert _speaker_name(analysis, _quote_starting(text, analysis, "We are sorry")) == \
        "a board spokesman"
    # "he said" goes to the subject of the previous sentence
    assert _speaker_name(analysis, _quote_starting(text, analysis, "It is a long overdue")) == \
        "Tom Reyes"
    # organisations speak: "the Harbour Board said", "according to the ... Guild"
    assert _speaker_name(analysis, _quote_starting(text, analysis, "The night market")) == \
        "Harbour Board"
    guild = _quote_starting(text, analysis, "the stalls could reopen")
    assert analysis.quotes[guild].kind == "indirect"
    assert _speaker_name(analysis, guild) == "Pier Traders Guild"
    inverted = _quote_starting(text, analysis, "The traders will appeal")
    assert _speaker_name(analysis, inverted) == "their lawyer"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "this is it" and left.', ["this is it"]),
        ("He said 'this is it' and left.", ["this is it"]),
        ("He said “this is it” and left.", ["this is it"]),
        ("It’s the workers’ choice, he said, ‘not ours’.", ["not ours"]),
        ("Don't say 'maybe'.", ["maybe"]),
        ("“First part\n“second part” he said.", ["First part\n“second part"]),
    ],
)
def test_quotation_marks(text, expected):
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    found = [text[q.start : q.end] for q in find_direct_quotes(text, lines)]
    assert found == expected


def test_without_spans_the_technique_fields_stay_none():
    _, analysis = _analyse("council-zealots.txt")
    assert analysis.spans is None and analysis.voices is None
    assert analysis.quotes and analysis.entities
    Analysis.from_json(analysis.to_json())  # round trip


def test_component_runs_in_the_analyzer_and_records_its_time():
    text = (FIXTURES / "council-zealots.txt").read_text(encoding="utf-8")
    analyzer = Analyzer([VoicesComponent()])
    analysis = analyzer.analyze(Article.from_text(text, id="a"))
    assert "voices" in analysis.metadata.timings
    assert len(analysis.quotes) == 7
