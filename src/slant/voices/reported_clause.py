"""Reported clauses after a reporting verb: 'X said (that) CLAUSE', participles, relative
clauses, 'to' clauses, and the inverted 'CLAUSE, X said.'"""

from __future__ import annotations

import re

from slant.voices.clause_subjects import description_ref, main_clause_speaker, relative_antecedent
from slant.voices.clause_text import (
    BARE_CLAUSE_VERBS,
    CLAUSE_VERB_AFTER,
    COORDINATION_BEFORE,
    TOLD_VERBS,
    TRAILING_ACCORDING,
    FoundQuote,
    clause_start,
    inside_any,
    trim_end,
    word_end,
)
from slant.voices.lexicon import (
    AUXILIARY_VERBS,
    DOCUMENT_NOUNS,
    INDIRECT_VERBS,
    PRONOUNS_SPEAKER,
    REPORTING_PARTICIPLES,
    ROLE_NOUNS,
)
from slant.voices.quotes import word_count
from slant.voices.speakers import (
    NameIndex,
    SpeakerRef,
    coordinated_subject,
    find_verbs,
    sentence_subject,
    subject_after,
    subject_before,
)

_THAT_CLAUSE = re.compile(r"(?:\s+(?!that\b)[\w’'.-]+){0,8}?\s+that,?\s+")
# 'told KNPR, a local radio station, that ...': the person told may have an appositive
_TOLD_THAT_CLAUSE = re.compile(r"(?:\s+(?!that\b)[\w’'.,-]+){0,8}?\s+that,?\s+")
_BARE_CLAUSE = re.compile(
    r"\s+(?!(?:in|on|at|of|to|for|with|by|from|during|after|before|about(?!\s+(?:half|a\s+"
    r"(?:third|quarter|fifth|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|\d))|so|and|"
    r"but|as|when|shortly|soon|moments|between|among|amid|via|outside|inside|despite|following|"
    r"ahead|according|"
    r"while|this\s+(?:week|month|year|morning|afternoon|evening|weekend|time|spring|summer|"
    r"autumn|fall|winter|as)|"
    r"last|earlier|later|yesterday|today|nothing|something|anything|it\.)\b)"
    r"(?=[A-Za-z0-9][\w’'-]*[\s,])"
)
# a time phrase between a reporting verb and its clause: 'said on Friday it will ...'
_VERB_TIME = re.compile(r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"yesterday|today|(?:last|this)\s+(?:week|month|year|morning|weekend))\b"
                        r"(?=[\s,])")
_RELATIVE_GAP = re.compile(r"\s*(?:(?:has|have|had|all|also|both|long|repeatedly|publicly|since|"
                           r"previously|already)\s+){0,3}")
_OUT = re.compile(r"\s+out\b")
_POSTED_GAP = re.compile(r"(?:\s+(?:on|to|in|online|earlier|later|Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Saturday|Sunday)\b[^,;:.]{0,60}?)?\s+that,?\s+")
_SAY = frozenset({"said", "says", "say", "saying"})  # followed by a clause often enough
# verbs that take the person told, then a clause without 'that': 'informed the committee he ...'
_INFORM_VERBS = frozenset({"informed", "informs", "assured", "assures", "reminded", "reminds",
                           "notified", "notifies"})
_NEGATED = re.compile(r"(?:\bnot|n[’']t|\bnever|\bdeclined\s+to|\brefused\s+to)\s+(?:\w+\s+)?$")
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+)?$")
_AUX_AFTER = re.compile(r"(?:was|were|is|are|had|has|have|will|would|could|can)\s")
# words that may open the stretch between a verb and its 'that': 'said in a statement that'
_GAP_OPENERS = frozenset({"however", "though", "in", "on", "at", "during", "to", "before", "after", "from", "with",
                          "over", "via", "through", "last", "this", "earlier", "later",
                          "yesterday", "today", "also", "again", "once", "repeatedly", "for",
                          "under", "about", "privately", "publicly", "previously", "recently",
                          "then", "now", "further", "separately", "monday", "tuesday", "wednesday",
                          "thursday", "friday", "saturday", "sunday"})
# the person told: 'told police he had a key', 'told reporters the country would ...'
_TOLD_OBJECT = re.compile(
    # a show's name too: 'told Face the Nation', 'told Around the League'
    r"\s+(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+|the\s+|of\s+the\s+)?[A-Z][\w.’'-]*){0,4}|"
    r"reporters|journalists|police|"
    r"officers|investigators|him|her|them|us|me|(?:the|a|an|his|her|their)\s+[a-z]+)(?=[\s,])")
# 'CLAUSE, her mother told the Atlanta Journal.': the person told, then the end
# verbs that name the person addressed before 'that': 'assured lawmakers that ...'
_OBJECT_THAT_VERBS = frozenset({"assured", "assures", "assure", "reassured", "reassures",
                                "informed", "informs", "reminded", "reminds", "warned", "warns",
                                "promised", "promises", "convinced", "notified", "notifies",
                                "warning", "warn", "cautioned", "cautioning", "reminding",
                                "assuring", "informing", "notifying"})
_TOLD_BY = re.compile(r"\s+by\s+((?:[\w’'.-]+\s+){1,8}?)that\s+")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|am)\s+$")
_PASSIVE_CUE_VERBS = frozenset({"asked", "told", "informed", "advised", "urged", "warned"})
_TOLD_TAIL = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}|reporters|"
                        r"journalists|police|(?:a|the)\s+(?:reporter|newspaper|paper|station))"
                        r"(?:\s+(?:in|on|at|during|last|this|after)\s[^,.;]{0,40})?[.!…]*\s*")
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|am)\s+(?:(?:now|also|still|already|even|[a-z]{3,}ly)\s+)?$")
# more verbs whose clause may come without 'that' (each checked by looks_like_clause, as is
# every verb but 'say')
_CHECKED_BARE_VERBS = frozenset({"denied", "denies", "hinted", "hints", "mentioned", "adding",
                                 "claiming", "insisting", "arguing", "warning",
                                 "noting", "suggesting", "hinting", "asserting", "admitting",
                                 "acknowledging", "denying", "confirming", "predicting",
                                 "estimated", "estimates", "deny", "suggests", "alleges",
                                 "alleged", "alleging", "affirming", "pointed out",
                                 "points out", "notes", "contending", "maintaining",
                                 "recommended", "recommends"})
