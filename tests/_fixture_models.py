"""Hand-written stand-ins for the trained model, for the tests that need technique spans,
paragraph techniques, genre, frames and hyperpartisanship whether or not a model ships.

They are test fixtures, not models: each fills the analysis by fixed rules on invented text,
so the tests can check what the storage, the web pages and the shared-task writers do with
predictions (the model itself is not what those tests are about).

- :func:`sample_analysis`: one hand-built analysis of :data:`SAMPLE_TEXT` (storage, pages);
- :class:`PhraseMarker` / :func:`fixture_analyzer`: an analyzer that marks :data:`PHRASES`
  (the web tests, which analyse through the server);
- :class:`WordRuleModel`: a ``name == "model"`` component with ``classify_spans`` (predict).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from slant.document.analysis import (
    Analysis,
    Fragment,
    Frames,
    Genre,
    Hyperpartisan,
    ParagraphTechniques,
    TechniqueSpan,
)
from slant.document.article import Article
from slant.pipeline.analyzer import Analyzer, empty_analysis

#: phrase -> (PTC technique, SemEval-2023 name)
Phrases = Mapping[str, tuple[str, str]]


def phrase_spans(text: str, phrases: Phrases, score: float, *, every: bool) -> list[TechniqueSpan]:
    """A span on each phrase found in ``text`` (on its first occurrence, or on ``every`` one),
    phrase by phrase in the order of ``phrases``."""
    spans = []
    for phrase, (ptc, name_2023) in phrases.items():
        start = text.find(phrase)
        while start >= 0:
            spans.append(TechniqueSpan(start=start, end=start + len(phrase), technique=ptc,
                                       technique_2023=name_2023, score=score))
            start = text.find(phrase, start + 1) if every else -1
    return spans


# A hand-built analysis --------------------------------------------------------------------

SAMPLE_TEXT = (
    "Leaders betray the nation again\n"
    "\n"
    "The corrupt regime has once again betrayed every honest worker, critics say.\n"
    "\n"
    "\"This is a disgrace,\" said Maria Lopez, the union leader. Officials declined to comment."
)

SAMPLE_PHRASES: Phrases = {
    "betray": ("Loaded_Language", "Loaded_Language"),
    "corrupt regime": ("Name_Calling,Labeling", "Name_Calling-Labeling"),
    "once again betrayed every honest worker": ("Exaggeration,Minimisation",
                                                "Exaggeration-Minimisation"),
    "disgrace": ("Loaded_Language", "Loaded_Language"),
}


def sample_analysis(text: str = SAMPLE_TEXT, *, source: str | None = None,
                    date: str | None = None, with_model: bool = True,
                    frame: str = "Political", genre: str = "opinion") -> Analysis:
    """A hand-built analysis with spans on words of ``text`` (as a trained model might give)."""
    article = Article.from_text(text, source=source, date=date)
    analysis = empty_analysis(article)
    if not with_model:
        return analysis
    analysis.spans = phrase_spans(text, SAMPLE_PHRASES, 0.87, every=False)
    paragraphs = []
    for number, paragraph in enumerate(analysis.paragraphs, start=1):
        paragraphs.append(ParagraphTechniques(
            start=paragraph.start, end=paragraph.end, line=1 + text.count("\n", 0, paragraph.start),
            scores={"Loaded_Language": 0.8 if number == 1 else 0.2},
            labels=["Loaded_Language"] if number == 1 else [],
        ))
    analysis.paragraph_techniques = paragraphs
    others = {"opinion": 0.1, "reporting": 0.1, "satire": 0.1}
    analysis.genre = Genre(label=genre, probabilities={**others, genre: 0.8})
    analysis.frames = Frames(scores={frame: 0.9, "Economic": 0.3}, labels=[frame])
    analysis.hyperpartisan = Hyperpartisan(probability=0.74, label=True)
    analysis.metadata.model_version = "test-fixture"
    return analysis


# An analyzer that marks fixed phrases -----------------------------------------------------

PHRASES: Phrases = {
    "corrupt regime": ("Name_Calling,Labeling", "Name_Calling-Labeling"),
    "betrayed": ("Loaded_Language", "Loaded_Language"),
    "once again betrayed every honest worker": ("Exaggeration,Minimisation",
                                                "Exaggeration-Minimisation"),
    "disgrace": ("Loaded_Language", "Loaded_Language"),
    "traitors": ("Name_Calling,Labeling", "Name_Calling-Labeling"),
}


class PhraseMarker:
    """Marks every occurrence of :data:`PHRASES` (a test fixture, not a model)."""

    name = "fixture-phrases"

    def process(self, items: Sequence[tuple[Article, Analysis]]) -> None:
        for article, analysis in items:
            spans = phrase_spans(article.text, PHRASES, 0.91, every=True)
            analysis.spans = sorted(spans, key=lambda s: (s.start, s.end))
            analysis.paragraph_techniques = [
                ParagraphTechniques(
                    start=p.start, end=p.end, line=p.line or 1,
                    scores={"Loaded_Language": 0.9 if "betrayed" in article.paragraph_text(p)
                            else 0.1},
                    labels=["Loaded_Language"] if "betrayed" in article.paragraph_text(p)
                    else [],
                )
                for p in article.paragraphs
            ]
            loaded = bool(spans)
            analysis.genre = Genre(label="opinion" if loaded else "reporting",
                                   probabilities={"opinion": 0.7 if loaded else 0.2,
                                                  "reporting": 0.2 if loaded else 0.7,
                                                  "satire": 0.1})
            analysis.frames = Frames(scores={"Political": 0.8, "Morality": 0.6, "Economic": 0.2},
                                     labels=["Political", "Morality"])
            analysis.hyperpartisan = Hyperpartisan(probability=0.8 if loaded else 0.2,
                                                   label=loaded)


def fixture_analyzer() -> Analyzer:
    return Analyzer([PhraseMarker()], model_version="test-fixture")


# A model component with fixed word rules --------------------------------------------------

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
            analysis.fragments = [Fragment(start=s.start, end=s.end, score=s.score) for s in spans]
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
    return [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", text)]
