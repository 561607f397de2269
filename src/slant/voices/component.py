"""The voices pipeline component: quotes, speakers, entities, voices and targets."""

from __future__ import annotations

from collections.abc import Sequence

from slant.document.analysis import Analysis, CharSpan, Entity, Mention, Quote
from slant.document.article import Article
from slant.voices.attribution import Attribution, attribute
from slant.voices.entities import EntityRecord
from slant.voices.targets import TARGETED_TECHNIQUES, TargetFinder
from slant.voices.voice import assign_voices

_OUTPUT_KINDS = {"person": "person", "organisation": "organisation", "group": "group"}


class VoicesComponent:
    """Fills ``quotes`` and ``entities``; with technique spans also ``voices`` and each span's
    ``voice``, ``target`` and ``target_text``. Rule-based: no model, a few ms per article."""

    name = "voices"

    def process(self, items: Sequence[tuple[Article, Analysis]]) -> None:
        for article, analysis in items:
            analyse_voices(article, analysis)


def analyse_voices(article: Article, analysis: Analysis) -> None:
    text = article.text
    found = attribute(text, [(p.start, p.end) for p in article.paragraphs],
                      [(s.start, s.end) for s in article.sentences], analysis._tagged_quotes)
    targets: dict[int, tuple[EntityRecord, str]] = {}
    if analysis.spans is not None:
        finder = TargetFinder(text, found.names, found.mention_entities, found.table)
        for index, span in enumerate(analysis.spans):
            if span.technique in TARGETED_TECHNIQUES:
                target = finder.find(span.start, span.end)
                if target is not None:
                    targets[index] = (target.entity.current(), target.text)
    ids = _final_ids(found, {id(e) for e, _ in targets.values()})
    records = {id(r): r for r in found.table.entities}
    quotes = [
        Quote(start=q.start, end=q.end, kind=q.kind,  # type: ignore[arg-type]
              speaker=ids.get(id(q.speaker)) if q.speaker is not None else None,
              cue=None if q.cue is None else CharSpan(start=q.cue[0], end=q.cue[1]),
              source=q.source)  # type: ignore[arg-type]
        for q in found.quotes
    ]
    entities: dict[str, Entity] = {}
    for key, entity_id in sorted(ids.items(), key=lambda kv: int(kv[1][1:])):
        record = records[key]
        kind = _OUTPUT_KINDS.get(record.kind, "organisation" if record.speaks else "unknown")
        mentions = sorted(set(record.mentions))
        entities[entity_id] = Entity(
            id=entity_id, name=record.name, kind=kind, role=record.role,  # type: ignore[arg-type]
            mentions=[Mention(start=a, end=b) for a, b in mentions],
        )
    for index, quote in enumerate(quotes):
        if quote.speaker is not None:
            entities[quote.speaker].quotes.append(index)
    analysis.quotes = quotes
    analysis.entities = list(entities.values())
    if analysis.spans is not None:
        for index, span in enumerate(analysis.spans):
            if index in targets:
                record, phrase = targets[index]
                span.target = ids.get(id(record))
                span.target_text = phrase
        analysis.voices = assign_voices(analysis.spans, quotes)


def _final_ids(found: Attribution, targeted: set[int]) -> dict[int, str]:
    """Entity ids e1, e2, ... in order of first mention, for the entities worth listing."""
    keep = [
        r for r in found.table.entities
        if r.kind in _OUTPUT_KINDS or r.speaks or id(r) in targeted
    ]
    keep.sort(key=lambda r: min((a for a, _ in r.mentions), default=0))
    return {id(r): f"e{i}" for i, r in enumerate(keep, start=1)}
