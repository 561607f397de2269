"""Span segmentation: every boundary cuts, every span stays visible, lanes never collide."""

from __future__ import annotations

from render_examples import full_analysis

from slant.document.analysis import CharSpan
from slant.render.segments import (
    active_spans,
    assign_lanes,
    darker,
    paragraph_views,
    segment_text,
    technique_counts,
)


def test_lanes_separate_overlapping_spans() -> None:
    spans = [CharSpan(start=0, end=10), CharSpan(start=2, end=4), CharSpan(start=3, end=12),
             CharSpan(start=10, end=15), CharSpan(start=20, end=25)]
    lanes = assign_lanes(spans)
    assert lanes[0] == 0  # the enclosing span is the bottom lane
    for i, a in enumerate(spans):
        for j, b in enumerate(spans):
            if i < j and a.start < b.end and b.start < a.end:
                assert lanes[i] != lanes[j], (a, b)
    assert lanes[4] == 0 and lanes[3] == 0  # no overlap: lane 0 is reused
    assert max(lanes) == 2


def test_segments_cover_the_paragraph_and_each_span_exactly() -> None:
    analysis = full_analysis()
    spans = active_spans(analysis)
    assert len(spans) == len(analysis.spans or [])
    for paragraph in analysis.paragraphs:
        segments = segment_text(analysis.text, spans, paragraph.start, paragraph.end)
        assert "".join(s.text for s in segments) == analysis.span_text(paragraph)
        assert all(a.end == b.start for a, b in zip(segments, segments[1:], strict=False))
        for segment in segments:
            lanes = [span.lane for span in segment.spans]
            assert lanes == sorted(lanes) and len(set(lanes)) == len(lanes)
    for span in spans:
        covered = [s for s in segment_text(analysis.text, spans) if span in s.spans]
        assert "".join(s.text for s in covered) == analysis.text[span.start:span.end]
        assert covered[0].start == span.start and covered[-1].end == span.end


def test_nested_span_is_cut_into_three_segments() -> None:
    analysis = full_analysis()
    spans = active_spans(analysis)
    line = analysis.paragraphs[1]
    segments = segment_text(analysis.text, spans, line.start, line.end)
    texts = [s.text for s in segments]
    assert texts[:4] == ["The ", "reckless", " bridge plan is ", "a disgrace"]
    reckless = segments[1]
    assert [s.technique for s in reckless.spans] == ["Name_Calling,Labeling", "Loaded_Language"]
    assert reckless.top is not None and reckless.top.technique == "Loaded_Language"
    assert reckless.top.definition and reckless.top.name == "Loaded language"


def test_paragraph_views_attach_title_and_techniques() -> None:
    views = paragraph_views(full_analysis())
    assert [v.is_title for v in views] == [True, False, False, False]
    assert [v.line for v in views] == [1, 3, 5, 7]
    assert views[2].techniques is not None
    assert "Slogans" in views[2].techniques.labels


def test_counts_and_colours() -> None:
    counts = technique_counts(full_analysis())
    assert list(counts.items())[:2] == [("Loaded_Language", 2), ("Name_Calling,Labeling", 2)]
    assert sum(counts.values()) == 8
    assert darker("#FFFFFF") == "#999999"


def test_spans_outside_the_text_are_ignored() -> None:
    analysis = full_analysis()
    assert analysis.spans is not None
    analysis.spans.append(analysis.spans[0].model_copy(update={"start": 5, "end": 10_000}))
    assert len(active_spans(analysis)) == len(analysis.spans) - 1
