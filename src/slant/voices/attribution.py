"""Quotes with their speakers: direct quotes, indirect speech, cues, and speaker entities."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from slant.voices.entities import EntityRecord, EntityTable
from slant.voices.lexicon import (
    INDIRECT_VERBS,
    ORG_WORDS,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
    ROLE_NOUNS,
)
from slant.voices.names import find_names
from slant.voices.quotes import MIN_UNCUED_WORDS, DirectQuote, find_direct_quotes, word_count
from slant.voices.speakers import (
    NameIndex,
    SpeakerRef,
    SpeakerResolver,
    coordinated_subject,
    find_verbs,
    sentence_subject,
    subject_after,
    subject_before,
)

_SENTENCE_BREAK = re.compile(  # not after an initial or a title: 'U.S. District Judge', 'Dr. Ray'
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bMrs)(?<!\bGen)(?<!\bSen)"
    r"(?<!\bRep)(?<!\bGov)(?<!\bProf)[.!?](?=\s)|\n")
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to\s+([^,.;:]{2,80}),\s*$")
_THAT_CLAUSE = re.compile(r"(?:\s+(?!that\b)[\w’'.-]+){0,8}?\s+that,?\s+")
# 'told KNPR, a local radio station, that ...': the person told may have an appositive
_TOLD_THAT_CLAUSE = re.compile(r"(?:\s+(?!that\b)[\w’'.,-]+){0,8}?\s+that,?\s+")
_BARE_CLAUSE = re.compile(
    r"\s+(?!(?:in|on|at|of|to|for|with|by|from|during|after|before|about(?!\s+(?:half|a\s+"
    r"(?:third|quarter|fifth|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|\d))|so|and|"
    r"but|as|when|"
    r"while|this|last|earlier|later|yesterday|today|nothing|something|anything|it\.)\b)"
    r"(?=[A-Za-z0-9][\w’'-]*[\s,])"
)
# a time phrase between a reporting verb and its clause: 'said on Friday it will ...'
_VERB_TIME = re.compile(r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"yesterday|today|last\s+(?:week|month|year))\b(?=[\s,])")
_BARE_VERBS = frozenset({"said", "says", "warned", "warns", "claimed", "claims", "argued",
                         "argues", "insisted", "insists", "added", "adds", "believes", "stated",
                         "noted", "admitted", "acknowledged", "alleged", "suggested", "say",
                         "reported", "reports", "wrote", "writes", "explained", "confirmed",
                         "announced", "maintained", "asserted", "declared", "stressed",
                         "revealed", "predicted", "contended", "estimated", "told", "tells",
                         "tell", "warn", "claim", "argue", "insist", "predict", "contend",
                         "contends", "maintain", "maintains", "assert", "asserts", "allege",
                         "alleges", "suggest", "saying"})
_SAY = frozenset({"said", "says", "say", "saying"})  # followed by a clause often enough
_NEGATED = re.compile(r"(?:\bnot|n[’']t|\bnever|\bdeclined\s+to|\brefused\s+to)\s+(?:\w+\s+)?$")
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+)?$")
_DASH_NAME = re.compile(r"[ \t]*\n?[ \t]*[–—-]+[ \t]*([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]*(?:\n|$)")
_AUX_AFTER = re.compile(r"(?:was|were|is|are|had|has|have|will|would|could|can)\s")
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                         "would", "can", "could", "should", "may", "might", "must", "do", "does",
                         "did"})
# words that may open the stretch between a verb and its 'that': 'said in a statement that'
_GAP_OPENERS = frozenset({"in", "on", "at", "during", "to", "before", "after", "from", "with",
                          "over", "via", "through", "last", "this", "earlier", "later",
                          "yesterday", "today", "also", "again", "once", "repeatedly", "for",
                          "under", "about", "privately", "publicly", "previously", "recently",
                          "then", "now", "further", "separately", "monday", "tuesday", "wednesday",
                          "thursday", "friday", "saturday", "sunday"})
_TOLD = frozenset({"told", "tells", "tell", "telling"})
# the person told: 'told police he had a key', 'told reporters the country would ...'
_TOLD_OBJECT = re.compile(
    r"\s+(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,4}|reporters|journalists|police|"
    r"officers|investigators|him|her|them|us|me|(?:the|a|an|his|her|their)\s+[a-z]+)(?=\s)")
# 'CLAUSE, her mother told the Atlanta Journal.': the person told, then the end
_TOLD_TAIL = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}|reporters|"
                        r"journalists|police)[.!…]*\s*")
_PARTICIPLES = REPORTING_PARTICIPLES
_CUE_VERBS = REPORTING_VERBS | REPORTING_PARTICIPLES
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|am)\s+(?:(?:now|also|still|already|[a-z]{3,}ly)\s+)?$")
# verbs that need a clause-like stretch after them before it counts as reported speech
_CHECKED_BARE_VERBS = frozenset({"denied", "denies", "hinted", "hints", "mentioned", "adding",
                                 "claiming", "insisting", "arguing", "warning",
                                 "noting", "suggesting", "hinting", "asserting", "admitting",
                                 "acknowledging", "denying", "confirming", "predicting",
                                 "estimated", "estimates"})
# verbs whose reported content is a 'to' clause: 'vowed to ...', 'urged Congress to ...'
# 'accused the mayor of lying about ...': the gerund clause is what was said
_COLON_VERBS = frozenset({"reports", "reported", "writes", "wrote", "says", "said", "states",
                          "stated", "explains", "explained", "adds", "added", "notes", "noted"})
_COLON_CLAUSE = re.compile(r":\s+(?=[A-Z][a-z])")
_CALL_VERBS = frozenset({"called", "calls", "calling"})
_CALL_ON_CLAUSE = re.compile(r"\s+on\s+(?:[\w’'.-]+\s+){1,6}?to\s+(?=[a-z])")
_ACCUSE_VERBS = frozenset({"accused", "accuses", "accusing"})
_ACCUSED_OF = re.compile(r"(?:\s+(?!of\b)[\w’'.-]+){1,5}?\s+of\s+(?=[a-z]+ing\b)")
_CITED_AS = re.compile(r"\b(?:cited|cites|quoted|quotes|quoting|citing)\s+((?:[\w’'.-]+\s+){1,6}?)"
                       r"as\s+$")
_TO_VERBS = frozenset({"promised", "promises", "promising", "vowed", "vows", "vowing", "pledged",
                       "pledges", "pledging", "threatened", "threatens", "threatening"})
_TO_OBJECT_VERBS = frozenset({"urged", "urges", "urging", "asked", "asks", "asking"})
_TO_CLAUSE = re.compile(r"\s+to\s+(?=[a-z])")
_TO_OBJECT_CLAUSE = re.compile(r"(?:\s+(?!to\b)[\w’'.-]+){1,6}?\s+to\s+(?=[a-z])")
_WH_VERBS = frozenset({"mentioned", "mentions", "explained", "explains", "revealed", "asked",
                       "told", "tells", "wondered", "questioned", "noted"})
_WH_CLAUSE = re.compile(r"\s+(?:how|whether|why|if)\s+")
_FINITE = re.compile(
    r"\b(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|did|does|do|"
    r"took|made|went|came|gave|got|knew|saw|left|put|ran|found|thought|kept|held|brought|began|"
    r"lost|paid|met|sent|built|fell|felt|led|stood|won|wrote|spoke|broke|told|said|became|"
    r"[a-z]{2,}ed)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|this|that)\s+$")
# 'ISIS fighters, he said, crossed ...': a cue set inside the reported clause
_PARENTHETICAL = re.compile(r",\s+([A-Za-z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
                            r"(said|says|added|adds|claimed|claims|warned|warns|noted|notes|"
                            r"insisted|insists|argued|argues|wrote|writes|explained)\s*,\s+")
_SPLIT = re.compile(r",?\s+(?:but|and|while)\s+(?:also\s+)?(?:([a-z]+)\s+)?that\s+")
# a name with an appositive or relative clause: 'Hunter, who is an expert at X,'
_APPOSITIVE_SUBJECT = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,\s+(?:who|which|the|a|an)\b")
# a noun that reports a claim: 'making the extraordinary claim that ...'
_CLAIM_NOUN = re.compile(r"\b(?:making|made|make|makes|repeated|repeating)\s+(?:the|a|an|his|her|"
                         r"their)\s+(?:[a-z]+\s+)?(claim|allegation|assertion|argument|prediction)"
                         r"\s+that\s+")
# 'said A, but warned B': a second reported clause after a coordinated verb, without 'that'
_SPLIT_BARE = re.compile(r",?\s+(?:but|and)\s+(?:also\s+)?([a-z]+)\s+(?!that\b)(?=[A-Za-z])")
# the author's own verb phrase after a reported clause: '... a suicide note but neglected to'
_AUTHOR_TAIL = re.compile(r",?\s+but\s+(?:(?:also|then|still)\s+)?(?:did|does|has|had|was|were|"
                          r"would|could|refused|declined|failed|neglected|[a-z]{3,}ed)\b|"
                          r",\s+(?:but|and|although|though)\s+(?:the|a|an|this|that)\s+[a-z]+|"
                          r",\s+and\s+[A-Z][a-z]+\s+[A-Z]|\s+which\s+means\b|"
                          r",\s+(?:linking|pointing)\s+to\b|,\s+And\s|,?\s+and\s+(?:praising|"
                          r"calling|describing|blaming|making|using|branding|dismissing|"
                          r"denouncing)\b")
_AS_NOTED = re.compile(
    r"[\"“‘]?As\s+([^,;:.!?]{2,80}?)\s+(noted|notes|wrote|writes|said|says|reported|reports|"
    r"explained|explains|pointed out|observed|argued|argues|put it|warned|warns|told)"
    r"(?:\s[^,;:.!?]{0,50})?,\s+")
_TITLE_SAYS = re.compile(r"\s(Says|Say|says|say|Warns|warns|Claims|claims|Tells|tells)\s")
_POST_SUBJECT_TAIL = re.compile(r"[^.!?;]{0,120}[.!?]?\s*")
_NOT_CLAUSE_START = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                               "Saturday", "Sunday", "In", "On", "At", "Of"})
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
# a second cue at the end of a reported clause: ', according to X', ', The Gazette reported'
_TRAILING_ACCORDING = re.compile(r",\s*(?:according to\s|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z]"
                                 r"[\w’'.-]*){0,4}\s+(?:reported|reports)\b)")
# 'said the minister was ...': the verb takes a clause, the phrase after it is no inverted subject
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:is|was|are|were|had|has|have|would|will|could|should|might|must|can|did|does)\b")
# verbs that quote a label from their subject: 'X branded the deal a "shameless act"'
_LABEL_VERBS = frozenset({"branded", "brands", "called", "calls", "dubbed", "dubs", "labelled",
                          "labeled", "labels", "termed", "terms", "described", "describes",
                          "dismissed", "dismisses", "denounced", "denounces", "decried",
                          "derided", "condemned", "hailed", "praised", "accused", "accuses",
                          "defended", "defends", "referred", "refers", "chanted", "shouted",
                          "yelled", "screamed", "muttered"})
# 'described him as a “nomad” and a “drifter”': a second label of the same verb
_SECOND_LABEL = re.compile(r"^[^\"“”‘:;]*[“\"][^\"“”]{1,60}[”\"]\s*,?\s*(?:and|or)\s+(?:a|an|the)?\s*$")
_SECOND_LABEL_GAP = re.compile(r"[”\"’']\s*,?\s*(?:and|or)\s+(?:a|an|the)?\s*[“\"‘']")
# 'Louis Farrakhan In Iran: “...”' / 'Audience: "..."': a name and a colon at a line start
_SPEAKER_COLON = re.compile(r"([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})(?:\s+In\s+[A-Z]\w+)?"
                            r"(?:\s*\[[^\]\n]{1,30}\])?:\s*$")
_LABEL_PARTICIPLES = frozenset({"calling", "describing", "praising", "branding", "dubbing",
                                "labelling", "labeling", "dismissing", "denouncing", "hailing",
                                "referring", "defending", "chanting", "shouting", "yelling",
                                "screaming", "muttering"})
_COORDINATION = re.compile(r"(?:\band|\bbut|,)\s*$")
_END_TRIM = ".!?…;:, \t\n"


@dataclass(slots=True)
class FoundQuote:
    start: int
    end: int
    kind: str  # direct | indirect
    cue: tuple[int, int] | None
    ref: SpeakerRef | None
    speaker: EntityRecord | None = None
    inherit: bool = False


@dataclass(slots=True)
class Attribution:
    quotes: list[FoundQuote]
    table: EntityTable
    mention_entities: dict[int, EntityRecord]
    names: NameIndex


def attribute(text: str, paragraphs: Sequence[tuple[int, int]],
              sentences: Sequence[tuple[int, int]]) -> Attribution:
    mentions = find_names(text)
    names = NameIndex(mentions)
    table = EntityTable()
    mention_entities = {m.start: table.add_name(m) for m in mentions}

    direct = find_direct_quotes(text, paragraphs)
    quoted = [(q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1)
              for q in direct]
    found = [_direct_with_cue(text, q, i, direct, paragraphs, names) for i, q in enumerate(direct)]
    indirect = _indirect(text, sentences, quoted, names)
    found = [q for q in found if not any(i.start <= q.start and q.end <= i.end for i in indirect)]
    found = [q for i, q in enumerate(found)
             if q.ref is not None and not _cited_title(text, q)
             or q.ref is None and word_count(text[q.start:q.end]) >= MIN_UNCUED_WORDS
             and not _cited_title(text, q)
             or i > 0 and found[i - 1].ref is not None
             and _SECOND_LABEL_GAP.fullmatch(text, found[i - 1].end, q.start)]
    quotes = sorted(found + indirect, key=lambda q: q.start)
    for previous, quote in zip(quotes, quotes[1:], strict=False):
        if quote.ref is None:
            quote.inherit = word_count(_without_cue(text[previous.end : quote.start])) <= 1 \
                or _follows_cue_sentence(text, previous, quote.start) \
                or bool(_SECOND_LABEL_GAP.fullmatch(text, previous.end, quote.start))

    reported = quoted + [(q.start, q.end) for q in indirect]
    resolver = SpeakerResolver(table, names, mention_entities, reported,
                                [a for a, _ in sentences])
    previous = None
    for quote in quotes:
        if quote.ref is not None:
            quote.speaker = resolver.resolve(quote.ref)
        elif quote.inherit and previous is not None:
            quote.speaker = previous.speaker
        if quote.speaker is not None:
            quote.speaker.speaks = True
        previous = quote
    for quote in quotes:  # merged entities: follow to the kept record
        if quote.speaker is not None:
            quote.speaker = quote.speaker.current()
    for key, record in mention_entities.items():
        mention_entities[key] = record.current()
    return Attribution(quotes, table, mention_entities, names)


def _paragraph_of(pos: int, paragraphs: Sequence[tuple[int, int]]) -> tuple[int, int]:
    for a, b in paragraphs:
        if a <= pos <= b:
            return a, b
    return pos, pos


def _direct_with_cue(text: str, quote: DirectQuote, index: int, direct: list[DirectQuote],
                     paragraphs: Sequence[tuple[int, int]], names: NameIndex) -> FoundQuote:
    close = quote.close_mark if quote.close_mark is not None else quote.end
    _, para_end = _paragraph_of(close, paragraphs)
    para_start, _ = _paragraph_of(quote.open_mark, paragraphs)
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
    if quote.close_mark is not None and not ends_sentence:
        for verb_start, verb_end in find_verbs(text, close + 1, min(window, close + 180)):
            ref = subject_after(text, verb_end, after_hi, names) \
                if not text[close + 1 : verb_start].strip(" ,") else \
                subject_before(text, close + 1, verb_start, names)
            if ref is None and not text[close + 1 : verb_start].strip(" ,"):
                ref = subject_after(text, verb_end, after_hi, names)
            if ref is not None and ref.end > verb_end and _CLAUSE_VERB_AFTER.match(
                    text, ref.end):
                ref = None  # '"label", said the minister was ...': not this quote's cue
            if ref is not None:
                return FoundQuote(quote.start, quote.end, "direct", (verb_start, verb_end), ref)
            break
    # 1a. '“...” –Don Lemon': a dash and a name after the quote
    dash = _DASH_NAME.match(text, close + 1) if quote.close_mark is not None else None
    if dash is not None:
        mention = names.starting_at(dash.start(1))
        if mention is not None:
            return FoundQuote(quote.start, quote.end, "direct", (dash.start(), dash.start(1)),
                              SpeakerRef("name", mention.name, mention.start, mention.end,
                                         mention.title, mention))
    # 2. cue before the quote: 'He added: ...' / 'Vaz, chairman of X, said: ...'
    lo = max(para_start, prev_close + 1 if prev_close is not None else para_start)
    before = text[lo : quote.open_mark]
    if re.search(r"(?:[:,]|\bthat)\s*$", before):
        verbs = find_verbs(text, lo, quote.open_mark, _CUE_VERBS)
        if verbs:
            verb_start, verb_end = verbs[-1]
            # 'X made it clear to the Post on Monday what he plans: "..."' may run longer
            if word_count(text[verb_end : quote.open_mark]) <= (16 if before.rstrip().endswith(
                    ":") else 8):
                clause_lo = _clause_start(text, lo, verb_start)
                word = text[verb_start:verb_end]
                if word in _PARTICIPLES:  # '..., saying: "..."'
                    ref = _main_clause_speaker(text, clause_lo, verb_start, [], names)
                else:
                    ref = subject_before(text, clause_lo, verb_start, names)
                if ref is None and word not in _TOLD:
                    ref = subject_after(text, verb_end, quote.open_mark, names)
                if ref is None and _COORDINATION.search(text, clause_lo, verb_start):
                    ref = sentence_subject(text, clause_lo, verb_start, names)  # 'and added,'

                if ref is not None:
                    return FoundQuote(quote.start, quote.end, "direct", (verb_start, verb_end),
                                      ref)
    # 2a. 'according to the teacher, "..."'
    according = _ACCORDING_BEFORE.search(text, lo, quote.open_mark)
    if according is not None:
        ref = subject_after(text, according.start(1), according.end(1) + 1, names)
        if ref is not None:
            return FoundQuote(quote.start, quote.end, "direct",
                              (according.start(), according.start(1) - 1), ref)
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
    # 3. a quote opening a paragraph after a paragraph that ends 'X said:'
    if quote.open_mark == para_start and para_start > 0:
        prev_para = next(((a, b) for a, b in reversed(paragraphs) if b < para_start), None)
        if prev_para is not None and text[prev_para[0] : prev_para[1]].rstrip().endswith(":"):
            verbs = find_verbs(text, prev_para[0], prev_para[1])
            if verbs and (prev_close is None or prev_close < prev_para[0]):
                verb_start, verb_end = verbs[-1]
                clause_lo = _clause_start(text, prev_para[0], verb_start)
                ref = subject_before(text, clause_lo, verb_start, names)
                if ref is not None:
                    return FoundQuote(quote.start, quote.end, "direct", (verb_start, verb_end),
                                      ref)
    # 4. no cue: decided later (a quote right after another continues the same voice)
    return FoundQuote(quote.start, quote.end, "direct", None, None)


def _label_subject(text: str, lo: int, open_mark: int, names: NameIndex
                   ) -> tuple[SpeakerRef | None, tuple[int, int] | None]:
    clause_lo = _clause_start(text, lo, open_mark)
    words = list(re.finditer(r"[a-z]+", text[clause_lo:open_mark]))
    for match in reversed(words[-12:]):
        word = match.group(0)
        if word not in _LABEL_VERBS and word not in _LABEL_PARTICIPLES:
            continue
        verb_start, verb_end = clause_lo + match.start(), clause_lo + match.end()
        between = text[verb_end:open_mark]
        if any(ch in between for ch in "\"“”‘:;") and not _SECOND_LABEL.search(between):
            return None, None
        if word in _LABEL_PARTICIPLES:  # '..., the ministry said, describing it as a "..."'
            if text[clause_lo:verb_start].rstrip().endswith((",", " and")):
                sentence_lo = _clause_start(text, text.rfind("\n", 0, clause_lo) + 1, verb_start)
                ref = _main_clause_speaker(text, sentence_lo, verb_start, [], names)
            else:  # 'with one source calling the man a "..."'
                ref = subject_before(text, clause_lo, verb_start, names)
                if ref is None or ref.kind == "pronoun":
                    return None, None
        else:
            ref = subject_before(text, clause_lo, verb_start, names)
        if ref is None and _COORDINATION.search(text, clause_lo, verb_start):
            line_start = text.rfind("\n", 0, clause_lo) + 1
            ref = sentence_subject(text, _clause_start(text, line_start, verb_start), verb_start,
                                   names)
        if ref is not None:
            return ref, (verb_start, verb_end)
        return None, None
    return None, None


def _cited_title(text: str, quote: FoundQuote) -> bool:
    """'“Man Sentenced to 20 Years,” by Jan Ek, CBS News': the title of a cited article."""
    return bool(re.match(r"[”\"’']?\s*by\s+[A-Z]", text[quote.end : quote.end + 12]))


def _follows_cue_sentence(text: str, previous: FoundQuote, start: int) -> bool:
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


def _without_cue(gap: str) -> str:
    words = re.findall(r"[\w’'-]+", gap)
    if any(w.lower() in REPORTING_VERBS for w in words) and len(words) <= 6:
        return ""
    return gap


def _clause_start(text: str, lo: int, pos: int) -> int:
    segment = text[lo:pos]
    cut = max(segment.rfind(". "), segment.rfind("! "), segment.rfind("? "), segment.rfind("\n"))
    return lo + cut + 2 if cut >= 0 else lo


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _indirect(text: str, sentences: Sequence[tuple[int, int]], quoted: list[tuple[int, int]],
              names: NameIndex) -> list[FoundQuote]:
    out: list[FoundQuote] = []
    title_end = _title_end(text, sentences)
    for s_start, s_end in sentences:
        if s_end <= title_end:
            found = _headline(text, s_start, s_end, quoted, names)
            if found is not None:
                out.append(found)
                continue
        for c_start, c_end in _clauses(text, s_start, s_end, quoted):
            found = _as_noted(text, c_start, c_end, quoted, names)
            if found is None:
                found = _according_to(text, c_start, c_end, quoted, names)
            if found is None:
                found = _claim_noun(text, c_start, c_end, quoted, names)
            if found is not None:
                out.extend(_split_coordinated(text, found))
                continue
            lo = c_start
            while lo < c_end:  # 'X, who says A, told ... that B': one clause after another
                found = _reported_clause(text, c_start, c_end, quoted, names, lo)
                if found is None or lo > c_start and found.start < lo:
                    break  # a later cue over the whole sentence: not a second quote
                out.extend(_split_coordinated(text, found))
                after = max(found.end, found.cue[1] if found.cue is not None else found.end)
                if after <= lo:
                    break
                lo = after
    return out


def _clauses(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]]
             ) -> list[tuple[int, int]]:
    """A sentence cut at semicolons outside quotes: 'A asserted X; B maintained Y'."""
    parts, lo = [], s_start
    for match in re.finditer(";\\s+", text[s_start:s_end]):
        cut = s_start + match.start()
        if not _inside(cut, quoted):
            parts.append((lo, cut))
            lo = s_start + match.end()
    parts.append((lo, s_end))
    return parts


def _title_end(text: str, sentences: Sequence[tuple[int, int]]) -> int:
    """The end of a title line: the first line when a blank line follows it."""
    newline = text.find("\n")
    if newline < 0 or not text.startswith("\n", newline + 1) and not text[newline:].startswith(
            "\r\n\r\n"):
        return -1
    return newline


def _headline(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
              names: NameIndex) -> FoundQuote | None:
    """'Teravia says to close $2 bln canal deal', 'Harbour Clerk Says She Was Misled'."""
    match = _TITLE_SAYS.search(text, s_start, s_end)
    if match is None:
        return _headline_colon(text, s_start, s_end)
    lo = max(s_start, text.rfind(":", s_start, match.start()) + 1)
    ref = subject_before(text, lo, match.start(1), names)
    if ref is None:  # headline capitals hide names: take the words before the verb
        phrase = text[lo : match.start(1)].strip(" \"“”‘’'")
        if not 0 < len(phrase.split()) <= 5 or not phrase[:1].isupper():
            return None
        start = text.index(phrase, lo)
        ref = SpeakerRef("description", phrase, start, start + len(phrase))
    if ref.kind == "pronoun":
        return None
    start = match.end()
    end = _trim_end(text, start, s_end)
    if word_count(text[start:end]) < 3 or text.startswith(("of ", "Of "), start):
        return None  # 'U.S. Warns of Attacks': no statement
    return FoundQuote(start, end, "indirect", (match.start(1), match.end(1)), ref)


def _headline_colon(text: str, s_start: int, s_end: int) -> FoundQuote | None:
    """'Texas Mom: My Son Was Attacked ...' / '... could be stronger: WHO': a headline that
    gives a statement to a source named on one side of a colon."""
    colon = text.find(": ", s_start, s_end)
    if colon < 0 or text.find(": ", colon + 2, s_end) >= 0:
        return None
    sides = [(s_start, colon), (colon + 2, s_end)]
    for (src_lo, src_hi), (said_lo, said_hi) in (sides, sides[::-1]):
        source = text[src_lo:src_hi].strip(" \"“”‘’'")
        words = source.split()
        if not 0 < len(words) <= 3 or not _is_source(words):
            continue
        start = said_lo
        while start < said_hi and text[start] == " ":
            start += 1
        end = _trim_end(text, start, said_hi)
        if text[start] in "\"“‘'" and text[end - 1] in "\"”’'":  # a quoted headline statement
            start, end = start + 1, _trim_end(text, start + 1, end - 1)
        if word_count(text[start:end]) < 3:
            continue
        src_start = text.index(source, src_lo)
        ref = SpeakerRef("description", source, src_start, src_start + len(source))
        return FoundQuote(start, end, "indirect", (colon, colon + 1), ref)
    return None


def _is_source(words: list[str]) -> bool:
    """A headline's source: an acronym (WHO, UN) or a phrase with a role, organisation or
    group noun (Texas Mom, Study, Police)."""
    if any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words):
        return True
    lowered = [w.lower().strip(".,") for w in words]
    return any(w in ROLE_NOUNS or w in ORG_WORDS for w in lowered)


def _as_noted(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
              names: NameIndex) -> FoundQuote | None:
    """'As Slavo noted, CLAUSE' / 'As Paul wrote for The Post, CLAUSE'."""
    match = _AS_NOTED.match(text, s_start, s_end)
    if match is None or _inside(s_start, quoted):
        return None
    verb_start = match.start(2)
    ref = subject_before(text, match.start(1), verb_start, names)
    if ref is None:
        return None
    start = match.end()
    end = _trim_end(text, start, s_end)
    if word_count(text[start:end]) < 3 or text[start] in "\"“‘'":
        return None
    return FoundQuote(start, end, "indirect", (verb_start, match.end(2)), ref)


def _split_coordinated(text: str, quote: FoundQuote) -> list[FoundQuote]:
    """'confirmed that A but denied that B': two reported clauses of one speaker."""
    if quote.kind != "indirect":
        return [quote]
    match = _SPLIT.search(text, quote.start, quote.end)
    if match is None or match.group(1) is not None and match.group(1) not in INDIRECT_VERBS:
        match = _SPLIT_BARE.search(text, quote.start, quote.end)
        if match is None or match.group(1) not in _BARE_VERBS or not _looks_like_clause(
                text, match.end(), quote.end):
            return [quote]
    first = FoundQuote(quote.start, _trim_end(text, quote.start, match.start()), "indirect",
                       quote.cue, quote.ref)
    cue = quote.cue if match.group(1) is None else (match.start(1), match.end(1))
    second = FoundQuote(match.end(), quote.end, "indirect", cue, quote.ref)
    if word_count(text[first.start:first.end]) < 3 or word_count(
            text[second.start:second.end]) < 3:
        return [quote]
    return [first, second]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _END_TRIM:
        end -= 1
    return end


def _according_to(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
                  names: NameIndex) -> FoundQuote | None:
    match = _ACCORDING.search(text, s_start, s_end)
    if match is None or _inside(match.start(), quoted):
        return None
    if text.count("(", s_start, match.start()) > text.count(")", s_start, match.start()):
        return None  # '(6 minutes, according to the timeline)'
    if text.count("(", s_start, s_end) != text.count(")", s_start, s_end):
        return None
    ref = subject_after(text, match.end(), s_end, names)
    if ref is None:
        m = re.match(r"[^,.;]{2,60}", text[match.end() : s_end])
        if m is None:
            return None
        phrase = m.group(0).strip()
        ref = SpeakerRef("description", phrase, match.end(), match.end() + len(phrase))
    if text[s_start : match.start()].strip(" ,") == "":
        comma = text.find(",", ref.end, s_end)
        if comma < 0:
            return None
        start = comma + 1
        while start < s_end and text[start].isspace():
            start += 1
        end = _trim_end(text, start, s_end)
    else:
        if _has_own_speaker(text, s_start, match.start(), names):
            return None  # 'X said CLAUSE, according to court filings': X is the speaker
        start = s_start
        end = _trim_end(text, start, match.start())
    if word_count(text[start:end]) < 3 or text[start] in "\"“‘'":
        return None
    return FoundQuote(start, end, "indirect", (match.start(), match.end() - 1), ref)


def _has_own_speaker(text: str, lo: int, hi: int, names: NameIndex) -> bool:
    """The stretch before a trailing 'according to' opens with its own speaker and reporting
    verb ('She told a meeting that ...', 'Velden said she ...')."""
    for verb_start, _ in find_verbs(text, lo, hi, INDIRECT_VERBS):
        clause_lo = _clause_start(text, lo, verb_start)
        ref = subject_before(text, clause_lo, verb_start, names)
        return ref is not None and ref.kind in ("name", "pronoun")
    return False


def _reported_clause(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
                     names: NameIndex, verbs_from: int | None = None) -> FoundQuote | None:
    """The first reported clause of the sentence whose verb starts at or after
    ``verbs_from``."""
    if verbs_from is None or verbs_from == s_start:
        parenthetical = _parenthetical(text, s_start, s_end, quoted, names)
        if parenthetical is not None:
            return parenthetical
    for verb_start, verb_end in find_verbs(text, verbs_from or s_start, s_end, INDIRECT_VERBS):
        if _inside(verb_start, quoted) or _NEGATED.search(text, s_start, verb_start):
            continue  # 'police had not mentioned if ...': nothing was said
        if text[verb_start:verb_end] in _PARTICIPLES and _NOUN_BEFORE.search(
                text, s_start, verb_start):
            continue  # 'released an unprecedented warning that ...': a noun, not a participle
        word = text[verb_start:verb_end]
        when = _VERB_TIME.match(text, verb_end, s_end)
        clause_from = when.end() if when is not None else verb_end
        clause = (_TOLD_THAT_CLAUSE if word in _TOLD else _THAT_CLAUSE).match(
            text, clause_from, s_end)
        if clause is not None and not _that_gap_ok(word, text[clause_from : clause.end()]):
            clause = None  # 'says he lived near X asserts that': the 'that' of another verb
        elif clause is not None and clause.end() - clause_from > 6 and _AUX_AFTER.match(
                text, clause.end()):
            clause = None  # 'said in a statement that was released': a relative 'that'
        colon_clause = False
        if clause is None and word in _COLON_VERBS:  # 'RT reports: To get there, ...'
            clause = _COLON_CLAUSE.match(text, verb_end, s_end)
            colon_clause = clause is not None
        if word in _CALL_VERBS:  # 'called on Congress to ...'; 'called' alone is a label verb
            clause = _CALL_ON_CLAUSE.match(text, verb_end, s_end)
            if clause is None:
                continue
        if clause is None and word.lower() in _ACCUSE_VERBS:
            clause = _ACCUSED_OF.match(text, clause_from, s_end)
        if clause is None and word.lower() in _TO_VERBS:
            clause = _TO_CLAUSE.match(text, clause_from, s_end)
        elif clause is None and word.lower() in _TO_OBJECT_VERBS:
            clause = _TO_OBJECT_CLAUSE.match(text, clause_from, s_end)
        if clause is None and word in _WH_VERBS:
            clause = _WH_CLAUSE.match(text, clause_from, s_end)
            if clause is not None:  # 'mentioned how CLAUSE': the clause starts after 'how'
                clause = _WH_CLAUSE.match(text, clause_from, s_end) if text[
                    clause.start():clause.end()].split()[0] in ("how", "whether", "if",
                                                                 "why") else None
        if clause is None and word in _TOLD:
            told = _TOLD_OBJECT.match(text, verb_end, s_end)
            if told is not None:
                when = _VERB_TIME.match(text, told.end(), s_end)
                clause = _BARE_CLAUSE.match(text, when.end() if when else told.end(), s_end)
        elif clause is None and (word in _BARE_VERBS or word in _CHECKED_BARE_VERBS
                                 or word.endswith(" clear")):
            clause = _BARE_CLAUSE.match(text, clause_from, s_end)
            if clause is not None:
                next_word = text[clause.end() : s_end].split(" ", 1)[0]
                if next_word in _NOT_CLAUSE_START:
                    clause = None
                elif word not in _SAY and not _looks_like_clause(text, clause.end(), s_end):
                    clause = None
        if clause is None:
            # inverted: 'The plan will fail, the minister said.'
            inverted = _inverted(text, s_start, s_end, verb_start, verb_end, quoted, names)
            if inverted is not None:
                return inverted
            continue
        if not colon_clause and any(ch in text[verb_end : clause.end()] for ch in "\"“‘:"):
            continue
        start = clause.end()
        if start >= s_end or text[start] in "\"“‘'" or _inside(start, quoted):
            continue
        clause_lo = _clause_start(text, s_start, verb_start)
        relative = False
        cited = _CITED_AS.search(text, clause_lo, verb_start) if word == "saying" else None
        if cited is not None:  # 'The Guardian cited two sources as saying ...'
            ref = _description_ref(text, cited.start(1), cited.end(1), names)
        elif word in _PARTICIPLES and names.ending_at(verb_start - 1) is not None and \
                text[verb_start - 1] == " ":  # 'The video shows Smith saying that ...'
            mention = names.ending_at(verb_start - 1)
            assert mention is not None
            ref = SpeakerRef("name", mention.name, mention.start, mention.end, mention.title,
                             mention)
        elif word in _PARTICIPLES and not _AUXILIARY_BEFORE.search(text, clause_lo, verb_start):
            # '..., adding that ...': the speaker of the main clause
            ref = _main_clause_speaker(text, clause_lo, verb_start, quoted, names)
        else:
            ref = subject_before(text, clause_lo, verb_start, names)
        if ref is None and _COORDINATION.search(text, clause_lo, verb_start):
            ref = coordinated_subject(text, clause_lo, verb_start, names) or sentence_subject(
                text, clause_lo, verb_start, names)
        if ref is None:  # 'Legislators who backed the bill said ...' / 'X, who says ...'
            who = list(re.finditer(r"\s(?:who|which)\s", text[clause_lo:verb_start]))
            if who and who[-1].start() > 0:
                relative = who[-1].end() == verb_start - clause_lo
                ref = _relative_antecedent(text, clause_lo, clause_lo + who[-1].start(), names)
        appositive_subject = ref is not None and ref.kind == "name" and bool(ref.role)
        if word in _BARE_VERBS and text[s_start:verb_start].rstrip().endswith(",") and \
                word_count(text[verb_end:s_end]) <= 8 and not appositive_subject:
            # 'CLAUSE, says The Gazette in 2016.': an inverted cue, not a clause after the verb
            inverted = _inverted_after(text, s_start, s_end, verb_start, verb_end, quoted, names)
            if inverted is not None and inverted.ref is not None and \
                    inverted.ref.kind != "pronoun":
                return inverted
        if ref is None and text[s_start:verb_start].rstrip().endswith(","):
            # 'CLAUSE, says the website X': the phrase after the verb is its subject
            inverted = _inverted_after(text, s_start, s_end, verb_start, verb_end, quoted, names)
            if inverted is not None:
                return inverted
        if ref is None:
            continue
        trailing = _TRAILING_ACCORDING.search(text, start, s_end)
        stop = trailing.start() if trailing else s_end
        tail = _AUTHOR_TAIL.search(text, start, stop)
        if tail is not None and tail.group(0).split()[-1] not in INDIRECT_VERBS:
            stop = tail.start()
        if relative:  # 'X, who says CLAUSE, told ...': the clause ends at the next comma
            comma = text.find(",", start, stop)
            stop = comma if comma > 0 else stop
            main_verb = next((v for v, _ in find_verbs(text, start, stop, INDIRECT_VERBS)
                              if _THAT_CLAUSE.match(text, _word_end(text, v), s_end)), None)
            stop = main_verb if main_verb is not None else stop  # '... who says A asserts that'

        end = _trim_end(text, start, stop)
        if word_count(text[start:end]) < 3:
            continue
        return FoundQuote(start, end, "indirect", (verb_start, verb_end), ref)
    return None


def _claim_noun(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
                names: NameIndex) -> FoundQuote | None:
    """'..., said Rick, before making the claim that CLAUSE' / 'his assertion that CLAUSE'."""
    match = _CLAIM_NOUN.search(text, s_start, s_end)
    if match is None or _inside(match.start(), quoted):
        return None
    start = match.end()
    if text[start] in "\"“‘'":
        return None
    ref = _main_clause_speaker(text, s_start, match.start(), quoted, names)
    if ref is None:
        return None
    trailing = _TRAILING_ACCORDING.search(text, start, s_end)
    end = _trim_end(text, start, trailing.start() if trailing else s_end)
    if word_count(text[start:end]) < 3:
        return None
    return FoundQuote(start, end, "indirect", (match.start(1), match.end(1)), ref)


def _that_gap_ok(verb: str, gap: str) -> bool:
    """The words between a reporting verb and its 'that' ('said in a statement on Friday that',
    'told reporters that'), not another clause ('said audio recordings show that', 'claims are
    certain to draw attention given that', 'said after concluding that')."""
    words = re.findall(r"[\w’'-]+", gap)[:-1]  # without the final 'that'
    if not words:
        return True
    lowered = [w.lower() for w in words]
    if any(w in INDIRECT_VERBS or w in _AUXILIARIES for w in lowered):
        return False
    if verb in _TOLD or lowered in (["the", "fact"], ["out"], ["out", "the", "fact"]):
        return True  # 'detailed the fact that', 'pointed out that'
    first = lowered[0]
    if first in ("after", "before", "while", "when", "since") and any(
            w.endswith("ing") for w in lowered[1:]):
        return False
    return first in _GAP_OPENERS or first.endswith("ly") or words[0] in _NOT_CLAUSE_START


def _description_ref(text: str, start: int, end: int, names: NameIndex) -> SpeakerRef:
    """The phrase text[start:end] as a speaker: a name when it is one, else a description."""
    phrase = text[start:end].strip()
    mention = names.starting_at(start)
    if mention is not None and mention.end >= start + len(phrase) - 1:
        return SpeakerRef("name", mention.name, mention.start, mention.end, mention.title,
                          mention)
    return SpeakerRef("description", phrase, start, start + len(phrase))


def _word_end(text: str, pos: int) -> int:
    match = re.match(r"[\w’'-]+", text[pos:])
    return pos + (match.end() if match else 0)


def _looks_like_clause(text: str, start: int, end: int) -> bool:
    """A finite verb within the first words: 'denied (that) the attack took place', not
    'denied the allegations'."""
    head = text[start:min(end, start + 90)]
    comma = head.find(",")
    head = head[:comma] if comma > 0 else head  # 'announced X's hire on May 2, and he ...'
    for match in _FINITE.finditer(head):
        if match.start() > 0 and _DETERMINER_BEFORE.search(head, 0, match.start()):
            continue  # 'the alleged attack'
        if re.search(r"\b(?:who|which|that)\s+$", head[: match.start()]):
            continue  # 'admitted two preachers who had praised ...'
        return match.start() > 0
    return False


def _main_clause_speaker(text: str, lo: int, verb_start: int, quoted: list[tuple[int, int]],
                         names: NameIndex) -> SpeakerRef | None:
    """The speaker of the clause a participle hangs on: '"...," said Rick, adding that ...' /
    'Rick said ..., adding that ...'."""
    for cue_start, cue_end in reversed(find_verbs(text, lo, verb_start)):
        if _inside(cue_start, quoted):
            continue
        ref = subject_after(text, cue_end, verb_start, names)
        if ref is None or ref.kind == "pronoun" and not text[lo:cue_start].rstrip().endswith(
                (",", "”", '"')):
            ref = subject_before(text, _clause_start(text, lo, cue_start), cue_start, names)
        if ref is not None:
            return ref
    return sentence_subject(text, lo, verb_start, names)


def _relative_antecedent(text: str, lo: int, who: int, names: NameIndex) -> SpeakerRef | None:
    """The phrase a 'who'/'which' clause hangs on: 'Legislators who ...', 'CRIF, which ...',
    'Hunter Ray, the teen who ...'."""
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


def _parenthetical(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
                   names: NameIndex) -> FoundQuote | None:
    """'ISIS fighters, he said, crossed the border': the whole sentence is the reported clause."""
    match = _PARENTHETICAL.search(text, s_start, s_end)
    if match is None or _inside(match.start(), quoted) or _stray_marks(text, s_start, s_end,
                                                                         quoted):
        return None
    if text.count(",", s_start, match.start()) or word_count(text[s_start:match.start()]) > 8:
        return None  # the cue must follow the clause's first phrase
    ref = subject_before(text, match.start(1), match.start(2), names)
    if ref is None or ref.end != match.end(1) and ref.kind != "name":
        return None
    end = _trim_end(text, s_start, s_end)
    if word_count(text[match.end():end]) < 3:
        return None
    return FoundQuote(s_start, end, "indirect", (match.start(2), match.end(2)), ref)


def _inverted(text: str, s_start: int, s_end: int, verb_start: int, verb_end: int,
              quoted: list[tuple[int, int]], names: NameIndex) -> FoundQuote | None:
    tail = text[verb_end:s_end]
    if text[verb_start:verb_end] not in _BARE_VERBS:
        return None
    if text[verb_start:verb_end] in _TOLD and not _TOLD_TAIL.fullmatch(tail):
        return None
    if not re.fullmatch(r"(?:\s+(?:on|in|at|last|this|during)\s[^,.;]{0,60}|\s+(?:Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b[^,.;]{0,20})?"
                        r"(?:,\s+[“\"]?(?:[a-z]+ing|which|who)\b.*)?[.!…]*\s*", tail, re.DOTALL) \
            and not (text[verb_start:verb_end] in _TOLD and _TOLD_TAIL.fullmatch(tail)):
        return _inverted_after(text, s_start, s_end, verb_start, verb_end, quoted, names)
    comma = text.rfind(",", s_start, verb_start)
    if comma < 0 or any(_inside(p, quoted) for p in (s_start, comma - 1)):
        return None
    if re.search(r"\b(?:and|but|or|which|who)\b", text[comma:verb_start]):
        return None
    if any(ch in text[s_start:verb_start] for ch in "\"“”‘"):
        return None
    ref = subject_before(text, comma + 1, verb_start, names)
    if ref is None:
        return None
    start = s_start
    end = _trim_end(text, start, comma)
    if word_count(text[start:end]) < 4:
        return None
    return FoundQuote(start, end, "indirect", (verb_start, verb_end), ref)


def _stray_marks(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]]) -> bool:
    """Quotation marks in the sentence outside every paired quote (a quoted term inside the
    clause, 'the “long sleep”', is fine)."""
    return any(ch in "\"“”" and not _inside(s_start + k, quoted)
               for k, ch in enumerate(text[s_start:s_end]))


def _inverted_after(text: str, s_start: int, s_end: int, verb_start: int, verb_end: int,
                    quoted: list[tuple[int, int]], names: NameIndex) -> FoundQuote | None:
    """'CLAUSE, said Dr. Allen Cheng, professor of ...' / 'CLAUSE, says The Express UK.'"""
    before = text[s_start:verb_start].rstrip()
    if not before.endswith(",") or _stray_marks(text, s_start, s_end, quoted):
        return None
    if text[verb_start:verb_end] in _TOLD or _APPOSITIVE_SUBJECT.match(text, s_start, verb_start):
        return None  # 'Hunter, who is an expert, told the Star': the clause is its subject
    comma = s_start + len(before) - 1
    if _inside(s_start, quoted) or _inside(comma - 1, quoted):
        return None
    ref = subject_after(text, verb_end, s_end, names)
    if ref is None or ref.kind == "pronoun" and text[verb_start:verb_end] != "said":
        return None
    if _CLAUSE_VERB_AFTER.match(text, ref.end):
        return None
    end = _trim_end(text, s_start, comma)
    if word_count(text[s_start:end]) < 4:
        return None
    return FoundQuote(s_start, end, "indirect", (verb_start, verb_end), ref)
