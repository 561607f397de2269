"""Score a prediction file against a gold file, by task name (what ``slant evaluate`` runs)."""

from __future__ import annotations

from pathlib import Path

from slant.errors import FormatError
from slant.scoring.report import Score

TASKS = ("si", "tc", "st1", "st2", "st3", "hyperpartisan")


def evaluate_files(task: str, gold: str | Path, predicted: str | Path) -> Score:
    """Read both files in the task's official format and score them."""
    if task == "si":
        from slant.formats.semeval2020 import read_si_labels
        from slant.scoring.spans import group_spans, score_si

        return score_si(
            group_spans((x.article_id, x.start, x.end) for x in read_si_labels(gold)),
            group_spans((x.article_id, x.start, x.end) for x in read_si_labels(predicted)),
        )
    if task == "tc":
        from slant.formats.semeval2020 import read_tc_labels
        from slant.scoring.techniques import score_tc
        from slant.taxonomy import PTC_TECHNIQUES

        gold_items = [(x.article_id, x.start, x.end, x.technique)
                      for x in read_tc_labels(gold, known=None)]
        pred_items = [(x.article_id, x.start, x.end, x.technique)
                      for x in read_tc_labels(predicted)]
        return score_tc(gold_items, pred_items, classes=PTC_TECHNIQUES)
    if task == "st1":
        from slant.formats.semeval2023 import read_genre_labels
        from slant.scoring.labels import score_single_label

        return score_single_label(
            {x.article_id: x.genre for x in read_genre_labels(gold, known=None)},
            {x.article_id: x.genre for x in read_genre_labels(predicted)},
        )
    if task == "st2":
        from slant.formats.semeval2023 import read_frame_labels
        from slant.scoring.labels import score_multi_label
        from slant.taxonomy import FRAMES

        return score_multi_label(
            {x.article_id: x.frames for x in read_frame_labels(gold, known=None)},
            {x.article_id: x.frames for x in read_frame_labels(predicted)},
            FRAMES, task="st2", what="articles",
        )
    if task == "st3":
        from slant.formats.semeval2023 import read_paragraph_labels
        from slant.scoring.labels import score_multi_label
        from slant.taxonomy import SEMEVAL2023_TECHNIQUES

        return score_multi_label(
            {(x.article_id, x.line): x.techniques
             for x in read_paragraph_labels(gold, known=None)},
            {(x.article_id, x.line): x.techniques for x in read_paragraph_labels(predicted)},
            SEMEVAL2023_TECHNIQUES, task="st3", what="paragraphs",
        )
    if task == "hyperpartisan":
        from slant.formats.hyperpartisan2019 import read_ground_truth, read_predictions
        from slant.scoring.binary import score_binary

        return score_binary(
            {x.article_id: x.hyperpartisan for x in read_ground_truth(gold)},
            {x.article_id: x.hyperpartisan for x in read_predictions(predicted)},
        )
    raise FormatError(f"unknown task {task!r}: choose one of {', '.join(TASKS)}")
