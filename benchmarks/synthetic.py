"""Made-up news-like text for the load benchmarks (random words: nothing from any corpus)."""

from __future__ import annotations

import random

WORDS = (
    "the government minister said plan reform people nation crisis critics warned officials "
    "claimed economy workers families security leaders deal vote protest report experts new "
    "policy border health energy prices war peace law court party election media freedom "
    "disaster betrayal brave shameful historic corrupt reckless honest radical failed strong"
).split()


def synthetic_sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def synthetic_paragraph(rng: random.Random) -> str:
    """Two to four sentences."""
    return " ".join(synthetic_sentence(rng) for _ in range(rng.randint(2, 4)))
