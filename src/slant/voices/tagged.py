"""Indirect quotes the model's quote head tags where the rules found none.

The rules miss reported speech in wordings they were never written for; the quote head, trained
on the hand-annotated development articles, generalises further but also tags fragments that
are no speech at all. A tagged span is kept only when it is indirect speech, touches no quote
the rules found, has a reporting word (a verb of saying, 'that', 'according to') among the few
words on either side and no verb of thinking right before or at its start (thoughts are not
quotes in ``benchmarks/data/ANNOTATING.md``), and when the clause it hangs on has a subject to
be its speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from slant.voices.clause_subjects import main_clause_speaker
from slant.voices.clause_text import FoundQuote, clause_start
from slant.voices.lexicon import INDIRECT_VERBS, REPORTING_VERBS, THINKING_VERBS
from slant.voices.speakers import (
    NameIndex,
    SpeakerRef,
    coordinated_subject,
    find_verbs,
    sentence_subject,
    subject_after,
    subject_before,
)

_CUE_WORDS = frozenset(INDIRECT_VERBS | REPORTING_VERBS | {"that", "according"})
_WORD = re.compile(r"[A-Za-z’']+")
#: words on each side of a tagged span where a reporting word must stand
_CUE_REACH = 4
#: words before and at the start of a tagged span where no verb of thinking may stand
_THINKING_REACH = 3


def near_cue(text: str, start: int, end: int) -> bool:
    """A reporting word near the span, and no verb of thinking right before or at its start."""
    before = _WORD.findall(text, max(0, start - 60), start)[-_CUE_REACH:]
    opening = _WORD.findall(text, start, end)[:_THINKING_REACH]
    if any(word.lower() in THINKING_VERBS for word in before[-_THINKING_REACH:] + opening):
        return False
    after = _WORD.findall(text, end, end + 60)[:_CUE_REACH]
    return any(word.lower() in _CUE_WORDS for word in before + after)


def tagged_indirect(text: str, candidates: Sequence[tuple[int, int, str, float]],
                    found: Sequence[FoundQuote], quoted: Sequence[tuple[int, int]],
                    sentences: Sequence[tuple[int, int]], names: NameIndex) -> list[FoundQuote]:
    """The tagged indirect quotes worth adding to the rules' ``found`` quotes."""
    quoted = list(quoted)
    taken = [(q.start, q.end) for q in found] + quoted
    starts = [a for a, _ in sentences]
    out: list[FoundQuote] = []
    for start, end, kind, _confidence in candidates:
        if kind != "indirect":  # direct quotes are the rules' job
            continue
        while start < end and text[start] in " ,;:—–-\n":
            start += 1
        while end > start and text[end - 1] in " ,;:—–-\n.!?":  # reports end before these
            end -= 1
        if end <= start or not near_cue(text, start, end):
            continue
        if any(a < end and start < b for a, b in taken):
            continue
        index = max(0, bisect.bisect_right(starts, start) - 1)
        lo, hi = sentences[index] if sentences else (0, len(text))
        ref, cue = _speaker(text, lo, max(hi, end), start, end, quoted, names)
        if ref is None:  # no clause to hang on: most such spans are no speech
            continue
        out.append(FoundQuote(start, end, "indirect", cue, ref, source="model"))
        taken.append((start, end))
    return out


def _speaker(text: str, lo: int, hi: int, start: int, end: int, quoted: list[tuple[int, int]],
             names: NameIndex) -> tuple[SpeakerRef | None, tuple[int, int] | None]:
    """The subject of the reporting verb before the span ('Lee replied the ferry ...'), else of
    the one after it ('The ferry was never safe — so Lee argued.'), with that verb."""
    before = find_verbs(text, lo, start)
    if before:
        cue_start, cue_end = before[-1]
        if text[cue_start:cue_end].lower().endswith("ing"):
            # 'X released a statement saying ...': a participle hangs on the main clause
            ref = main_clause_speaker(text, lo, cue_start, quoted, names)
        else:
            ref = main_clause_speaker(text, lo, start, quoted, names)
        if ref is not None and ref.start >= start:  # 'and said Vatican officials ...'
            ref = subject_before(text, clause_start(text, lo, cue_start), cue_start, names) \
                or coordinated_subject(text, lo, cue_start, names) \
                or sentence_subject(text, lo, cue_start, names)
        return ref, before[-1]
    for verb_start, verb_end in find_verbs(text, end, hi):
        ref = subject_after(text, verb_end, hi, names) or subject_before(text, end, verb_start, names)
        if ref is not None:
            return ref, (verb_start, verb_end)
    return None, None