# verbs whose reported content is a 'to' clause: 'vowed to ...', 'urged Congress to ...'
# 'accused the mayor of lying about ...': the gerund clause is what was said
_COLON_VERBS = frozenset({"reports", "reported", "writes", "wrote", "says", "said", "states",
                          "stated", "explains", "explained", "adds", "added", "notes", "noted"})
_COLON_CLAUSE = re.compile(r":\s*(?=[A-Z][a-z])")
_CALL_VERBS = frozenset({"called", "calls", "calling"})
# a 'to' clause's span starts at 'to', as the annotators mark it ('urged X to act now')
_CALL_ON_CLAUSE = re.compile(r"\s+(?:on|upon)\s+(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+\s+(?=to\s+[a-z])|"
                             r"\s+for\s+(?=(?:[\w’'.-]+\s+){1,6}?to\s+[a-z])")
_ACCUSE_VERBS = frozenset({"accused", "accuses", "accusing"})
_ACCUSED_OF = re.compile(r"(?:\s+(?!of\b)[\w’'.-]+){1,5}?\s+of\s+(?=[a-z]+ing\b)")
# 'admitted to aiding ...': the gerund clause is what was admitted
_ADMIT_VERBS = frozenset({"admitted", "admits", "admit", "admitting"})
_ADMIT_TO = re.compile(r"\s+to\s+(?=[a-z]+ing\b)")
_CITED_AS = re.compile(r"\b(?:cited|cites|quoted|quotes|quoting|citing)\s+((?:[\w’'.-]+\s+){1,6}?)"
                       r"as\s+$")
_TO_VERBS = frozenset({"promised", "promises", "promising", "vowed", "vows", "vowing", "pledged",
                       "pledges", "pledging", "threatened", "threatens", "threatening"})
_TO_OBJECT_VERBS = frozenset({"urged", "urges", "urging", "asked", "asks", "asking", "encouraged",
                              "encourages", "encouraging", "advised", "advises", "advising",
                              "implored", "implores", "imploring", "begged", "begs", "begging",
                              "exhorted", "exhorts", "exhorting"})
_TO_CLAUSE = re.compile(r"\s+(?=to\s+[a-z])")
# the person asked may be quoted: 'implored “every single player” to kneel'
_TO_OBJECT_CLAUSE = re.compile(r"(?:\s+(?!to\b)[\w’'.“”\"-]+){0,6}?\s+(?=to\s+[a-z])")
_QUOTED_OBJECT = re.compile(r"\s+[“\"][\w’'. -]+[”\"]\s+")
_WH_VERBS = frozenset({"mentioned", "mentions", "explained", "explains", "revealed", "asked",
                       "told", "tells", "wondered", "questioned", "noted", "describes",
                       "described", "describe", "describing", "recalls", "recalled", "recall"})
_WH_CLAUSE = re.compile(r"\s+(?:aloud\s+)?(?:how|whether|why|if)\s+")
_FINITE = re.compile(
    r"\b(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|did|does|do|"
    r"took|made|went|came|gave|got|knew|saw|left|put|ran|found|thought|kept|held|brought|began|"
    r"lost|paid|met|sent|built|fell|felt|led|stood|won|wrote|spoke|broke|told|said|became|"
    r"[a-z]{2,}ed)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|this|that)\s+$")
# 'ISIS fighters, he said, crossed ...': a cue set inside the reported clause
_PARENTHETICAL_VERBS = (r"said|says|added|adds|claimed|claims|warned|warns|noted|notes|insisted|"
                        r"insists|argued|argues|wrote|writes|explained|explains|stressed|"
                        r"stresses|continued|continues|say|claim|argue|insist|warn|note|write|"
                        r"contend|contends|maintain|maintains")
_PARENTHETICAL = re.compile(r",\s+([A-Za-z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
                            r"(" + _PARENTHETICAL_VERBS + r"|told(?=\s+(?:[A-Z][\w.’'-]*(?:\s+"
                            r"[A-Z][\w.’'-]*){0,2}|reporters|journalists)\s*,))"
                            r"(?:\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}|\s+reporters|"
                            r"\s+journalists)?\s*,\s+")
# '..., said the cardinal, ...': the verb before its subject
_PARENTHETICAL_INVERTED = re.compile(r",\s+(" + _PARENTHETICAL_VERBS + r")\s+((?:the\s+)?"
                                     r"[A-Za-z][\w.’'-]*(?:\s+[\w.’'-]+){0,5}?)\s*,\s+")
# an adverbial phrase before a parenthetical cue, and a subject pronoun after it: the reported
# clause is only what follows the cue
_OPENER_PHRASE = re.compile(r"(?:Given|After|Before|When|While|Although|Though|Despite|If|"
                            r"Since|Because|In|On|At|For|With|Without|Like|Unlike|As|Thus|So|"
                            r"However|Now|Still|Yet|Instead|Indeed|Moreover|Furthermore|"
                            r"Meanwhile|Then|Therefore|Hence)\b")
