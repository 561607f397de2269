"""Quotes with their speakers: direct quotes, indirect speech, cues, and speaker entities."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from slant.voices.clause_text import FoundQuote, without_closing_mark
from slant.voices.direct_cues import cited_title, direct_with_cue, follows_cue_sentence, without_cue
from slant.voices.entities import EntityRecord, EntityTable
from slant.voices.indirect import find_indirect
from slant.voices.names import find_names
from slant.voices.quotes import MIN_UNCUED_WORDS, find_direct_quotes, word_count
from slant.voices.speakers import NameIndex, SpeakerResolver
from slant.voices.tagged import tagged_indirect

_SECOND_LABEL_GAP = re.compile(r"[”\"’']\s*,?\s*(?:and|or)\s+(?:a|an|the)?\s*[“\"‘']")


@dataclass(slots=True)
class Attribution:
    quotes: list[FoundQuote]
    table: EntityTable
    mention_entities: dict[int, EntityRecord]
    names: NameIndex


def attribute(text: str, paragraphs: Sequence[tuple[int, int]],
              sentences: Sequence[tuple[int, int]],
              tagged: Sequence[tuple[int, int, str, float]] = ()) -> Attribution:
    """Quotes, their speakers and the entity table; ``tagged`` are the quotes the model's quote
    head proposes (start, end, kind, confidence), added where the rules found none."""
    mentions = find_names(text)
    names = NameIndex(mentions)
    table = EntityTable()
    mention_entities = {m.start: table.add_name(m) for m in mentions}

    direct = find_direct_quotes(text, paragraphs)
    quoted = [(q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1)
              for q in direct]
    found = [direct_with_cue(text, q, i, direct, paragraphs, names) for i, q in enumerate(direct)]
    indirect = find_indirect(text, sentences, quoted, names)
    for quote in indirect:
        quote.end = without_closing_mark(text, quote.start, quote.end)
    # a quoted fragment inside a reported clause ('... “equal time,” Lee said') belongs to it
    found = [q for q in found if not any(i.start <= q.start and q.end <= i.end + 1
                                         for i in indirect)]
    found = [q for i, q in enumerate(found)
             if not cited_title(text, q)
             and (q.ref is not None or word_count(text[q.start:q.end]) >= MIN_UNCUED_WORDS)
             or i > 0 and found[i - 1].ref is not None
             and _SECOND_LABEL_GAP.fullmatch(text, found[i - 1].end, q.start)]
    indirect += tagged_indirect(text, tagged, found + indirect, quoted, sentences, names)
    quotes = sorted(found + indirect, key=lambda q: q.start)
    for previous, quote in zip(quotes, quotes[1:], strict=False):
        if quote.ref is None:
            quote.inherit = word_count(without_cue(text[previous.end : quote.start])) <= 1 \
                or follows_cue_sentence(text, previous, quote.start) \
                or bool(_SECOND_LABEL_GAP.fullmatch(text, previous.end, quote.start))

    reported = quoted + [(q.start, q.end) for q in indirect]
    resolver = SpeakerResolver(text, table, names, mention_entities, reported,
                                [a for a, _ in sentences])
    previous = None
    last_voiced: FoundQuote | None = None  # the last quote given a speaker
    paragraph_starts = [start for start, _ in paragraphs]
    for quote in quotes:
        if quote.ref is not None:
            quote.speaker = resolver.resolve(quote.ref)
        elif quote.inherit and previous is not None:
            quote.speaker = previous.speaker
        elif quote.kind == "direct" and last_voiced is not None and _paragraph_gap(
                paragraph_starts, last_voiced.start, quote.start) <= 1:
            # a quote with no cue in the paragraph of the last voiced quote or the next one
            quote.speaker = last_voiced.speaker
        if quote.speaker is not None:
            quote.speaker.speaks = True
            last_voiced = quote
        previous = quote
    for quote in quotes:  # merged entities: follow to the kept record
        if quote.speaker is not None:
            quote.speaker = quote.speaker.current()
    for key, record in mention_entities.items():
        mention_entities[key] = record.current()
    return Attribution(quotes, table, mention_entities, names)


def _paragraph_gap(paragraph_starts: list[int], first: int, second: int) -> int:
    """How many paragraph breaks lie between two positions."""
    return bisect.bisect_right(paragraph_starts, second) - bisect.bisect_right(
        paragraph_starts, first)
