"""The model component: one ONNX encoder pass per article, then every head in numpy."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

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
from slant.errors import ModelError
from slant.pipeline.decode import (
    char_range,
    is_content,
    tagged_quotes,
    token_runs,
    whole_hyphenated,
    widen_to_words,
)
from slant.pipeline.encoder import EncodedText, OnnxEncoder
from slant.pipeline.features import normalised_lower, pooled, span_extra_features
from slant.pipeline.heads import Heads, article_features
from slant.pipeline.labelling_words import labelling_word_spans
from slant.pipeline.windows import tokens_in_range
from slant.taxonomy import SEMEVAL2023_TECHNIQUES, to_ptc

#: SemEval-2023 token channel -> PTC class, and back (from the taxonomy's mapping;
#: Obfuscation and the four techniques English never uses have no PTC class).
CHANNEL_TO_PTC = {name: to_ptc(name) for name in SEMEVAL2023_TECHNIQUES if to_ptc(name)}
PTC_TO_2023: dict[str, tuple[str, ...]] = {}
for _name, _ptc in CHANNEL_TO_PTC.items():
    PTC_TO_2023[_ptc] = (*PTC_TO_2023.get(_ptc, ()), _name)

#: The techniques a labelling word (``labelling_words.py``) may be given, and the span-head
#: probability it needs.
LABELLING_TECHNIQUES = ("Name_Calling,Labeling", "Loaded_Language")
LABELLING_WORD_THRESHOLD = 0.5


class ModelComponent:
    """Fills spans, paragraph techniques, genre, frames and hyperpartisan of each analysis."""

    name = "model"

    def __init__(self, directory: Path, manifest: dict, encoder: OnnxEncoder, heads: Heads,
                 labelling_words: bool = True) -> None:
        self.directory = directory
        self.labelling_words = labelling_words
        self.manifest = manifest
        self.version: str = manifest["version"]
        self.encoder = encoder
        self.heads = heads
        self.thresholds: dict = manifest["thresholds"]
        self.ptc_labels: list[str] = manifest["ptc_labels"]
        self.paragraph_labels: list[str] = manifest["paragraph_labels"]
        self.token_channels: list[str] = manifest["token_channels"]
        self.channel_index = {name: i for i, name in enumerate(self.token_channels)}
        self.genre_labels: list[str] = manifest.get("genre_labels", [])
        self.frame_labels: list[str] = manifest.get("frame_labels", [])

    @classmethod
    def from_dir(cls, directory: str | Path, threads: int | None = None) -> ModelComponent:
        directory = Path(directory)
        manifest_path = directory / "manifest.json"
        if not manifest_path.is_file():
            raise ModelError(f"{directory}: no manifest.json, not a slant model folder")
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            with np.load(directory / manifest["heads"]) as data:
                heads = Heads({name: data[name] for name in data.files})
        except (OSError, ValueError, KeyError) as error:
            raise ModelError(f"{directory}: damaged model files ({error})") from None
        encoder = OnnxEncoder(
            directory / manifest["encoder"], directory / manifest["tokenizer"], threads=threads
        )
        return cls(directory, manifest, encoder, heads)

    # --- building blocks, also used by training to tune thresholds -------------------------

    def encode(self, texts: list[str]) -> list[EncodedText]:
        return self.encoder.encode(texts)

    def span_probabilities(self, text: str, encoded: EncodedText,
                           spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """[len(spans), PTC] technique probabilities for character spans."""
        if not spans:
            return np.zeros((0, len(self.ptc_labels)), dtype=np.float32)
        lower = normalised_lower(text)
        rows = []
        for start, end in spans:
            a, b = tokens_in_range(encoded.tokens.offsets, start, end)
            if b <= a:  # a fragment smaller than a token: take the token that holds it
                a = min(int(np.searchsorted(encoded.tokens.offsets[:, 1], start, "right")),
                        max(len(encoded.tokens) - 1, 0))
                b = a + 1
            rows.append(np.concatenate([
                pooled(encoded.hidden, encoded.token_probs, a, b),
                span_extra_features(lower, text[start:end]),
            ]))
        return self.heads.span_techniques(np.stack(rows))

    def candidate_spans(self, encoded: EncodedText, sentence_starts: Sequence[int] = (),
                        threshold: float | None = None,
                        gap: int | None = None) -> list[tuple[int, int, float, int, int]]:
        """(start, end, mean probability, first token, end token) of propaganda fragments.

        Runs of tokens over the threshold (gaps of ``gap`` tokens bridged), cut where a new
        sentence starts (``sentence_starts``: character offsets), widened to whole words.
        """
        threshold = self.thresholds["si"] if threshold is None else threshold
        gap = self.thresholds.get("si_gap", 0) if gap is None else gap
        if len(encoded.tokens) == 0:
            return []
        probs = encoded.token_probs[:, 0]
        sentence = np.searchsorted(np.asarray(sentence_starts, dtype=np.int64),
                                   encoded.tokens.offsets[:, 0], side="right")
        out = []
        for first, stop in token_runs(probs, threshold, gap):
            cuts = [first, *(i for i in range(first + 1, stop) if sentence[i] != sentence[i - 1]), stop]
            for a, b in zip(cuts, cuts[1:], strict=False):
                while a < b and probs[a] < threshold:
                    a += 1
                while b > a and probs[b - 1] < threshold:
                    b -= 1
                if b <= a:
                    continue
                a, b = widen_to_words(encoded.tokens, a, b)
                start, end = char_range(encoded.tokens, a, b)
                out.append((start, end, float(probs[a:b].mean()), a, b))
        return out

    def paragraph_probabilities(self, article: Article, encoded: EncodedText) -> np.ndarray:
        rows = []
        for paragraph in article.paragraphs:
            a, b = tokens_in_range(encoded.tokens.offsets, paragraph.start, paragraph.end)
            rows.append(pooled(encoded.hidden, encoded.token_probs, a, b))
        if not rows:
            return np.zeros((0, len(self.paragraph_labels)), dtype=np.float32)
        return self.heads.paragraph_techniques(np.stack(rows))

    # --- the component -----------------------------------------------------------------------

    def classify_spans(self, article: Article, spans: Sequence[tuple[int, int]]) -> list[dict[str, float]]:
        encoded = self.encode([article.text])[0]
        probs = self.span_probabilities(article.text, encoded, spans)
        return [dict(zip(self.ptc_labels, map(float, row), strict=True)) for row in probs]

    def process(self, items: Sequence[tuple[Article, Analysis]]) -> None:
        encoded_all = self.encode([article.text for article, _ in items])
        for (article, analysis), encoded in zip(items, encoded_all, strict=True):
            analysis.fragments, analysis.spans = self._spans(article, encoded)
            analysis.paragraph_techniques = self._paragraphs(article, encoded)
            if encoded.quote_probs is not None and "quote" in self.thresholds:
                analysis._tagged_quotes = tagged_quotes(
                    encoded.tokens, encoded.quote_probs, self.thresholds["quote"])
            features = article_features(encoded.hidden, encoded.token_probs)
            if self.heads.has("genre"):
                probs = self.heads.genre(features)
                analysis.genre = Genre(
                    label=self.genre_labels[int(np.argmax(probs))],
                    probabilities={k: round(float(v), 4) for k, v in zip(self.genre_labels, probs, strict=True)},
                )
            if self.heads.has("frames"):
                probs = self.heads.frames(features)
                cut = self.thresholds["frames"]
                scores = {k: round(float(v), 4) for k, v in zip(self.frame_labels, probs, strict=True)}
                analysis.frames = Frames(scores=scores, labels=[k for k, v in scores.items() if v >= cut])
            if self.heads.has("hyperpartisan"):
                probability = self.heads.hyperpartisan(features, article.text)
                analysis.hyperpartisan = Hyperpartisan(
                    probability=round(probability, 4),
                    label=probability >= self.thresholds["hyperpartisan"],
                )

    def _technique_runs(self, text: str, encoded: EncodedText, a: int, b: int) -> list[TechniqueSpan]:
        """Technique spans inside tokens [a, b) where a technique channel passes its threshold."""
        cut = self.thresholds.get("technique_channel", 0.5)
        found: dict[tuple[int, int, str], TechniqueSpan] = {}
        confident = np.flatnonzero(encoded.token_probs[a:b, 1:].max(0) >= cut) + 1 if b > a else []
        for index in confident:
            name = self.token_channels[index]
            label = CHANNEL_TO_PTC.get(name)
            if label is None:
                continue
            probs = encoded.token_probs[a:b, index]
            for x, y in token_runs(probs, cut, 1):
                x, y = widen_to_words(encoded.tokens, a + x, a + y)
                start, end = whole_hyphenated(text, *char_range(encoded.tokens, x, y))
                if not is_content(text[start:end]):
                    continue
                score = round(float(encoded.token_probs[x:y, index].mean()), 4)
                key = (start, end, label)
                if key not in found or found[key].score < score:
                    found[key] = TechniqueSpan.model_construct(
                        start=start, end=end, technique=label, technique_2023=name, score=score
                    )
        return sorted(found.values(), key=lambda span: (span.start, span.end, span.technique))

    def _spans(self, article: Article, encoded: EncodedText) -> tuple[list[Fragment], list[TechniqueSpan]]:
        """SI fragments, and the technique spans shown to people: inside each fragment, the
        stretches where a technique's token channel is confident; where none is, the whole
        fragment labelled by the span head."""
        candidates = self.candidate_spans(encoded, [s.start for s in article.sentences])
        fragments = [Fragment.model_construct(start=s, end=e, score=round(p, 4))
                     for s, e, p, *_ in candidates]
        runs = [self._technique_runs(article.text, encoded, c[3], c[4]) for c in candidates]
        bare = [c for c, found in zip(candidates, runs, strict=True) if not found]
        spans = [span for found in runs for span in found]
        probs = self.span_probabilities(article.text, encoded, [(s, e) for s, e, *_ in bare])
        second = self.thresholds.get("second_technique", 1.0)
        for (start, end, si_prob, a, b), row in zip(bare, probs, strict=True):
            start, end = whole_hyphenated(article.text, start, end)
            order = np.argsort(-row)
            chosen = [order[0]] + [i for i in order[1:3] if row[i] >= second]
            for index in chosen:
                label = self.ptc_labels[int(index)]
                spans.append(TechniqueSpan.model_construct(
                    start=start, end=end, technique=label,
                    technique_2023=self._technique_2023(encoded, label, a, b),
                    score=round(float(si_prob * row[index]), 4),
                ))
        if self.labelling_words:
            self._add_labelling_words(article.text, encoded, fragments, spans)
        fragments.sort(key=lambda fragment: (fragment.start, fragment.end))
        spans.sort(key=lambda span: (span.start, span.end, span.technique))
        return fragments, spans

    def _add_labelling_words(self, text: str, encoded: EncodedText, fragments: list[Fragment],
                             spans: list[TechniqueSpan]) -> None:
        """Words of the labelling list that no fragment covers, kept where the span head gives
        them Name_Calling or Loaded_Language; their ``source`` is ``"lexicon"``."""
        covered = [(f.start, f.end) for f in fragments]
        proposed = [(s, e) for s, e in labelling_word_spans(text)
                    if not any(a < e and s < b for a, b in covered)]
        if not proposed:
            return
        probs = self.span_probabilities(text, encoded, proposed)
        for (start, end), row in zip(proposed, probs, strict=True):
            index = int(np.argmax(row))
            label = self.ptc_labels[index]
            if label not in LABELLING_TECHNIQUES or row[index] < LABELLING_WORD_THRESHOLD:
                continue
            a, b = tokens_in_range(encoded.tokens.offsets, start, end)
            token_prob = float(encoded.token_probs[a:b, 0].mean()) if b > a else 0.0
            fragments.append(Fragment.model_construct(start=start, end=end, score=round(token_prob, 4)))
            spans.append(TechniqueSpan.model_construct(
                start=start, end=end, technique=label,
                technique_2023=self._technique_2023(encoded, label, a, b),
                score=round(float(row[index]), 4), source="lexicon",
            ))

    def _technique_2023(self, encoded: EncodedText, label: str, a: int, b: int) -> str:
        """The SemEval-2023 name of PTC ``label`` whose token channel is highest over tokens
        [a, b) (the first name when the range is empty)."""
        names = PTC_TO_2023[label]
        if b <= a:
            return names[0]
        return max(names, key=lambda n: encoded.token_probs[a:b, self.channel_index[n]].mean())

    def _paragraphs(self, article: Article, encoded: EncodedText) -> list[ParagraphTechniques]:
        probs = np.round(self.paragraph_probabilities(article, encoded).astype(np.float64), 4)
        cuts = self.thresholds["paragraph"]
        default = cuts.get("*", 0.5)
        cut_row = np.asarray([cuts.get(k, default) for k in self.paragraph_labels])
        out = []
        for paragraph, row, passed in zip(article.paragraphs, probs.tolist(), probs >= cut_row,
                                          strict=True):
            # built without re-validation: every value comes from the model's own arrays
            out.append(ParagraphTechniques.model_construct(
                start=paragraph.start, end=paragraph.end, line=paragraph.line or 1,
                scores=dict(zip(self.paragraph_labels, row, strict=True)),
                labels=[k for k, ok in zip(self.paragraph_labels, passed, strict=True) if ok],
            ))
        return out