_SUBJECT_PRONOUN = re.compile(r"(?:he|she|they|we|I|it|there)\s")
# a name with an appositive or relative clause: 'Hunter, who is an expert at X,'
_APPOSITIVE_SUBJECT = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,\s+(?:who|which|the|a|an)\b")
# the author's own verb phrase after a reported clause: '..., but was admitted anyway', '... a
# suicide note but neglected to' (without a comma, 'could fire him but did not plan to' is
# still the report)
_AUTHOR_TAIL = re.compile(r",\s+but\s+(?:(?:also|then|still)\s+)?(?:did|does|has|had|was|were|"
                          r"would|could|[a-z]{3,}ed)\b|"
                          r",?\s+but\s+(?:(?:also|then|still)\s+)?(?:refused|declined|failed|"
                          r"neglected)\b|"
                          r",\s+(?:but|and|although|though)\s+(?:the|a|an|this|that)\s+[a-z]+|"
                          r",\s+and\s+[A-Z][a-z]+\s+[A-Z]|\s+which\s+means\b|"
                          r",\s+(?:though|when|while|but)\s+in\s+(?:fact|reality|truth)\b|"
                          r",\s+(?:linking|pointing)\s+to\b|,\s+And\s|,\s+and\s+then\s+(?:he|she|they)\s|"
                          r",?\s+and\s+(?:praising|"
                          r"calling|describing|blaming|making|using|branding|dismissing|"
                          r"denouncing)\b|"
                          # the speaker's own next act: '... a video and blamed the mayor'
                          # (a reporting verb there is no tail: the check below keeps it)
                          r"\s+and\s+(?:then\s+|also\s+|even\s+|thus\s+)?(?:levied|cited|"
                          r"blamed|praised|denounced|condemned|parroted|asked\s+for)\b")
# the speaker's next act after the report, in the tense of the cue: 'admitted that A and called
# for B', 'forecast that A, and mocked the senator': what follows is the author's account (a
# 'called for ... to' or 'urged ... to' clause there is found as a report of its own, and
# ', adding, “...”' opens a direct quote)
_SECOND_ACT = re.compile(r",?\s+and\s+(?:then\s+|also\s+|later\s+)?(?:mocked|ridiculed|"
                         r"criticized|criticised|attacked|thanked|apologized|apologised|"
                         r"urged|implored|accused|called\s+(?:for|on|upon))\b"
                         r"|,?\s+and\s+(?:are|is|was|were|has\s+been|have\s+been)\s+(?:calling|"
                         r"urging|demanding|asking)\b"  # '... and are calling for X to go'
                         r"|(?:,[”\"’]?|[”\"’],?)\s+adding[,:]?\s+(?=[“\"‘])"  # '..., adding, “I was never there.”'
                         r"|,?\s+and\s+(?:then\s+)?(?:added|said|continued)[,:]\s+(?=[“\"‘])"
                         # '..., claiming that B': a second report of the same speaker
                         r"|,[”\"’]?\s+(?=(?:adding|claiming|insisting|arguing|noting|warning|"
                         r"suggesting|asserting|explaining|stating|alleging|accusing)[\s,:])")
_AGE_APPOSITIVE = re.compile(r",\s*\d{1,3},")
_ENDS_WITH_CONJUNCTION = re.compile(r"\s(?:and|but)$")
# what joins a second cue to a reported clause: ', but ', ' and ', ', '
_JOINT_BEFORE_CUE = re.compile(r"(?:,\s+(?:(?:but|and|while|although|though)\s+)?|\s+(?:but|and)\s+)"
                               r"(?=(?:[\w’'.-]+\s+){1,4}?(?:(?:also|then|later|continued\s+to|"
                               r"went\s+on\s+to)\s+)?$)")
_NOT_CLAUSE_START = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                               "Saturday", "Sunday", "In", "On", "At", "Of"})


