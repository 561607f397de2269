"""Quotes the model's quote head proposes: which the voices layer keeps, and their speakers.

The proposals are written by hand here, as the quote head would give them (start, end, kind,
confidence); the texts are invented.
"""

from __future__ import annotations

import numpy as np

from slant.document.article import Article
from slant.pipeline.analyzer import empty_analysis
from slant.pipeline.decode import tagged_quotes
from slant.pipeline.windows import TokenizedText
from slant.voices.component import analyse_voices

TITLE = "Harbour vote\n\n"


def _quotes(text: str, phrases: list[tuple[str, str]]) -> dict[str, tuple[str, str | None]]:
    """Run the voices layer with the given (phrase, kind) proposals: quote text -> (kind,
    speaker name)."""
    article = Article.from_text(text, id="t")
    analysis = empty_analysis(article)
    analysis._tagged_quotes = [(text.index(p), text.index(p) + len(p), kind, 0.95)
                               for p, kind in phrases]
    analyse_voices(article, analysis)
    names = {e.id: e.name for e in analysis.entities or []}
    return {text[q.start:q.end]: (q.kind, names.get(q.speaker or "")) for q in analysis.quotes or []}


def test_a_tagged_clause_after_a_verb_the_rules_do_not_know_is_kept_with_its_subject() -> None:
    text = TITLE + "Asked about the ferry, Ada Lind replied it had never been safe for children.\n"
    assert _quotes(text, []) == {}  # the rules miss it
    quotes = _quotes(text, [("it had never been safe for children", "indirect")])
    assert quotes["it had never been safe for children"] == ("indirect", "Ada Lind")
    article = Article.from_text(text, id="t")
    analysis = empty_analysis(article)
    start = text.index("it had never")
    analysis._tagged_quotes = [(start, start + 35, "indirect", 0.95)]
    analyse_voices(article, analysis)
    cue = analysis.quotes[0].cue
    assert cue is not None and text[cue.start:cue.end] == "replied"
    assert analysis.quotes[0].source == "model"
    assert '"source":"model"' in analysis.to_json()


def test_a_tagged_clause_before_an_inverted_cue_gets_the_speaker_after_it() -> None:
    text = TITLE + "The ferry was never safe for children — so Ada Lind argued on Monday.\n"
    assert _quotes(text, []) == {}  # the rules miss it
    quotes = _quotes(text, [("The ferry was never safe for children", "indirect")])
    assert quotes["The ferry was never safe for children"] == ("indirect", "Ada Lind")


def test_a_tagged_span_without_a_reporting_word_near_it_is_dropped() -> None:
    text = TITLE + "The ferry left Dover at noon and reached the island by dusk.\n"
    assert _quotes(text, [("reached the island by dusk", "indirect")]) == {}
    # thinking is no speech (ANNOTATING.md), so 'believes' is no reporting word
    text = TITLE + "Ada Lind believes the ferry had never been safe for children.\n"
    assert _quotes(text, [("the ferry had never been safe for children", "indirect")]) == {}


def test_a_tagged_span_over_a_quote_the_rules_found_is_dropped_and_theirs_kept() -> None:
    text = TITLE + "Ada Lind said that the ferry had never been safe for children.\n"
    quotes = _quotes(text, [("ferry had never been safe", "indirect")])
    assert list(quotes) == ["the ferry had never been safe for children"]
    article = Article.from_text(text, id="t")
    analysis = empty_analysis(article)
    analyse_voices(article, analysis)
    assert [q.source for q in analysis.quotes] == ["rules"]


def test_tagged_direct_quotes_are_left_to_the_rules() -> None:
    text = TITLE + "Ada Lind said nothing. Then: the ferry is unsafe, she wrote later on.\n"
    quotes = _quotes(text, [("the ferry is unsafe", "direct")])
    assert "the ferry is unsafe" not in quotes


def test_tag_runs_become_word_aligned_character_spans_with_their_confidence() -> None:
    # tokens: "Lee", "said", "the", "fer", "##ry", "was", "late", "."
    offsets = np.array([[0, 3], [4, 8], [9, 12], [13, 16], [16, 18], [19, 22], [23, 27],
                        [27, 28]])
    tokens = TokenizedText(ids=np.zeros(8, np.int64), offsets=offsets,
                           word_ids=np.array([0, 1, 2, 3, 3, 4, 5, 6]))
    probs = np.full((8, 5), 0.01, np.float32)
    probs[:, 0] = 0.96
    for index, tag in ((2, 3), (3, 4), (4, 4), (5, 4), (6, 4)):  # B-indirect, then I-indirect
        probs[index] = [0.04, 0.0, 0.0, 0.0, 0.0]
        probs[index, tag] = 0.96
    found = tagged_quotes(tokens, probs, 0.9)
    assert [(s, e, k) for s, e, k, _ in found] == [(9, 27, "indirect")]
    assert abs(found[0][3] - 0.96) < 1e-6
    assert tagged_quotes(tokens, probs, 0.99) == []


def test_a_tagged_clause_after_a_participle_is_spoken_by_the_main_clause_subject() -> None:
    text = TITLE + ("On Monday, Ada Lind emailed Tom Berg saying, although the ferry was late, "
                    "it was safe for children.\n")
    assert _quotes(text, []) == {}  # the rules miss it
    quotes = _quotes(text, [("although the ferry was late, it was safe for children", "indirect")])
    assert quotes["although the ferry was late, it was safe for children"] == (
        "indirect", "Ada Lind")


def test_a_name_opening_the_tagged_clause_is_not_its_speaker() -> None:
    text = TITLE + ("Ada Lind, another critic, quit in May and then grumbled Harbour Board "
                    "officials had ignored her warnings.\n")
    assert _quotes(text, []) == {}  # the rules miss it
    quotes = _quotes(text, [("Harbour Board officials had ignored her warnings", "indirect")])
    assert quotes["Harbour Board officials had ignored her warnings"] == (
        "indirect", "Ada Lind")
