"""Whose voice is what: one row per voice (the author, each quoted speaker, unattributed quotes).

Plain data for the renderers, built from ``analysis.quotes``, ``analysis.entities`` and
``analysis.voices`` (:class:`~slant.document.analysis.VoiceCounts`). ``techniques`` is ``None``
when technique spans were not predicted (no model ran), so a renderer can say so instead of
showing an empty count.
"""

from __future__ import annotations

from dataclasses import dataclass

from slant.document.analysis import Analysis

AUTHOR = "author"
UNATTRIBUTED = "unattributed"


@dataclass(frozen=True, slots=True)
class VoiceRow:
    key: str
    """"author", an entity id, or "unattributed"."""
    name: str
    kind: str | None
    role: str | None
    direct: int
    indirect: int
    techniques: dict[str, int] | None
    """Technique spans in this voice, most frequent first; ``None`` when not predicted."""

    @property
    def quotes(self) -> int:
        return self.direct + self.indirect

    @property
    def technique_total(self) -> int:
        return sum((self.techniques or {}).values())


def _sorted_counts(counts: dict[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def voice_rows(analysis: Analysis) -> list[VoiceRow]:
    """The author first, then speakers by number of quotes (then first quote), then the
    quotes whose speaker was not found. Empty when there is nothing to say about voices."""
    if analysis.quotes is None and analysis.voices is None:
        return []
    entities = {entity.id: entity for entity in analysis.entities or []}
    voices = analysis.voices
    predicted = voices is not None and analysis.spans is not None

    def techniques(key: str) -> dict[str, int] | None:
        if not predicted or voices is None:
            return None
        if key == AUTHOR:
            return _sorted_counts(voices.author)
        return _sorted_counts(voices.by_speaker.get(key, {}))

    tallies: dict[str, list[int]] = {}  # key -> [direct, indirect, first quote index]
    for index, quote in enumerate(analysis.quotes or []):
        key = quote.speaker or UNATTRIBUTED
        tally = tallies.setdefault(key, [0, 0, index])
        tally[0 if quote.kind == "direct" else 1] += 1
    for key in (voices.by_speaker if voices is not None else {}):
        tallies.setdefault(key, [0, 0, len(tallies) + 10_000])
    speakers = sorted((k for k in tallies if k != UNATTRIBUTED),
                      key=lambda k: (-(tallies[k][0] + tallies[k][1]), tallies[k][2]))
    rows = [VoiceRow(AUTHOR, "author", None, None, 0, 0,
                     techniques(AUTHOR))]
    for key in speakers:
        entity = entities.get(key)
        direct, indirect, _ = tallies[key]
        name = entity.name if entity else key
        role = entity.role if entity else None
        if role and role.lower() in name.lower():  # 'Local fishermen', role 'Local fishermen'
            role = None
        rows.append(VoiceRow(key, name, entity.kind if entity else None, role, direct, indirect,
                             techniques(key)))
    if UNATTRIBUTED in tallies:
        direct, indirect, _ = tallies[UNATTRIBUTED]
        rows.append(VoiceRow(UNATTRIBUTED, "unknown speaker", None, None, direct, indirect,
                             techniques(UNATTRIBUTED)))
    return rows


def quoted_share(analysis: Analysis) -> float | None:
    """The share of technique spans that are in quoted voices (None when not predicted)."""
    voices = analysis.voices
    if voices is None or analysis.spans is None:
        return None
    author, quoted = sum(voices.author.values()), sum(voices.quoted.values())
    return quoted / (author + quoted) if author + quoted else None