def reported_clause(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
                    names: NameIndex, verbs_from: int | None = None) -> FoundQuote | None:
    """The first reported clause of the sentence whose verb starts at or after
    ``verbs_from``."""
    if verbs_from is None or verbs_from == s_start:
        parenthetical = _parenthetical(text, s_start, s_end, quoted, names)
        if parenthetical is not None:
            return parenthetical
    for verb_start, verb_end in find_verbs(text, verbs_from or s_start, s_end, INDIRECT_VERBS):
        if inside_any(verb_start, quoted) or _NEGATED.search(text, s_start, verb_start):
            continue  # 'police had not mentioned if ...': nothing was said
        noun_before = _NOUN_BEFORE.search(text, s_start, verb_start)
        if text[verb_start:verb_end] in REPORTING_PARTICIPLES and noun_before is not None and (
                noun_before.group(0).split()[-1] not in DOCUMENT_NOUNS):
            continue  # 'released an unprecedented warning that ...': a noun, not a participle
        word = text[verb_start:verb_end]
        out = _OUT.match(text, verb_end, s_end) if word in ("pointed", "points") else None
        if out is not None:  # 'pointed out A': the verb is 'pointed out'
            verb_end, word = out.end(), word + " out"
        if word in _PASSIVE_CUE_VERBS and _PASSIVE_BEFORE.search(text, s_start, verb_start) and \
                not _TOLD_BY.match(text, verb_end, s_end):
            asked = _ASKED_THEN_TOLD.search(text, s_start, verb_start)
            found = _told_back(text, verb_start, verb_end, s_end, asked, names) if (
                asked is not None and word in TOLD_VERBS) else None
            if found is not None:
                return found  # 'reached out to the guild and were told that ...': the guild
            continue  # 'Lind was asked why ...': an agentless passive reports no speaker
        when = _VERB_TIME.match(text, verb_end, s_end)
        clause_from = when.end() if when is not None else verb_end
        clause = (_TOLD_THAT_CLAUSE if word in TOLD_VERBS else _THAT_CLAUSE).match(
            text, clause_from, s_end)
        if clause is not None and not _that_gap_ok(word, text[clause_from : clause.end()]):
            clause = None  # 'says he lived near X asserts that': the 'that' of another verb
        elif clause is not None and clause.end() - clause_from > 6 and _AUX_AFTER.match(
                text, clause.end()):
            clause = None  # 'said in a statement that was released': a relative 'that'
        if word == "posted" and (clause is None or not _POSTED_GAP.fullmatch(
                text, clause_from, clause.end())):
            continue  # 'posted on Twitter that ...', not 'posted a video that showed ...'
        if word.startswith("describ"):
            clause = None  # 'described evidence he had seen that ...': only 'described how'
        marks_ok = False  # a colon or quotation marks between the verb and the clause
        if clause is None and word in _COLON_VERBS:  # 'RT reports: To get there, ...'
            clause = _COLON_CLAUSE.match(text, verb_end, s_end)
            marks_ok = clause is not None
        if word in _CALL_VERBS:  # 'called on Congress to ...'; 'called' alone is a label verb
            clause = _CALL_ON_CLAUSE.match(text, verb_end, s_end)
            if clause is None:
                continue
        if clause is None and word.lower() in _ACCUSE_VERBS:
            clause = _ACCUSED_OF.match(text, clause_from, s_end)
        if clause is None and word.lower() in _ADMIT_VERBS:
            clause = _ADMIT_TO.match(text, clause_from, s_end)
        if clause is None and word.lower() in _TO_VERBS:
            clause = _TO_CLAUSE.match(text, clause_from, s_end)
        elif clause is None and word.lower() in _TO_OBJECT_VERBS:
            clause = _TO_OBJECT_CLAUSE.match(text, clause_from, s_end)
            marks_ok = clause is not None and _QUOTED_OBJECT.fullmatch(
                text, clause_from, clause.end()) is not None  # its marks are the object's
        if clause is None and word in ("expressed", "voiced"):  # 'expressed concern he was'
            view = _VIEW_BARE.match(text, clause_from, s_end)
            if view is not None and looks_like_clause(text, view.end(), s_end):
                clause = view
        if clause is None and word in _WH_VERBS:  # 'mentioned how CLAUSE': it starts after 'how'
            clause = _WH_CLAUSE.match(text, clause_from, s_end)
        told_by = _TOLD_BY.match(text, verb_end, s_end) if word in TOLD_VERBS else None
        if told_by is not None and _PASSIVE_BEFORE.search(text, s_start, verb_start):
            # 'she has been told by police attorneys that ...': the agent is the speaker
            start = told_by.end()
            end = trim_end(text, start, s_end)
            if word_count(text[start:end]) >= 3 and text[start] not in "\"“‘'":
                ref = description_ref(text, told_by.start(1), trim_end(
                    text, told_by.start(1), told_by.end(1)), names)
                return FoundQuote(start, end, "indirect", (verb_start, verb_end), ref)
        if clause is None and (word in TOLD_VERBS or word in _INFORM_VERBS):
            told = _TOLD_OBJECT.match(text, verb_end, s_end)
            if told is not None:
                when = _VERB_TIME.match(text, told.end(), s_end)
                clause = _BARE_CLAUSE.match(text, when.end() if when else told.end(), s_end)
        elif clause is None and (word in BARE_CLAUSE_VERBS or word in _CHECKED_BARE_VERBS
                                 or word.endswith(" clear")):
            clause = _BARE_CLAUSE.match(text, clause_from, s_end)
            if clause is not None:
                next_word = text[clause.end() : s_end].split(" ", 1)[0]
                if next_word in _NOT_CLAUSE_START:
                    clause = None
                elif word not in _SAY and not looks_like_clause(
                        text, clause.end(), _coordinated_cue(text, clause.end(), s_end)):
                    clause = None  # 'denied any link and said ...': a noun phrase, then a cue
        if clause is None:
            # inverted: 'The plan will fail, the minister said.'
            inverted = _inverted(text, s_start, s_end, verb_start, verb_end, quoted, names)
            if inverted is not None:
                return inverted
            continue
        if not marks_ok and any(ch in text[verb_end : clause.end()] for ch in "\"“‘:"):
            continue
        start = clause.end()
        if start >= s_end or (text[start] in "\"“‘'" or inside_any(start, quoted)) and not (
                text[clause_from:start].rstrip().endswith("that")
                and _opens_with_quoted_term(text, start, s_end, quoted)):
            continue
        clause_lo = clause_start(text, s_start, verb_start)
        relative = False
        cited = _CITED_AS.search(text, clause_lo, verb_start) if word == "saying" else None
        if cited is not None:  # 'The Guardian cited two sources as saying ...'
            ref = description_ref(text, cited.start(1), cited.end(1), names)
        elif word in REPORTING_PARTICIPLES and text[verb_start - 1] == " " and (
                mention := names.ending_at(verb_start - 1)) is not None:
            # 'The video shows Smith saying that ...'
            ref = SpeakerRef("name", mention.name, mention.start, mention.end, mention.title,
                             mention)
        elif word in REPORTING_PARTICIPLES and not _AUXILIARY_BEFORE.search(text, clause_lo, verb_start):
            # '..., adding that ...': the speaker of the main clause
            ref = main_clause_speaker(text, clause_lo, verb_start, quoted, names)
        else:
            ref = subject_before(text, clause_lo, verb_start, names)
        if ref is not None and ref.kind == "description" and _ENDS_WITH_CONJUNCTION.search(
                ref.text):
            ref = None  # 'Lee misquoted Bo and said ...': not a subject, a first predicate
        if ref is None and COORDINATION_BEFORE.search(text, clause_lo, verb_start):
            ref = coordinated_subject(text, clause_lo, verb_start, names) or sentence_subject(
                text, clause_lo, verb_start, names)
        if ref is None:  # 'Legislators who backed the bill said ...' / 'X, who says ...'
            who = list(re.finditer(r"\s(?:who|which)\s", text[clause_lo:verb_start]))
            if who and who[-1].start() > 0:
                # 'X, who (have all) said A, voted no'
                relative = _RELATIVE_GAP.fullmatch(text, clause_lo + who[-1].end(),
                                                   verb_start) is not None
                ref = relative_antecedent(text, clause_lo, clause_lo + who[-1].start(), names)
        appositive_subject = ref is not None and ref.kind == "name" and bool(ref.role)
        if word in BARE_CLAUSE_VERBS and _comma_before(text, s_start, verb_start) and (
                word_count(text[verb_end:s_end]) <= 8 or _name_with_appositive_after(
                    text, verb_end, s_end, names)) and not appositive_subject:
            # 'CLAUSE, says The Gazette in 2016.': an inverted cue, not a clause after the verb
            inverted = _inverted_after(text, s_start, s_end, verb_start, verb_end, quoted, names)
            if inverted is not None and inverted.ref is not None and \
                    inverted.ref.kind != "pronoun":
                return inverted
        if ref is None and _comma_before(text, s_start, verb_start):
            # 'CLAUSE, says the website X': the phrase after the verb is its subject
            inverted = _inverted_after(text, s_start, s_end, verb_start, verb_end, quoted, names)
            if inverted is not None:
                return inverted
        if ref is None:
            if not _unattributed_that(text, clause_lo, verb_start, word, clause_from, start):
                continue
            ref = sentence_subject(text, clause_lo, verb_start, names) or _leading_phrase(
                text, clause_lo, verb_start, names)
        trailing = TRAILING_ACCORDING.search(text, start, s_end)
        stop = trailing.start() if trailing else s_end
        tail = _AUTHOR_TAIL.search(text, start, stop)
        if tail is not None and tail.group(0).split()[-1] not in INDIRECT_VERBS:
            stop = tail.start()
        act = _SECOND_ACT.search(text, start, stop)
        if act is not None:
            stop = act.start()
        stop = _next_cue(text, start, stop, names)
        quoted_conjunct = _QUOTED_CONJUNCT.search(text, start, stop)
        if quoted_conjunct is not None and _closes_at_end(text, quoted_conjunct.end() - 1, stop,
                                                          quoted):
            stop = quoted_conjunct.start()  # 'that A and “one must B.”': B is a direct quote
        if _SUBORDINATE_OPENER.match(text, s_start, verb_start):
            comma = _main_clause_comma(text, start, stop)
            stop = comma if comma is not None else stop
        if relative:  # 'X, who says CLAUSE, told ...': the clause ends at the next comma
            ages = [m.span() for m in _AGE_APPOSITIVE.finditer(text, start, stop)]
            comma = next((i for i in range(start, stop) if text[i] == "," and not any(
                a <= i < b for a, b in ages)), -1)  # not a comma of 'Tom Berg, 53,'
            stop = comma if comma > 0 else stop
            main_verb = next((v for v, _ in find_verbs(text, start, stop, INDIRECT_VERBS)
                              if _THAT_CLAUSE.match(text, word_end(text, v), s_end)), None)
            stop = main_verb if main_verb is not None else stop  # '... who says A asserts that'

        end = trim_end(text, start, stop)
        if word_count(text[start:end]) < 3:
            continue
        return FoundQuote(start, end, "indirect", (verb_start, verb_end), ref)
    return None


