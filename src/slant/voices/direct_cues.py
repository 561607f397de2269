"""The cue and speaker of a direct quote: a reporting verb after or before it, 'according to',
a quoted label's subject, a transcript line, a dash and a name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from slant.voices.clause_subjects import main_clause_speaker, relative_antecedent
from slant.voices.clause_text import (
    CLAUSE_VERB_AFTER,
    COORDINATION_BEFORE,
    TOLD_VERBS,
    FoundQuote,
    clause_start,
    paragraph_of,
)
from slant.voices.lexicon import ORG_WORDS, REPORTING_PARTICIPLES, REPORTING_VERBS, TITLE_ABBREVIATIONS
from slant.voices.quotes import DirectQuote, word_count
from slant.voices.speakers import NameIndex, SpeakerRef, find_verbs, sentence_subject, subject_after, subject_before

_SENTENCE_BREAK = re.compile(  # not after an initial or a title: 'U.S. District Judge', 'Dr. Ray'
    r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{title})" for title in TITLE_ABBREVIATIONS)
    + r"[.!?](?=\s)|\n")
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to\s+([^,.;:]{2,80})[,:]\s*$")
_DASH_NAME = re.compile(r"[ \t]*\n?[ \t]*[–—-]+[ \t]*([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]*"
                        r"(?:\n|$|\(@\w+\))")  # '— Ann Lee (@annlee) May 1': a tweet's signature
_CUE_VERBS = REPORTING_VERBS | REPORTING_PARTICIPLES
# what may stand right before a quote whose cue comes first: 'said:', 'said,', 'said that',
# 'said “...”'
_CUE_BEFORE_OPENING = re.compile(r"(?:[:,]|\bthat|\b(?:said|says|added|adds|wrote|writes|"
                                 r"replied|tweeted|declared|reported|reports|stated|states|announced|warned|warns|"
                                 r"explained|asked|told\s+[A-Z][\w.’'-]*(?:\s+[A-Z]"
                                 r"[\w.’'-]*){0,3}))\s*$")
# verbs that quote a label from their subject: 'X branded the deal a "shameless act"'
_LABEL_VERBS = frozenset({"branded", "brands", "called", "calls", "dubbed", "dubs", "labelled",
                          "labeled", "labels", "termed", "terms", "described", "describes",
                          "dismissed", "dismisses", "denounced", "denounces", "decried",
                          "derided", "condemned", "hailed", "praised", "accused", "accuses",
                          "defended", "defends", "referred", "refers", "chanted", "shouted",
                          "yelled", "screamed", "muttered", "blasted", "blasts", "slammed",
                          "slams", "lambasted", "ridiculed", "mocked", "characterized",
                          "characterised", "portrayed", "touted", "lauded"})
# 'described him as a “nomad” and a “drifter”': a second label of the same verb
_SECOND_LABEL = re.compile(r"^[^\"“”‘:;]*[“\"][^\"“”]{1,60}[”\"]\s*,?\s*(?:and|or)\s+(?:a|an|the)?\s*$")
# 'Louis Farrakhan In Iran: “...”' / 'Audience: "..."': a name and a colon at a line start
_SPEAKER_COLON = re.compile(r"([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})(?:\s+In\s+[A-Z]\w+)?"
                            r"(?:\s*\[[^\]\n]{1,30}\])?:\s*$")
_COLON_BEFORE = re.compile(r":[ \t]*$")
_NAME_BEFORE_COLON = re.compile(r"(?:\s+In\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?:\s*$")
_WHO_BEFORE = re.compile(r"\s(?:who|which)\s+(?:(?:has|have|had|also|often|once)\s+)?$")
_PASSIVE_LABEL = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$")
_LABEL_PARTICIPLES = frozenset({"calling", "describing", "praising", "branding", "dubbing",
                                "labelling", "labeling", "dismissing", "denouncing", "hailing",
                                "referring", "defending", "chanting", "shouting", "yelling",
                                "screaming", "muttering", "blasting", "slamming",
                                "lambasting", "ridiculing", "mocking", "characterizing",
                                "portraying", "touting"})


def direct_with_cue(text: str, quote: DirectQuote, index: int, direct: list[DirectQuote],
                    paragraphs: Sequence[tuple[int, int]], names: NameIndex) -> FoundQuote:
    close = quote.close_mark if quote.close_mark is not None else quote.end
    _, para_end = paragraph_of(close, paragraphs)
    para_start, _ = paragraph_of(quote.open_mark, paragraphs)
    next_open = direct[index + 1].open_mark if index + 1 < len(direct) else len(text)
    prev_close = None
    if index > 0:
        prev = direct[index - 1]
        prev_close = prev.close_mark if prev.close_mark is not None else prev.end
    # 1. cue after the quote: '..., he said.' / '..., said Smith.'
    after_hi = min(para_end, next_open)
    after = text[close + 1 : after_hi]
    stop = _SENTENCE_BREAK.search(after)
    window = close + 1 + (stop.start() if stop and (stop.start() > 0 or after.startswith("\n"))
                          else len(after))  # a line break right after the quote: no cue after
    # a quote closing a sentence ('... “famadihana.” They say ...') takes no cue after it
    ends_sentence = text[close - 1 : close] == "." and bool(
        re.match(r"\s+[A-Z]", text[close + 1 : close + 3]))
    if quote.close_mark is not None and not ends_sentence and not _cue_of_next(
            text, close, window, next_open):
        for verb_start, verb_end in find_verbs(text, close + 1, min(window, close + 180)):
            ref = subject_after(text, verb_end, after_hi, names) \
                if not text[close + 1 : verb_start].strip(" ,") else \
                subject_before(text, close + 1, verb_start, names)
            if ref is None and not text[close + 1 : verb_start].strip(" ,"):
                ref = subject_after(text, verb_end, after_hi, names)
            if ref is not None and ref.end > verb_end and CLAUSE_VERB_AFTER.match(
                    text, ref.end):
                ref = None  # '"label", said the minister was ...': not this quote's cue
            if ref is not None:
                return FoundQuote(quote.start, quote.end, "direct", (verb_start, verb_end), ref)
            break
    # 1a. '“...” –Don Lemon': a dash and a name after the quote
    dash = _DASH_NAME.match(text, close + 1) if quote.close_mark is not None else None
    if dash is not None and not _byline(text, dash):
        mention = names.starting_at(dash.start(1))
        if mention is not None:
            return FoundQuote(quote.start, quote.end, "direct", (dash.start(), dash.start(1)),
                              SpeakerRef("name", mention.name, mention.start, mention.end,
                                         mention.title, mention))
    # 2. cue before the quote: 'He added: ...' / 'Vaz, chairman of X, said: ...'
    lo = max(para_start, prev_close + 1 if prev_close is not None else para_start)
    before = text[lo : quote.open_mark]
    if _CUE_BEFORE_OPENING.search(before):
        verbs = find_verbs(text, lo, quote.open_mark, _CUE_VERBS)
        if verbs:
            verb_start, verb_end = verbs[-1]
            # 'X made it clear to the Post on Monday what he plans: "..."' may run longer
            if word_count(text[verb_end : quote.open_mark]) <= (16 if before.rstrip().endswith(
                    ":") else 8):
                clause_lo = clause_start(text, lo, verb_start)
                word = text[verb_start:verb_end]
                if word in REPORTING_PARTICIPLES:  # '..., saying: "..."'
                    ref = main_clause_speaker(text, clause_lo, verb_start, [], names)
                else:
                    ref = subject_before(text, clause_lo, verb_start, names)
                if ref is None and word not in TOLD_VERBS:
                    ref = subject_after(text, verb_end, quote.open_mark, names)
                if ref is None and COORDINATION_BEFORE.search(text, clause_lo, verb_start):
                    ref = sentence_subject(text, clause_lo, verb_start, names)  # 'and added,'

                if ref is not None:
                    return FoundQuote(quote.start, quote.end, "direct", (verb_start, verb_end),
                                      ref)
    # 2a. 'according to the teacher, "..."'
    according = _ACCORDING_BEFORE.search(text, lo, quote.open_mark)
    if according is not None:
        ref, cue = _according_speaker(text, according, names)
        if ref is not None:
            return FoundQuote(quote.start, quote.end, "direct", cue, ref)
    # 2b. a label quoted from the sentence's subject: 'Grell branded the deal a "sham"'
    ref, cue = _label_subject(text, lo, quote.open_mark, names)
    if ref is not None:
        return FoundQuote(quote.start, quote.end, "direct", cue, ref)
    # 2c. a transcript or headline line: 'Farrakhan [in Farsi]: "..."', 'Audience: "..."'
    speaker = _SPEAKER_COLON.search(text, lo, quote.open_mark)
    if speaker is not None and (speaker.start(1) == 0 or text[speaker.start(1) - 1] == "\n"):
        ref = subject_before(text, speaker.start(1), speaker.end(1), names)
        if ref is None and len(speaker.group(1).split()) <= 2:
            ref = SpeakerRef("description", speaker.group(1), speaker.start(1), speaker.end(1))
        if ref is not None and ref.kind != "pronoun":
            return FoundQuote(quote.start, quote.end, "direct", (speaker.end(1), speaker.end(1) + 1),
                              ref)
    # 2d. a name right before the colon: '... is former chair Ann Lee: “...”', 'Ann Lee In
    # Oslo: “...”'
    named = _NAME_BEFORE_COLON.search(text, lo, quote.open_mark)
    if named is not None and not find_verbs(text, clause_start(text, lo, named.start()),
                                            named.start(), _CUE_VERBS):  # 'told the Star:'
        mention = names.ending_at(named.start())
        if mention is not None and mention.kind != "place":
            return FoundQuote(quote.start, quote.end, "direct", (mention.end, mention.end + 1),
                              SpeakerRef("name", mention.name, mention.start, mention.end,
                                         mention.title, mention))
    # 2e. a sentence without a reporting verb that ends in a colon right before the quote:
    # 'Lind gave the only answer she could: “...”': its subject speaks
    colon = _COLON_BEFORE.search(text, lo, quote.open_mark)
    if colon is not None:
        ref = _colon_sentence_subject(text, lo, colon.start(), names)
        if ref is not None:
            return FoundQuote(quote.start, quote.end, "direct", (colon.start(), colon.end()),
                              ref)
    # 3. a quote opening a paragraph after a paragraph that ends 'X said:'
    if quote.open_mark == para_start and para_start > 0:
        prev_para = next(((a, b) for a, b in reversed(paragraphs) if b < para_start), None)
        if prev_para is not None and text[prev_para[0] : prev_para[1]].rstrip().endswith(":") \
                and (prev_close is None or prev_close < prev_para[0]):
            verbs = find_verbs(text, prev_para[0], prev_para[1])
            ref, cue = None, None
            if verbs:
                verb_start, verb_end = cue = verbs[-1]
                clause_lo = clause_start(text, prev_para[0], verb_start)
                ref = subject_before(text, clause_lo, verb_start, names)
            else:
                colon = prev_para[0] + len(text[prev_para[0] : prev_para[1]].rstrip()) - 1
                according = _ACCORDING_BEFORE.search(text, prev_para[0], colon + 1)
                if according is not None:  # 'According to Ritter:'
                    ref, cue = _according_speaker(text, according, names)
                else:
                    ref, cue = _colon_sentence_subject(text, prev_para[0], colon, names), (
                        colon, colon + 1)
            if ref is not None:
                return FoundQuote(quote.start, quote.end, "direct", cue, ref)
    # 4. no cue: decided later (a quote right after another continues the same voice)
    return FoundQuote(quote.start, quote.end, "direct", None, None)


# a short cue sentence that leads into the next quote: ' Lind responded, “', ' Lind said: “'
_LEADING_CUE = re.compile(r"\s+[A-Z][^.!?\n\"“”]{0,60}[,:]\s*$")


def _cue_of_next(text: str, close: int, window: int, next_open: int) -> bool:
    """'“Why ...?” Lind responded, “We ...”': a quote that ends its sentence, then a cue that
    leads straight into the next quote: the cue is the next quote's, not this one's."""
    return text[close - 1 : close] in ("?", "!", ".") and next_open <= window + 1 and bool(
        _LEADING_CUE.fullmatch(text, close + 1, next_open))


def _according_speaker(text: str, according: re.Match[str], names: NameIndex
                       ) -> tuple[SpeakerRef | None, tuple[int, int]]:
    """The speaker named after 'according to', and the cue."""
    ref = subject_after(text, according.start(1), according.end(1) + 1, names)
    return ref, (according.start(), according.start(1) - 1)


def _byline(text: str, dash: re.Match[str]) -> bool:
    """'“...”\n— Ann Lee\nHarbour Times': the dash and name on a line of their own, and a
    publication or a copyright on the next line, sign the article, not the quote."""
    if "\n" not in dash.group(0)[: dash.start(1) - dash.start()]:
        return False
    line_end = text.find("\n", dash.end())
    next_line = text[dash.end() : line_end if line_end >= 0 else len(text)].strip()
    return "©" in next_line or bool(next_line) and next_line.split()[-1].lower() in ORG_WORDS


_STATEMENT_BY = re.compile(r"\b(?:statement|letter|message|remarks|comments|words|note|email|"
                          r"post|tweet)\s+(?:by|from)\s")
_TOPIC_HEADING = re.compile(r"\s*(?:On|About|Regarding|Re|Of|For|To|In)\s")


def _colon_sentence_subject(text: str, lo: int, colon: int, names: NameIndex
                            ) -> SpeakerRef | None:
    """The subject of the sentence that ends in ``colon``, when it holds no quote of its own."""
    breaks = list(_SENTENCE_BREAK.finditer(text, lo, colon))
    start = breaks[-1].end() if breaks else lo
    if any(ch in text[start:colon] for ch in "\"“”") or _TOPIC_HEADING.match(text, start, colon):
        return None  # 'On taxes: “...”' names a topic, not a speaker
    ref = sentence_subject(text, start, colon, names)
    if ref is None:  # 'Here’s the statement by Chairman and CEO Tom Linebarger:'
        by = _STATEMENT_BY.search(text, start, colon)
        mention = names.ending_at(colon) if by is not None else None
        if mention is not None and mention.start >= by.end() and mention.kind != "place":
            return SpeakerRef("name", mention.name, mention.start, mention.end, mention.title,
                              mention)
    if ref is None or ref.kind == "pronoun" and ref.start <= start:
        return None
    return ref


def _label_subject(text: str, lo: int, open_mark: int, names: NameIndex
                   ) -> tuple[SpeakerRef | None, tuple[int, int] | None]:
    clause_lo = clause_start(text, lo, open_mark)
    words = list(re.finditer(r"[a-z]+", text[clause_lo:open_mark]))
    for match in reversed(words[-12:]):
        word = match.group(0)
        if word not in _LABEL_VERBS and word not in _LABEL_PARTICIPLES:
            continue
        verb_start, verb_end = clause_lo + match.start(), clause_lo + match.end()
        between = text[verb_end:open_mark]
        if any(ch in between for ch in "\"“”‘:;") and not _SECOND_LABEL.search(between):
            return None, None
        # the sentence, beyond a previous quote on the line ('... “sold” and praising ...')
        sentence_lo = clause_start(text, text.rfind("\n", 0, clause_lo) + 1, verb_start)
        if word in _LABEL_PARTICIPLES:  # '..., the ministry said, describing it as a "..."'
            if text[clause_lo:verb_start].rstrip().endswith((",", " and")):
                ref = main_clause_speaker(text, sentence_lo, verb_start, [], names)
            else:  # 'with one source calling the man a "..."'
                ref = subject_before(text, clause_lo, verb_start, names)
                if ref is None or ref.kind == "pronoun":
                    return None, None
        elif _PASSIVE_LABEL.search(text, clause_lo, verb_start):
            return None, None  # 'its leaders were described as “...”': by nobody named
        else:
            ref = subject_before(text, clause_lo, verb_start, names)
        who = _WHO_BEFORE.search(text, clause_lo, verb_start) if ref is None else None
        if who is not None:  # 'Arpaio, who refers to himself as “...”'
            ref = relative_antecedent(text, clause_lo, who.start(), names)
        if ref is None and COORDINATION_BEFORE.search(text, clause_lo, verb_start):
            ref = sentence_subject(text, sentence_lo, verb_start, names)
        if ref is not None:
            return ref, (verb_start, verb_end)
        return None, None
    return None, None


def cited_title(text: str, quote: FoundQuote) -> bool:
    """'“Man Sentenced to 20 Years,” by Jan Ek, CBS News': the title of a cited article; and,
    past the title line, a quote with no cue written in title case ('a panel on “The Great Left
    Hope”')."""
    if re.match(r"[”\"’']?\s*by\s+[A-Z]", text[quote.end : quote.end + 12]):
        return True
    if "\n" not in text[: quote.start] or not _title_case(text[quote.start : quote.end]):
        return False
    # a title-case quote after 'the', 'on', 'titled' ... names a title even next to a cue
    # ('has signed the “Profession of Immutable Truths”', 'told “Face the Nation”')
    return quote.ref is None or bool(_BEFORE_TITLE.search(text, max(0, quote.start - 12),
                                                          quote.start))


# (not a label: 'whom he referred to as the “Great Satan”')
_BEFORE_TITLE = re.compile(r"(?<!\bas\s)\b(?:the|on|titled|entitled|headlined)\s+[“\"‘']$")
_MINOR_WORDS = frozenset("a an the and or but of in on at to for by with from as vs via about "
                         "into over".split())


def _title_case(phrase: str) -> bool:
    """Every word of two or more capitalised but the minor ones: a title, not speech."""
    words = re.findall(r"[A-Za-z][\w’'-]*", phrase)
    major = [w for w in words[1:] if w.lower() not in _MINOR_WORDS]
    return len(words) >= 2 and bool(major) and words[0][0].isupper() and all(
        w[0].isupper() for w in major)


def follows_cue_sentence(text: str, previous: FoundQuote, start: int) -> bool:
    """'"...," Grell told a crowd of dockworkers. "..."': the gap is the previous quote's cue
    sentence and nothing else."""
    if previous.kind != "direct" or previous.cue is None or previous.cue[0] < previous.end:
        return False
    gap = text[previous.cue[1] : start]
    if "\n\n" in gap:
        return False
    stop = _SENTENCE_BREAK.search(gap)
    if stop is None:
        return False
    return word_count(gap[: stop.start()]) <= 20 and word_count(gap[stop.end() :]) == 0


def without_cue(gap: str) -> str:
    words = re.findall(r"[\w’'-]+", gap)
    if any(w.lower() in REPORTING_VERBS for w in words) and len(words) <= 6:
        return ""
    return gap
