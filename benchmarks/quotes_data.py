"""Loader for the hand annotations of quotes and speakers (offsets and ids only).

Each ``benchmarks/data/quotes-annotations*.jsonl`` row holds ``article_id``, ``start``, ``end``
(code-point offsets into the PTC training article), ``kind`` (direct|indirect), ``speaker``
(canonical name) and ``speaker_mention`` ([start, end] of the phrase that names the speaker next
to the quote; absent when the quote carries on a previous quote's voice). What counts as a quote
is written down in ``benchmarks/data/ANNOTATING.md`` (guideline v2). The article text is never
stored here: :func:`load` joins the annotations with the corpus under ``--data``.

Sets:

- ``tuning``: 30 articles the rules were first developed on (``quotes-annotations.jsonl``);
- ``heldout``: 15 articles first kept out of tuning (``quotes-annotations-heldout.jsonl``); after
  its figures had been reported several times it became development data;
- ``dev2``: 16 more development articles (``quotes-annotations-dev2.jsonl``);
- ``dev3``: 36 more development articles (``quotes-annotations-dev3-*.jsonl``), annotated
  after the first ``heldout2`` measurement to widen what the rules are tuned on;
- ``dev``: the four above, 97 articles, which the rules may be tuned on (``dev61``: the
  first three, 61 articles, the development set before ``dev3``);
- ``heldout2``: 24 articles drawn by :func:`draw` and annotated by readers who never ran the
  layer (``quotes-annotations-heldout2-part*.jsonl``); the rules are never tuned on it.
- ``heldout3``: 24 more drawn articles, annotated the same way in the third session
  (``quotes-annotations-heldout3-part*.jsonl``); never tuned on. ``heldout23``: both held-out
  sets, 48 articles.
- ``dev4``: the last 30 drawn articles (``quotes-annotations-dev4-*.jsonl``), development data
  added in the third session; ``dev127``: ``dev`` with it (``dev97``: ``dev`` before it).
- ``heldout4`` and ``dev5``: the fourth session's draw of 15 + 15 longer articles (4,000-6,000
  characters; the shorter ones were all used), annotated the same way; ``heldout4`` is never
  tuned on, ``dev5`` is development data and ``dev`` holds it too (142 articles).
  ``heldout234``: the three held-out sets, 63 articles.
- ``dev6`` and ``heldout5``: the fifth session's draw of 15 + 15 more of the longer articles,
  annotated the same way; ``dev6`` is development data (``dev`` holds it, 157 articles;
  ``dev142`` is ``dev`` before it), ``heldout5`` is never tuned on. ``heldout2345``: the four
  held-out sets, 78 articles.
- ``dev7``/``heldout6`` (sixth session), ``heldout7``/``dev8`` (seventh session), and
  ``heldout8``/``dev9`` (eighth session, the last 20 articles of 6,001-8,000 characters,
  10 + 10). ``dev185`` is ``dev`` before ``dev9``; ``heldout2345678`` pools the held-out sets.
- ``heldout9`` and ``dev10`` (ninth session): news from outside PTC, the SemEval-2019
  hyperpartisan by-article training set, 15 + 15 articles of 1,500-6,000 characters drawn by
  :func:`draw_hyperpartisan`. Their ids are ``hp`` + the corpus id, and their offsets point
  into the text that slant's own reader makes of the XML (``XmlArticle.to_article``: title
  line, blank line, one paragraph per line); ``hyperpartisan-texts.json`` keeps a checksum of
  each text, so a change of that reader stops the loader instead of shifting every span.
  Annotated in the tenth session; ``dev`` now holds ``dev10`` (``dev195`` is ``dev`` before
  it) and ``heldout23456789`` pools the held-out sets, 131 articles.
- ``heldout10`` and ``dev11`` (tenth session): the next 15 + 30 of the same shuffled
  hyperpartisan ids. ``dev`` holds ``dev11`` too (240 articles; ``dev210`` is ``dev`` before
  it), and ``heldout2345678910`` pools every held-out set, 146 articles.
- ``heldout11`` and ``dev12`` (eleventh session): the next 15 + 30 of the same shuffled ids.
  ``dev`` holds ``dev12`` (``dev270``; ``dev240`` is ``dev`` before it) and ``dev13``, 30 more
  drawn later in the session, and ``heldout234567891011`` pools every held-out set, 161
  articles.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"
ANNOTATIONS = DATA / "quotes-annotations.jsonl"
HELDOUT = DATA / "quotes-annotations-heldout.jsonl"
DEV2 = DATA / "quotes-annotations-dev2.jsonl"
DEV3 = tuple(sorted(DATA.glob("quotes-annotations-dev3-*.jsonl")))
HELDOUT2 = tuple(sorted(DATA.glob("quotes-annotations-heldout2-part*.jsonl")))
DEV4 = tuple(sorted(DATA.glob("quotes-annotations-dev4-*.jsonl")))
HELDOUT3 = tuple(sorted(DATA.glob("quotes-annotations-heldout3-part*.jsonl")))
DEV5 = tuple(sorted(DATA.glob("quotes-annotations-dev5-*.jsonl")))
HELDOUT4 = tuple(sorted(DATA.glob("quotes-annotations-heldout4-part*.jsonl")))
DEV6 = tuple(sorted(DATA.glob("quotes-annotations-dev6-*.jsonl")))
HELDOUT5 = tuple(sorted(DATA.glob("quotes-annotations-heldout5-part*.jsonl")))
DEV7 = tuple(sorted(DATA.glob("quotes-annotations-dev7-*.jsonl")))
HELDOUT6 = tuple(sorted(DATA.glob("quotes-annotations-heldout6-part*.jsonl")))
HELDOUT7 = tuple(sorted(DATA.glob("quotes-annotations-heldout7-part*.jsonl")))
DEV8 = tuple(sorted(DATA.glob("quotes-annotations-dev8-*.jsonl")))
HELDOUT8 = tuple(sorted(DATA.glob("quotes-annotations-heldout8-part*.jsonl")))
DEV9 = tuple(sorted(DATA.glob("quotes-annotations-dev9-*.jsonl")))
HELDOUT9 = tuple(sorted(DATA.glob("quotes-annotations-heldout9-part*.jsonl")))
DEV10 = tuple(sorted(DATA.glob("quotes-annotations-dev10-*.jsonl")))
HELDOUT10 = tuple(sorted(DATA.glob("quotes-annotations-heldout10-part*.jsonl")))
DEV11 = tuple(sorted(DATA.glob("quotes-annotations-dev11-*.jsonl")))
HELDOUT11 = tuple(sorted(DATA.glob("quotes-annotations-heldout11-part*.jsonl")))
DEV12 = tuple(sorted(DATA.glob("quotes-annotations-dev12-*.jsonl")))
DEV13 = tuple(sorted(DATA.glob("quotes-annotations-dev13-*.jsonl")))
HELDOUT12 = tuple(sorted(DATA.glob("quotes-annotations-heldout12-part*.jsonl")))
DEV14 = tuple(sorted(DATA.glob("quotes-annotations-dev14-*.jsonl")))
HYPERPARTISAN_XML = Path("hyperpartisan") / "articles-training-byarticle-20181122.xml"
HYPERPARTISAN_CHECKSUMS = DATA / "hyperpartisan-texts.json"
#: the sets of the hyperpartisan draw, in the order they take the shuffled ids, with their sizes
HYPERPARTISAN_DRAW = (("heldout9", 15), ("dev10", 15), ("heldout10", 15), ("dev11", 30),
                      ("heldout11", 15), ("dev12", 30), ("dev13", 30), ("heldout12", 15),
                      ("dev14", 30))
#: prefix of the ids of annotated hyperpartisan articles
HP = "hp"
SETS: dict[str, tuple[Path, ...]] = {
    "tuning": (ANNOTATIONS,),
    "heldout": (HELDOUT,),
    "dev2": (DEV2,),
    "dev3": DEV3,
    "dev": (ANNOTATIONS, HELDOUT, DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7, *DEV8, *DEV9,
            *DEV10, *DEV11, *DEV12, *DEV13, *DEV14),
    "dev300": (ANNOTATIONS, HELDOUT, DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7, *DEV8, *DEV9,
               *DEV10, *DEV11, *DEV12, *DEV13),
    "dev270": (ANNOTATIONS, HELDOUT, DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7, *DEV8, *DEV9,
               *DEV10, *DEV11, *DEV12),
    "dev240": (ANNOTATIONS, HELDOUT, DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7, *DEV8, *DEV9,
               *DEV10, *DEV11),
    "dev210": (ANNOTATIONS, HELDOUT, DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7, *DEV8, *DEV9,
               *DEV10),
    "dev195": (ANNOTATIONS, HELDOUT, DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7, *DEV8, *DEV9),
    "dev185": (ANNOTATIONS, HELDOUT, DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7, *DEV8),
    "dev173": (ANNOTATIONS, HELDOUT, DEV2, *DEV3, *DEV4, *DEV5, *DEV6, *DEV7),
    "dev157": (ANNOTATIONS, HELDOUT, DEV2, *DEV3, *DEV4, *DEV5, *DEV6),
    "dev142": (ANNOTATIONS, HELDOUT, DEV2, *DEV3, *DEV4, *DEV5),
    "dev127": (ANNOTATIONS, HELDOUT, DEV2, *DEV3, *DEV4),
    "dev97": (ANNOTATIONS, HELDOUT, DEV2, *DEV3),
    "dev4": DEV4,
    "dev61": (ANNOTATIONS, HELDOUT, DEV2),
    "heldout2": HELDOUT2,
    "heldout2-part2": (DATA / "quotes-annotations-heldout2-part2.jsonl",),
    "heldout3": HELDOUT3,
    "heldout23": (*HELDOUT2, *HELDOUT3),
    "dev5": DEV5,
    "heldout4": HELDOUT4,
    "heldout234": (*HELDOUT2, *HELDOUT3, *HELDOUT4),
    "dev6": DEV6,
    "heldout5": HELDOUT5,
    "heldout2345": (*HELDOUT2, *HELDOUT3, *HELDOUT4, *HELDOUT5),
    "dev7": DEV7,
    "heldout6": HELDOUT6,
    "heldout23456": (*HELDOUT2, *HELDOUT3, *HELDOUT4, *HELDOUT5, *HELDOUT6),
    "heldout7": HELDOUT7,
    "dev8": DEV8,
    "heldout234567": (*HELDOUT2, *HELDOUT3, *HELDOUT4, *HELDOUT5, *HELDOUT6, *HELDOUT7),
    "heldout8": HELDOUT8,
    "dev9": DEV9,
    "heldout2345678": (*HELDOUT2, *HELDOUT3, *HELDOUT4, *HELDOUT5, *HELDOUT6, *HELDOUT7,
                       *HELDOUT8),
    "heldout9": HELDOUT9,
    "dev10": DEV10,
    "heldout10": HELDOUT10,
    "dev11": DEV11,
    "heldout11": HELDOUT11,
    "dev12": DEV12,
    "dev13": DEV13,
    "heldout12": HELDOUT12,
    "dev14": DEV14,
    "heldout23456789101112": (*HELDOUT2, *HELDOUT3, *HELDOUT4, *HELDOUT5, *HELDOUT6, *HELDOUT7,
                              *HELDOUT8, *HELDOUT9, *HELDOUT10, *HELDOUT11, *HELDOUT12),
    "heldout234567891011": (*HELDOUT2, *HELDOUT3, *HELDOUT4, *HELDOUT5, *HELDOUT6, *HELDOUT7,
                            *HELDOUT8, *HELDOUT9, *HELDOUT10, *HELDOUT11),
    "heldout2345678910": (*HELDOUT2, *HELDOUT3, *HELDOUT4, *HELDOUT5, *HELDOUT6, *HELDOUT7,
                          *HELDOUT8, *HELDOUT9, *HELDOUT10),
    "heldout23456789": (*HELDOUT2, *HELDOUT3, *HELDOUT4, *HELDOUT5, *HELDOUT6, *HELDOUT7,
                        *HELDOUT8, *HELDOUT9),
}
# the eight heldout2 articles annotated twice (benchmarks/quotes_agreement.py)
AGREEMENT_ARTICLES = ["999001188", "795079843", "999000565", "999000155", "730061195",
                      "761874505", "696735702", "730652769"]
DRAW_SEED = 2026


def draw(data_dir: str | Path, exclude: set[str]) -> dict[str, list[str]]:
    """The draw behind ``heldout2``, ``dev2``, ``dev3``, ``heldout3`` and ``dev4``: training
    articles of 800-4,000 characters not in ``exclude`` (the ``tuning`` and ``heldout`` ids),
    shuffled with seed 2026; the first 24 are ``heldout2``, the next 16 ``dev2``, the next 36
    ``dev3``, the next 24 ``heldout3`` and the last 30 ``dev4``. Then the draw behind
    ``heldout4``, ``dev5``, ``dev6`` and ``heldout5``: articles of 4,001-6,000 characters,
    shuffled with the same seed, four runs of 15, then ``dev7`` and ``heldout6``, two runs of 16.
    Then the seventh session's draw behind ``heldout7`` and ``dev8``: articles of 6,001-8,000
    characters, shuffled with the same seed, two runs of 12, and the eighth session's
    ``heldout8`` and ``dev9``, the last 20 of them in two runs of 10."""
    import random

    short, long, longer = [], [], []
    for path in sorted((Path(data_dir) / "ptc" / "train-articles").glob("article*.txt")):
        article_id = path.stem.removeprefix("article")
        length = len(path.read_text(encoding="utf-8"))
        if article_id not in exclude and 800 <= length <= 4000:
            short.append(article_id)
        elif 4000 < length <= 6000:
            long.append(article_id)
        elif 6000 < length <= 8000:
            longer.append(article_id)
    random.Random(DRAW_SEED).shuffle(short)
    random.Random(DRAW_SEED).shuffle(long)
    random.Random(DRAW_SEED).shuffle(longer)
    return {"heldout2": short[:24], "dev2": short[24:40], "dev3": short[40:76],
            "heldout3": short[76:100], "dev4": short[100:130],
            "heldout4": long[:15], "dev5": long[15:30], "dev6": long[30:45],
            "heldout5": long[45:60], "dev7": long[60:76], "heldout6": long[76:92],
            "heldout7": longer[:12], "dev8": longer[12:24],
            "heldout8": longer[24:34], "dev9": longer[34:44]}


def ptc_text(data_dir: str | Path, article_id: str) -> str:
    """The PTC training article ``article_id`` as read from its file."""
    path = Path(data_dir) / "ptc" / "train-articles" / f"article{article_id}.txt"
    if not path.exists():
        raise SystemExit(f"error: {path} not found (is --data the shared data folder?)")
    return path.read_text(encoding="utf-8")


def text_checksum(text: str) -> str:
    """The first 16 hex digits of the SHA-256 of ``text`` in UTF-8."""
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@functools.cache
def all_hyperpartisan_texts(data_dir: str | Path) -> dict[str, str]:
    """Every article of the hyperpartisan training XML as slant reads it, by ``hp`` + id (read
    once per process: the draw and the loader both need it, and the XML takes seconds)."""
    from slant.errors import InputError
    from slant.formats.hyperpartisan2019 import iter_xml_articles

    path = Path(data_dir) / HYPERPARTISAN_XML
    if not path.exists():
        raise SystemExit(f"error: {path} not found (is --data the shared data folder?)")
    texts = {}
    for item in iter_xml_articles(path):
        try:
            texts[HP + item.id] = item.to_article().text
        except InputError:  # no text in title or body: nothing to annotate
            continue
    return texts


def hyperpartisan_texts(data_dir: str | Path, article_ids: list[str]) -> dict[str, str]:
    """The texts of the annotated hyperpartisan articles ``article_ids``, each checked against
    the checksum kept when it was annotated."""
    if not article_ids:
        return {}
    texts = all_hyperpartisan_texts(data_dir)
    kept = json.loads(HYPERPARTISAN_CHECKSUMS.read_text(encoding="utf-8"))
    out = {}
    for article_id in article_ids:
        if article_id not in texts or article_id not in kept:
            raise SystemExit(f"error: hyperpartisan article {article_id} not found")
        if text_checksum(texts[article_id]) != kept[article_id]:
            raise SystemExit(f"error: slant now reads hyperpartisan article {article_id} "
                             "differently from when it was annotated: its offsets no longer hold")
        out[article_id] = texts[article_id]
    return out


def draw_hyperpartisan(data_dir: str | Path) -> dict[str, list[str]]:
    """The ninth session's draw: hyperpartisan articles of 1,500-6,000 characters as slant
    reads them, in id order, shuffled with seed 2026; the first 15 are ``heldout9``, the next
    15 ``dev10``; the tenth session took the next 15 as ``heldout10`` and 30 more as
    ``dev11``, the eleventh the next 15 as ``heldout11`` and 30 + 30 more as ``dev12`` and
    ``dev13``, the twelfth the next 15 as ``heldout12`` and 30 more as ``dev14``."""
    import random

    ids = sorted(i for i, text in all_hyperpartisan_texts(data_dir).items()
                 if 1500 <= len(text) <= 6000)
    random.Random(DRAW_SEED).shuffle(ids)
    drawn, taken = {}, 0
    for name, size in HYPERPARTISAN_DRAW:
        drawn[name] = ids[taken : taken + size]
        taken += size
    return drawn


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker: str
    speaker_mention: tuple[int, int] | None


@dataclass(frozen=True)
class AnnotatedArticle:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


def load(data_dir: str | Path, annotations: Path | tuple[Path, ...] = ANNOTATIONS,
         article_ids: list[str] | None = None) -> list[AnnotatedArticle]:
    """Annotated articles of ``annotations``; ``article_ids`` adds articles that have no row
    (annotated, no quote found)."""
    files = (annotations,) if isinstance(annotations, Path) else annotations
    files = tuple(path for path in files if path.exists())
    if not files:
        raise SystemExit("error: no annotation file of this set is in benchmarks/data yet")
    lines = [line for path in files for line in path.read_text(encoding="utf-8").splitlines()]
    by_article: dict[str, list[GoldQuote]] = {}
    for line in lines:
        if not line.strip():
            continue
        row = json.loads(line)
        mention = row.get("speaker_mention")
        by_article.setdefault(row["article_id"], []).append(GoldQuote(
            row["start"], row["end"], row["kind"], row["speaker"],
            tuple(mention) if mention else None))
    for article_id in article_ids or ():
        by_article.setdefault(article_id, [])
    hyperpartisan = hyperpartisan_texts(data_dir, [i for i in by_article if i.startswith(HP)])
    out = []
    for article_id, quotes in sorted(by_article.items()):
        text = hyperpartisan.get(article_id) or ptc_text(data_dir, article_id)
        out.append(AnnotatedArticle(article_id, text, tuple(sorted(quotes, key=lambda q: q.start))))
    return out


def load_set(data_dir: str | Path, name: str) -> list[AnnotatedArticle]:
    """The annotated articles of set ``name`` (a key of ``SETS``), with the drawn articles that
    hold no quote."""
    drawn: list[str] = []
    if name == "heldout2-part2":
        return load(data_dir, SETS[name], AGREEMENT_ARTICLES)
    if name not in ("tuning", "heldout"):
        early = {json.loads(line)["article_id"] for path in (ANNOTATIONS, HELDOUT)
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
        drawn_sets = draw(data_dir, early)
        parts = {"dev": ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                         "dev10", "dev11", "dev12", "dev13", "dev14"),
                 "dev300": ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                            "dev10", "dev11", "dev12", "dev13"),
                 "dev270": ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                            "dev10", "dev11", "dev12"),
                 "dev240": ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                            "dev10", "dev11"),
                 "dev210": ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                            "dev10"),
                 "dev195": ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9"),
                 "dev185": ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8"),
                 "dev173": ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7"),
                 "dev157": ("dev2", "dev3", "dev4", "dev5", "dev6"),
                 "dev142": ("dev2", "dev3", "dev4", "dev5"), "dev127": ("dev2", "dev3", "dev4"),
                 "dev97": ("dev2", "dev3"), "dev61": ("dev2",),
                 "heldout23": ("heldout2", "heldout3"),
                 "heldout234": ("heldout2", "heldout3", "heldout4"),
                 "heldout2345": ("heldout2", "heldout3", "heldout4", "heldout5"),
                 "heldout23456": ("heldout2", "heldout3", "heldout4", "heldout5", "heldout6"),
                 "heldout234567": ("heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                                   "heldout7"),
                 "heldout2345678": ("heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                                    "heldout7", "heldout8"),
                 "heldout23456789": ("heldout2", "heldout3", "heldout4", "heldout5",
                                     "heldout6", "heldout7", "heldout8", "heldout9"),
                 "heldout2345678910": ("heldout2", "heldout3", "heldout4", "heldout5",
                                       "heldout6", "heldout7", "heldout8", "heldout9",
                                       "heldout10"),
                 "heldout234567891011": ("heldout2", "heldout3", "heldout4", "heldout5",
                                         "heldout6", "heldout7", "heldout8", "heldout9",
                                         "heldout10", "heldout11"),
                 "heldout23456789101112": ("heldout2", "heldout3", "heldout4", "heldout5",
                                           "heldout6", "heldout7", "heldout8", "heldout9",
                                           "heldout10", "heldout11", "heldout12")}
        if any(part in dict(HYPERPARTISAN_DRAW) for part in parts.get(name, (name,))):
            drawn_sets |= draw_hyperpartisan(data_dir)
        # a drawn set counts only once its annotation files are in the repo
        drawn = [article_id for part in parts.get(name, (name,)) if SETS[part]
                 for article_id in drawn_sets[part]]
    return load(data_dir, SETS[name], drawn)


def main() -> None:
    """``python benchmarks/quotes_data.py text ID [--data DIR]``: print the text an annotation's
    offsets point into (a PTC training article, or ``hp`` + id for a hyperpartisan one)."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="Print the text that annotation offsets use.")
    parser.add_argument("step", choices=("text",))
    parser.add_argument("article_id")
    parser.add_argument("--data", default="/work/shared/data", help="the shared data folder")
    args = parser.parse_args()
    if args.article_id.startswith(HP):
        text = hyperpartisan_texts(args.data, [args.article_id])[args.article_id]
    else:
        text = ptc_text(args.data, args.article_id)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