# verbs of a person's speech whose that-clause is reported speech even when the subject before
# them is not found ('X, a spokesman for Y, said that ...'; 'went on to say that ...'); not the
# verbs that documents and evidence take too (confirm, reveal, suggest, show, note, report)
_SPEECH_THAT_VERBS = frozenset({"said", "says", "say", "saying", "stated", "states", "told",
                                "tells", "telling", "claimed", "claims", "claim", "claiming",
                                "alleged", "alleges", "insisted", "insists", "argued", "argues",
                                "concluded", "tweeted", "tweeting", "declared", "announced",
                                "whining", "whined", "complained", "added", "adds", "wrote",
                                "explained", "testified", "boasted", "bragged", "announce",
                                "ruled", "expressed", "voiced"})
_TO_BEFORE = re.compile(r"\b(?:safe|fair|needless|suffice\s+it|hard|easy|is|was|are)\s+to\s+$")


_LEADING_PHRASE = re.compile(r"(?:(?:Now|Then|Later|Still|Yet|And|But|So)\s+)?"
                             r"((?:[A-Za-z][\w’'-]*\s+){0,4}?[A-Za-z][\w’'-]*?)(?:[’']s)?"
                             r"(?=,|\s+(?:have|has|had|also|are|is|were|was|then|will|would)\b|"
                             r"\s*$)")


# 'We reached out to the guild for comment and were told (that)': the guild tells
_ASKED_THEN_TOLD = re.compile(r"\b(?:reached\s+out\s+to|contacted|asked|called|emailed)\s+"
                              r"(?!(?:why|how|whether|if|what|when|about)\b)"
                              r"((?:[\w’'.&-]+\s+){0,7}?[\w’'.&-]+)\s+(?:for\s+(?:a\s+)?comment\s+)?"
                              r"and\s+(?:was|were)\s+$")


def _told_back(text: str, verb_start: int, verb_end: int, s_end: int, asked: re.Match[str],
               names: NameIndex) -> FoundQuote | None:
    """The clause after 'told (that)', told by the party the writer had contacted."""
    that = re.match(r"\s+(?:that\s+)?", text[verb_end:s_end])
    start = verb_end + (that.end() if that else 0)
    end = trim_end(text, start, s_end)
    if word_count(text[start:end]) < 3 or text[start] in "\"“‘'":
        return None
    ref = description_ref(text, asked.start(1), asked.end(1), names)
    return FoundQuote(start, end, "indirect", (verb_start, verb_end), ref)


