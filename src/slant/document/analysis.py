"""The analysis result: one typed, versioned object per article.

It serialises to JSON and back without loss (:meth:`Analysis.to_json`,
:meth:`Analysis.from_json`); its JSON Schema is published as ``schema/analysis.schema.json``
(regenerate with ``python -m slant.document.analysis``). Fields a component did not fill
stay ``None`` (never a placeholder value): ``genre is None`` means "not predicted".
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from slant.version import SCHEMA_VERSION


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CharSpan(_Model):
    """A half-open character range ``[start, end)`` into :attr:`Analysis.text`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Fragment(CharSpan):
    """A fragment that uses some propaganda technique (SemEval-2020 span identification)."""

    score: float = Field(ge=0.0, le=1.0, description="mean probability over its tokens")


class TechniqueSpan(CharSpan):
    """A fragment that uses a propaganda technique."""

    technique: str = Field(description="PTC (SemEval-2020) label, e.g. Loaded_Language")
    technique_2023: str | None = Field(
        default=None, description="SemEval-2023 name of the same technique, when one exists"
    )
    score: float = Field(ge=0.0, le=1.0, description="probability of this technique on this span")
    voice: str | None = Field(
        default=None,
        description="'author', or the id of the quoted speaker entity whose quote holds the span",
    )
    target: str | None = Field(
        default=None, description="id of the entity or group the span is applied to, when clear"
    )
    target_text: str | None = None
    source: str = Field(
        default="model",
        description="what proposed the span: 'model' (the encoder's fragment channel) or "
        "'lexicon' (a word of slant's list of labels for people and groups, which the model's "
        "span head then labelled)",
    )


class ParagraphTechniques(CharSpan):
    """SemEval-2023 subtask 3: the techniques used in one paragraph (one line of the text)."""

    line: int = Field(ge=1, description="1-based line number in the text")
    scores: dict[str, float] = Field(description="SemEval-2023 technique -> probability")
    labels: list[str] = Field(description="techniques whose score passed the stored threshold")


class Genre(_Model):
    label: Literal["opinion", "reporting", "satire"]
    probabilities: dict[str, float]


class Frames(_Model):
    scores: dict[str, float]
    labels: list[str]


class Hyperpartisan(_Model):
    probability: float = Field(ge=0.0, le=1.0)
    label: bool


class Mention(CharSpan):
    pass


class Entity(_Model):
    """A person, organisation or group mentioned in the article."""

    id: str
    name: str = Field(description="canonical name")
    kind: Literal["person", "organisation", "group", "unknown"] = "unknown"
    role: str | None = None
    mentions: list[Mention] = Field(default_factory=list)
    quotes: list[int] = Field(
        default_factory=list, description="indices into Analysis.quotes of this entity's quotes"
    )


class Quote(CharSpan):
    """A quotation, with the entity that speaks it."""

    kind: Literal["direct", "indirect"]
    speaker: str | None = Field(default=None, description="Entity.id of the speaker, if found")
    cue: CharSpan | None = Field(default=None, description="the reporting verb or phrase")
    source: Literal["rules", "model"] = Field(
        default="rules",
        description="what found the quote: 'rules' (the voices layer's own rules) or 'model' "
        "(reported speech the model's quote head tagged and the voices layer kept)",
    )


class VoiceCounts(_Model):
    """Technique counts in the author's voice and inside quotes."""

    author: dict[str, int] = Field(default_factory=dict)
    quoted: dict[str, int] = Field(default_factory=dict)
    by_speaker: dict[str, dict[str, int]] = Field(default_factory=dict)


class Metadata(_Model):
    article_id: str
    source_path: str | None = None
    url: str | None = None
    source: str | None = None
    date: str | None = None
    slant_version: str
    model_version: str | None = Field(default=None, description="None when no model ran")
    timings: dict[str, float] = Field(default_factory=dict, description="seconds per stage")


class Analysis(_Model):
    """Everything slant says about one article."""

    schema_version: str = SCHEMA_VERSION
    metadata: Metadata
    text: str
    title: CharSpan | None = None
    paragraphs: list[CharSpan] = Field(default_factory=list)
    fragments: list[Fragment] | None = Field(
        default=None, description="propaganda fragments found by span identification (SI)"
    )
    spans: list[TechniqueSpan] | None = None
    paragraph_techniques: list[ParagraphTechniques] | None = None
    genre: Genre | None = None
    frames: Frames | None = None
    hyperpartisan: Hyperpartisan | None = None
    quotes: list[Quote] | None = None
    entities: list[Entity] | None = None
    voices: VoiceCounts | None = None
    #: quotes the model's quote head proposes, (start, end, kind, confidence), for the voices
    #: layer to weigh; not part of the output
    _tagged_quotes: list[tuple[int, int, str, float]] = PrivateAttr(default_factory=list)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Analysis:
        return cls.model_validate_json(data)

    def span_text(self, span: CharSpan) -> str:
        return self.text[span.start : span.end]


def json_schema() -> dict:
    schema = Analysis.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://slant.invalid/schema/analysis-{SCHEMA_VERSION}.json"
    return schema


if __name__ == "__main__":  # python -m slant.document.analysis > src/slant/schema/analysis.schema.json
    print(json.dumps(json_schema(), indent=2))
