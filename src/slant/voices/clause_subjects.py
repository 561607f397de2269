"""Speakers found around a clause: the main clause of a participle, the antecedent of a relative
clause, a cited phrase."""

from __future__ import annotations

import re

from slant.voices.clause_text import TOLD_VERBS, clause_start, inside_any
from slant.voices.lexicon import DOCUMENT_NOUNS
from slant.voices.speakers import NameIndex, SpeakerRef, find_verbs, sentence_subject, subject_after, subject_before


def description_ref(text: str, start: int, end: int, names: NameIndex) -> SpeakerRef:
    """The phrase text[start:end] as a speaker: a name when it is one, else a description."""
    phrase = text[start:end].strip()
    mention = names.starting_at(start)
    if mention is not None and mention.end >= start + len(phrase) - 1:
        return SpeakerRef("name", mention.name, mention.start, mention.end, mention.title,
                          mention)
    return SpeakerRef("description", phrase, start, start + len(phrase))


def main_clause_speaker(text: str, lo: int, verb_start: int, quoted: list[tuple[int, int]],
                        names: NameIndex) -> SpeakerRef | None:
    """The speaker of the clause a participle hangs on: '"...," said Rick, adding that ...' /
    'Rick said ..., adding that ...'."""
    document = _DOCUMENT_BEFORE_PARTICIPLE.search(text, lo, verb_start)
    if document is not None and document.group(2).lower() in _SPEAKING_DOCUMENTS:
        # 'X handed out a report claiming that ...': the report speaks, not X
        return SpeakerRef("description", document.group(1), document.start(1), document.end(1))
    colon = _last_colon(text, lo, verb_start, quoted)
    if colon is not None:  # 'Editors announce a victory: the board has lifted ..., saying'
        lo = colon
    for cue_start, cue_end in reversed(find_verbs(text, lo, verb_start)):
        if inside_any(cue_start, quoted):
            continue
        # 'X told Fox News, adding ...': after 'told' stands the person addressed
        told = text[cue_start:cue_end] in TOLD_VERBS
        ref = None if told else subject_after(text, cue_end, verb_start, names)
        if ref is None or ref.kind == "pronoun" and not text[lo:cue_start].rstrip().endswith(
                (",", "”", '"')):
            ref = subject_before(text, clause_start(text, lo, cue_start), cue_start, names)
        if ref is not None:
            return ref
    return sentence_subject(text, lo, verb_start, names)


# a document right before a participle: 'a report claiming that ...'; not the words of a
# person sent as a statement, letter, email or post (annotators give those to the person)
_DOCUMENT_BEFORE_PARTICIPLE = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'-]+\s+){0,2}?([a-z]+))\s+$")
_SPEAKING_DOCUMENTS = DOCUMENT_NOUNS - {"statement", "letter", "email", "post", "tweet",
                                        "message", "announcement", "release", "account", "feed",
                                        "channel", "profile", "page", "notice"}


def _last_colon(text: str, lo: int, hi: int, quoted: list[tuple[int, int]]) -> int | None:
    """Just after the last colon of running text before ``hi`` (not inside a quote)."""
    for match in reversed(list(re.finditer(r":\s+", text[lo:hi]))):
        if not inside_any(lo + match.start(), quoted):
            return lo + match.end()
    return None


def relative_antecedent(text: str, lo: int, who: int, names: NameIndex) -> SpeakerRef | None:
    """The phrase a 'who'/'which' clause hangs on: 'Legislators who ...', 'CRIF, which ...',
    'Hunter Ray, the teen who ...'."""
    # 'his web page, which says ...': 'which' is said of documents and sites
    document = _DOCUMENT_BEFORE_WHICH.search(text, lo, who)
    if document is not None and text[who:who + 7].strip().startswith("which") and \
            document.group(2).lower() in DOCUMENT_NOUNS:
        return SpeakerRef("description", document.group(1), document.start(1), document.end(1))
    ref = subject_before(text, lo, who, names)
    if ref is not None:
        return ref
    if text[lo:who].rstrip().endswith(","):  # 'Prosecutors, who pushed for ..., accused'
        ref = subject_before(text, lo, lo + len(text[lo:who].rstrip()) - 1, names)
        if ref is not None:
            return ref
    comma = text.rfind(",", lo, who)
    if comma > lo:
        mention = names.ending_at(comma)
        if mention is not None and mention.kind != "place":
            return SpeakerRef("name", mention.name, mention.start, mention.end, mention.title,
                              mention)
    # 'The migrant teen who bombed the Tube told ...': 'who' is said of people
    phrase = re.search(r"(?:^|\s)((?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo)\s+(?:[\w’'-]+\s+){0,3}[a-z]+)\s*$",
                       text[lo:who])
    if phrase is not None and text[who:who + 5].strip().startswith("who"):
        return SpeakerRef("description", phrase.group(1), lo + phrase.start(1),
                          lo + phrase.end(1))
    return None


_DOCUMENT_BEFORE_WHICH = re.compile(
    r"((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)),?\s*$")