def _leading_phrase(text: str, clause_lo: int, verb_start: int, names: NameIndex
                    ) -> SpeakerRef | None:
    """The first phrase of the clause, up to a comma or an auxiliary, as the speaker of a
    reporting verb whose subject was not found: 'The letters, both sent Tuesday, claim that',
    'Two of those named have stated that', 'Now he's whining that'."""
    match = _LEADING_PHRASE.match(text, clause_lo, verb_start)
    if match is None:
        return None
    phrase = match.group(1)
    if phrase.lower() in PRONOUNS_SPEAKER - {"it", "i", "we"}:
        return SpeakerRef("pronoun", phrase, match.start(1), match.end(1))
    if not phrase[:1].isupper() or phrase.lower() in PRONOUNS_SPEAKER:
        return None
    return description_ref(text, match.start(1), match.end(1), names)


def _unattributed_that(text: str, clause_lo: int, verb_start: int, word: str, clause_from: int,
                       start: int) -> bool:
    """'X, a spokesman for Y, said that CLAUSE': a person's reporting verb with 'that' reports
    a clause even when its subject is not found (the speaker is then unknown); 'safe to say
    that' and 'the claim that' report nothing."""
    if word.lower() not in _SPEECH_THAT_VERBS or not text[clause_from:start].rstrip().endswith(
            "that"):
        return False
    before = text[clause_lo:verb_start]
    if _DETERMINER_BEFORE.search(before):
        return False  # 'the claim that ...', 'the narrative that claims that ...'
    return not _TO_BEFORE.search(before)


# words that start a phrase about the saying, not about what was said: '... “A” on Sunday'
_SAYING_CIRCUMSTANCES = frozenset({"on", "during", "at", "in", "last", "this", "yesterday",
                                   "today", "when", "while", "after", "before", "as", "ahead",
                                   "and", "but"})


def _opens_with_quoted_term(text: str, start: int, s_end: int, quoted: list[tuple[int, int]]
                            ) -> bool:
    """'warning that “the wards are full” of sick sailors': the clause opens with a quoted term
    and goes on after it (a clause that is all quote is a direct quote)."""
    closing = next((b for a, b in quoted if a == start), None)
    if closing is None or text[closing - 2] in ",.!?":
        return False  # '“A,” according to X': the quote is all there is
    after = text[closing : trim_end(text, closing, s_end)]
    return re.match(r"\s+[a-z]", after) is not None and word_count(after) >= 2 and \
        after.split()[0] not in _SAYING_CIRCUMSTANCES


# a second, fully quoted conjunct after a reported clause: 'that A and “B.”'
_QUOTED_CONJUNCT = re.compile(r"\s+(?:and|but)\s+[“\"]")
# a reported clause inside a subordinate clause that opens the sentence: 'Although the White
# House has said that A, his lawyer responded ...': A ends at the main clause
# a subordinate clause opening the sentence, after a short opener of its own ('On Thursday,
# after the court ruled that A, Lind stood ...')
_SUBORDINATE_OPENER = re.compile(r"(?:[A-Z][^,;.]{0,40},\s+)?(?:(?:Although|Though|Even\s+though|"
                                 r"While|Whereas|Because|Since|If|Even\s+if|When|After|Before|"
                                 r"Once|Until)|(?<=,\s)(?:although|though|while|because|since|if|"
                                 r"when|after|before|once|until))\s")
_MAIN_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:(?:his|her|their|its|the|a|an)\s+)?[\w’'.-]+"
                                      r"(?:,?\s+(?:[\w’'.-]+|[–—]))(?:,?\s+(?:[\w’'.-]+|[–—])){0,9}?"
                                      r",?\s+(?:has|have|had|is|was|are|"
                                      r"were|will|would|could|can|did|does|[a-z]{3,}ed|says|said|"
                                      r"stood|went|came|told|took|made|gave|left|wrote|spoke|"
                                      r"began|met|sent|held|won|lost|ran|got|knew|saw|kept)"
                                      r"\b|,\s+(?:he|she|they|it|we|I)\s")


def _closes_at_end(text: str, opening: int, stop: int, quoted: list[tuple[int, int]]) -> bool:
    """The quote opening at ``opening`` runs to the end of the stretch."""
    closing = next((b for a, b in quoted if a == opening), None)
    return closing is not None and closing >= trim_end(text, opening, stop)


def _main_clause_comma(text: str, start: int, stop: int) -> int | None:
    """The comma after which the sentence's main clause starts, when there is one."""
    for match in _MAIN_CLAUSE_AFTER_COMMA.finditer(text, start, stop):
        if word_count(text[start : match.start()]) > 1:
            return match.start()  # not the comma after 'internationally,' at the clause's start
    return None


def _next_cue(text: str, start: int, stop: int, names: NameIndex) -> int:
    """Where a later reporting verb with its own subject starts ('A, but Patel continued to
    claim that B', 'A, they have also said B'): the clause ends before it."""
    for verb_start, verb_end in find_verbs(text, start, stop, INDIRECT_VERBS):
        if text[verb_start:verb_end] in BARE_CLAUSE_VERBS and re.search(
                r",\s+$", text[start:verb_start]):
            return start + len(text[start:verb_start].rstrip(", "))  # 'X, who called for A, said:'
        joint = _JOINT_BEFORE_CUE.search(text, start, verb_start)
        if joint is None or joint.start() <= start or word_count(text[verb_end:stop]) < 2:
            continue  # '... a view that Lind and her lawyers have stated before': no new report
        ref = subject_before(text, joint.end(), verb_start, names)
        if ref is not None:
            return joint.start()
    return stop


_COORDINATED_CUE = re.compile(r"\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:" + "|".join(
    sorted(BARE_CLAUSE_VERBS, key=len, reverse=True)) + r")\b")


def _coordinated_cue(text: str, start: int, stop: int) -> int:
    """Where 'and said' (a second reporting verb of the same subject) starts, else ``stop``."""
    match = _COORDINATED_CUE.search(text, start, stop)
    return match.start() if match is not None else stop


def _name_with_appositive_after(text: str, verb_end: int, s_end: int, names: NameIndex) -> bool:
    """'..., said Sean Ragan, special agent in charge of ...': a name right after the verb,
    then its role."""
    mention = names.starting_at(verb_end + 1)
    return mention is not None and text.startswith(",", mention.end) and \
        text[verb_end:mention.start].strip() == ""


# what 'expressed' or 'voiced' says: 'expressed the belief that ...'
_VIEW_NOUNS = frozenset({"belief", "view", "hope", "concern", "concerns", "fear", "fears",
                         "opinion", "conviction", "confidence", "worry"})


_VIEW_BARE = re.compile(r"\s+(?:(?:the|his|her|their|its)\s+)?(?:" + "|".join(sorted(_VIEW_NOUNS))
                        + r")\s+(?=[a-z])")


def _that_gap_ok(verb: str, gap: str) -> bool:
    """The words between a reporting verb and its 'that' ('said in a statement on Friday that',
    'told reporters that'), not another clause ('said audio recordings show that', 'claims are
    certain to draw attention given that', 'said after concluding that')."""
    words = re.findall(r"[\w’'-]+", gap)[:-1]  # without the final 'that'
    if not words:
        return True
    lowered = [w.lower() for w in words]
    if any(w.lower() in INDIRECT_VERBS or w in AUXILIARY_VERBS for w in words):
        return False  # ('May' is a month, 'may' a modal)
    if verb in TOLD_VERBS or verb in _OBJECT_THAT_VERBS and len(words) <= 4 or lowered in (
            ["the", "fact"], ["out"], ["out", "the", "fact"]):
        return True  # 'detailed the fact that', 'pointed out that'
    if verb in ("expressed", "voiced") and len(words) <= 4 and any(
            w in _VIEW_NOUNS for w in lowered):
        return True  # 'expressed the belief that', 'expressed confidence Wednesday that'
    first = lowered[0]
    if first in ("after", "before", "while", "when", "since") and any(
            w.endswith("ing") for w in lowered[1:]):
        return False
    return first in _GAP_OPENERS or first.endswith("ly") or words[0] in _NOT_CLAUSE_START


def looks_like_clause(text: str, start: int, end: int) -> bool:
    """A finite verb within the first words: 'denied (that) the attack took place', not
    'denied the allegations'."""
    head = _AGE_APPOSITIVE.sub(lambda m: " " * len(m.group()), text[start:min(end, start + 90)])
    comma = head.find(",")
    head = head[:comma] if comma > 0 else head  # 'announced X's hire on May 2, and he ...'
    for match in _FINITE.finditer(head):
        if match.start() > 0 and _DETERMINER_BEFORE.search(head, 0, match.start()):
            continue  # 'the alleged attack'
        if re.search(r"\b(?:who|which|that)\s+$", head[: match.start()]):
            continue  # 'admitted two preachers who had praised ...'
        if re.search(r"\sand\s+$", head[: match.start()]):
            return False  # 'announced a bid for the seat and is ...': the subject's own verb
        return match.start() > 0
    return False


def _parenthetical(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]],
                   names: NameIndex) -> FoundQuote | None:
    """'ISIS fighters, he said, crossed the border': the whole sentence is the reported clause."""
    match = _PARENTHETICAL.search(text, s_start, s_end)
    subject, verb = 1, 2
    if match is None:
        match = _PARENTHETICAL_INVERTED.search(text, s_start, s_end)
        subject, verb = 2, 1
        if match is not None and _appositive_at(text, match.end(), s_end):
            return None  # '..., said Ada Lind, head of the office': not a parenthetical cue
    if match is None or inside_any(match.start(), quoted) or _stray_marks(text, s_start, s_end,
                                                                         quoted):
        return None
    if text.count(",", s_start, match.start()) or word_count(text[s_start:match.start()]) > 8:
        return None  # the cue must follow the clause's first phrase
    if re.match(r"(?:but|and|although|though)\s", text[match.end() : match.end() + 9]):
        return None  # 'A, Lind said, but B': two clauses around an inverted cue
    if text[match.end() : match.end() + 1] in ("\"", "“", "‘"):
        return None  # 'Last year, Lind said, “...”': the cue of a direct quote
    if subject == 1:
        ref = subject_before(text, match.start(1), match.start(2), names)
    else:
        ref = subject_after(text, match.end(1), match.end(2) + 1, names)
    if ref is None or ref.end != match.end(subject) and ref.kind != "name":
        return None
    end = trim_end(text, s_start, s_end)
    if word_count(text[match.end():end]) < 3:
        return None
    start = s_start
    if _OPENER_PHRASE.match(text, s_start, match.start()) or _SUBJECT_PRONOUN.match(
            text, match.end(), end):
        # 'Given his long experience, Lee said, he has ...': the clause follows the cue
        start = match.end()
    return FoundQuote(start, end, "indirect", (match.start(verb), match.end(verb)), ref)


def _appositive_at(text: str, pos: int, s_end: int) -> bool:
    """An appositive starts at ``pos``: a role noun, 'a'/'an', or 'the' and a role noun."""
    after = text[pos:s_end].split()[:2]
    return bool(after) and (after[0].lower() in ROLE_NOUNS or after[0] in ("a", "an") or len(
        after) == 2 and after[0] == "the" and after[1] in ROLE_NOUNS)


def _inverted(text: str, s_start: int, s_end: int, verb_start: int, verb_end: int,
              quoted: list[tuple[int, int]], names: NameIndex) -> FoundQuote | None:
    tail = text[verb_end:s_end]
    if text[verb_start:verb_end] not in BARE_CLAUSE_VERBS:
        return None
    if text[verb_start:verb_end] in TOLD_VERBS and not _TOLD_TAIL.fullmatch(tail):
        return None
    if not re.fullmatch(r"(?:\s+(?:(?:early|late)\s+)?(?:on|in|at|last|this|during)\s"
                        r"(?:[^,.;]|\.(?=\w)){0,60}"  # '... in a post on kath.net.'
                        r"|\s+(?:earlier|later)\b[^,.;]{0,30}|\s+(?:Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b[^,.;]{0,20})?"
                        r"(?:,\s+(?:[“\"]?(?:[a-z]+ing|which|who)|but)\b.*)?[.!…]*\s*", tail,
                        re.DOTALL) \
            and not (text[verb_start:verb_end] in TOLD_VERBS and _TOLD_TAIL.fullmatch(tail)):
        return _inverted_after(text, s_start, s_end, verb_start, verb_end, quoted, names)
    comma = text.rfind(",", s_start, verb_start)
    if comma < 0 or inside_any(s_start, quoted):
        return None
    mixed = _quoted_ending(text, s_start, comma, quoted)
    if inside_any(comma - 1, quoted) and not mixed:
        return None
    if re.search(r"\b(?:and|but|or|which|who)\b", text[comma:verb_start]):
        return None
    if any(ch in text[s_start:verb_start] for ch in "\"“”‘") and not mixed and not \
            _fragments_inside(text, s_start, comma, quoted):
        return None
    lo = comma + 1
    while lo < verb_start and text[lo] in "”\"’'":
        lo += 1  # '..., “ripe for fraud,” the audit said': the mark closes the fragment
    ref = subject_before(text, lo, verb_start, names)
    if ref is None:
        return None
    return clause_before_cue(text, s_start, comma, (verb_start, verb_end), ref)


def _quoted_ending(text: str, s_start: int, comma: int, quoted: list[tuple[int, int]]) -> bool:
    """'Each class got “equal time,” Lee told the Post.': a reported clause of the author's
    words that ends in a quoted fragment, its comma inside the closing mark; the clause, not
    the fragment, is what Lee said."""
    opening, closing = next(((a, b) for a, b in quoted if a < comma < b), (None, None))
    if opening is None or closing is None or text[closing - 1] not in "\"”’'" \
            or comma != closing - 2:
        return False
    return word_count(text[s_start:opening]) >= 3 and not _stray_marks(
        text, s_start, closing, quoted) and not re.search(r"[:;]", text[s_start:opening])


def _fragments_inside(text: str, s_start: int, comma: int, quoted: list[tuple[int, int]]) -> bool:
    """'The worker felt “a variety of symptoms” until April, Nauert said.': quoted fragments of
    a few words inside the author's wording of the clause, which opens with three words of its
    own; the clause is the report."""
    inner = [(a, b) for a, b in quoted if a < comma and b > s_start]
    return bool(inner) and all(s_start < a and b <= comma for a, b in inner) \
        and word_count(text[s_start:inner[0][0]]) >= 3 \
        and all(word_count(text[a:b]) <= 12 for a, b in inner) \
        and not _stray_marks(text, s_start, comma, quoted)


def _stray_marks(text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]]) -> bool:
    """Quotation marks in the sentence outside every paired quote (a quoted term inside the
    clause, 'the “long sleep”', is fine)."""
    return any(ch in "\"“”" and not inside_any(s_start + k, quoted)
               for k, ch in enumerate(text[s_start:s_end]))


def _comma_before(text: str, s_start: int, verb_start: int) -> bool:
    """The sentence part before the verb ends in a comma, or in a comma inside a closing mark
    ('The findings were “appalling,” said X')."""
    return text[s_start:verb_start].rstrip().endswith((",", ",”", ',"'))


def _inverted_after(text: str, s_start: int, s_end: int, verb_start: int, verb_end: int,
                    quoted: list[tuple[int, int]], names: NameIndex) -> FoundQuote | None:
    """'CLAUSE, said Dr. Allen Cheng, professor of ...' / 'CLAUSE, says The Express UK.'"""
    if not _comma_before(text, s_start, verb_start) or _stray_marks(text, s_start, s_end, quoted):
        return None
    before = text[s_start:verb_start].rstrip()
    mark = not before.endswith(",")  # 'The findings were “appalling,” said X'
    if text[verb_start:verb_end] in TOLD_VERBS or _APPOSITIVE_SUBJECT.match(text, s_start, verb_start):
        return None  # 'Hunter, who is an expert, told the Star': the clause is its subject
    comma = s_start + len(before) - 1 - mark
    if inside_any(s_start, quoted) or inside_any(comma - 1, quoted) and not (
            mark and _quoted_ending(text, s_start, comma, quoted)
            and looks_like_clause(text, s_start, comma)):
        return None
    ref = subject_after(text, verb_end, s_end, names)
    if ref is None or ref.kind == "pronoun" and text[verb_start:verb_end] != "said":
        return None
    if CLAUSE_VERB_AFTER.match(text, ref.end):
        return None
    return clause_before_cue(text, s_start, comma, (verb_start, verb_end), ref)


def clause_before_cue(text: str, s_start: int, comma: int, cue: tuple[int, int],
                       ref: SpeakerRef) -> FoundQuote | None:
    """The reported clause from the sentence start to the comma before an inverted cue, of four
    words or more; a sentence-initial 'And', 'But' or 'So' is left out ('And the number is
    growing, said X')."""
    start = s_start
    conjunction = re.match(r"(?:And|But|So)\s+", text[start : start + 5])
    if conjunction is not None:
        start += conjunction.end()
    end = trim_end(text, start, comma)
    if word_count(text[start:end]) < 4:
        return None
    return FoundQuote(start, end, "indirect", cue, ref)
