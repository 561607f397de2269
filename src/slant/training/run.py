"""``slant train``: the whole recipe, from the corpora to a packaged, evaluated model folder.

1. fine-tune MiniLM with token, span and paragraph heads on the PTC train articles, and a quote
   head on those of them with hand-annotated quotes (``--quotes``);
2. export to ONNX and quantise to int8;
3. fit the article heads (genre, frames, hyperpartisan) on frozen int8 features;
4. choose thresholds on the dev split and report every dev figure, int8 and fp32.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch

from slant.document.article import Article
from slant.pipeline.bag_of_words import hashed_counts, inverse_document_frequency, tfidf
from slant.pipeline.encoder import OnnxEncoder
from slant.pipeline.heads import Heads, article_features
from slant.pipeline.labels import GENRE_LABELS
from slant.pipeline.model import ModelComponent
from slant.scoring.binary import score_binary
from slant.scoring.labels import score_multi_label, score_single_label
from slant.taxonomy import FRAMES
from slant.training.article_heads import (
    balanced_weights,
    fit_linear,
    kfold_indices,
    standardiser,
)
from slant.training.corpus import TrainingArticle, load_english, load_hyperpartisan
from slant.training.dev_eval import DevSet
from slant.training.fit_network import fit_network, tokenizer_file
from slant.training.loop import TrainConfig
from slant.training.network import SlantNetwork
from slant.training.package import add_heads, write_manifest, write_model_folder
from slant.training.quote_targets import read_quote_annotations

L2_GRID = (1e-3, 3e-3, 1e-2, 3e-2, 1e-1, 3e-1)
BOW_L2_GRID = (3e-6, 1e-5)


def _features(model: ModelComponent, texts: list[str]) -> np.ndarray:
    rows = []
    for first in range(0, len(texts), 16):
        for encoded in model.encode(texts[first : first + 16]):
            rows.append(article_features(encoded.hidden, encoded.token_probs))
    return np.stack(rows)


def _cv_choose(x: np.ndarray, y: np.ndarray, kind: str, score: Callable, classes: int | None,
               folds: int = 5, grid: tuple[float, ...] = L2_GRID) -> tuple[float, np.ndarray]:
    """The L2 weight with the best out-of-fold score, and its out-of-fold outputs."""
    best = None
    for l2 in grid:
        oof = np.zeros((len(x), classes or y.shape[1]), dtype=np.float32)
        for fold in kfold_indices(len(x), folds):
            train = np.setdiff1d(np.arange(len(x)), fold)
            weights = balanced_weights(y[train], classes) if kind == "multiclass" else None
            head = fit_linear(x[train], y[train], kind=kind, l2=l2, class_weight=weights)
            oof[fold] = head.logits(x[fold])
        value = score(oof)
        if best is None or value > best[0]:
            best = (value, l2, oof)
    return best[1], best[2]


def fit_article_heads(model: ModelComponent, english: list[TrainingArticle],
                      hyper: list[tuple[Article, bool]], log: Callable[[str], None]) -> dict:
    """Fit genre, frames, hyperpartisan; returns arrays for heads.npz plus report figures."""
    train = [a for a in english if a.split == "train" and a.genre is not None]
    dev = [a for a in english if a.split == "dev" and a.genre is not None]
    x_train = _features(model, [a.text for a in train])
    x_dev = _features(model, [a.text for a in dev])
    x_hyper = _features(model, [a.text for a, _ in hyper]) if hyper else None
    pool = np.concatenate([x_train, x_dev] + ([x_hyper] if x_hyper is not None else []))
    mean, std = standardiser(pool)

    def z(x: np.ndarray) -> np.ndarray:
        return (x - mean) / std

    arrays: dict[str, np.ndarray] = {"article_mean": mean, "article_std": std}
    report: dict = {}
    # genre
    genre_index = {g: i for i, g in enumerate(GENRE_LABELS)}
    y = np.asarray([genre_index[a.genre] for a in train])

    def genre_score(oof: np.ndarray) -> float:
        names = {str(i): GENRE_LABELS[int(k)] for i, k in enumerate(oof.argmax(1))}
        return score_single_label({str(i): GENRE_LABELS[k] for i, k in enumerate(y)}, names).value

    l2, _ = _cv_choose(z(x_train), y, "multiclass", genre_score, len(GENRE_LABELS))
    head = fit_linear(z(x_train), y, kind="multiclass", l2=l2,
                      class_weight=balanced_weights(y, len(GENRE_LABELS)))
    arrays["genre_w"], arrays["genre_b"] = head.weight, head.bias
    predicted = {a.id: GENRE_LABELS[int(k)] for a, k in zip(dev, head.logits(z(x_dev)).argmax(1), strict=True)}
    report["st1"] = score_single_label({a.id: a.genre for a in dev}, predicted).to_dict()
    report["st1"]["l2"] = l2
    log(f"genre: l2 {l2}, dev macro-F1 {report['st1']['value']:.4f}")
    # frames
    frame_index = {f: i for i, f in enumerate(FRAMES)}
    y = np.zeros((len(train), len(FRAMES)), dtype=np.float32)
    for row, article in enumerate(train):
        for frame in article.frames or []:
            y[row, frame_index[frame]] = 1.0

    def frames_at(probs: np.ndarray, cut: float) -> dict[int, list[str]]:
        return {i: [f for f, p in zip(FRAMES, r, strict=True) if p >= cut] for i, r in enumerate(probs)}

    gold_train = {i: [f for f, v in zip(FRAMES, r, strict=True) if v] for i, r in enumerate(y)}

    def best_cut(probs: np.ndarray) -> tuple[float, float]:
        return max(
            (score_multi_label(gold_train, frames_at(probs, c), FRAMES, "st2").value, c)
            for c in np.round(np.arange(0.1, 0.71, 0.05), 2)
        )

    l2, oof = _cv_choose(z(x_train), y, "multilabel", lambda o: best_cut(1 / (1 + np.exp(-o)))[0], None)
    cut = float(best_cut(1 / (1 + np.exp(-oof)))[1])
    head = fit_linear(z(x_train), y, kind="multilabel", l2=l2)
    arrays["frames_w"], arrays["frames_b"] = head.weight, head.bias
    dev_probs = 1 / (1 + np.exp(-head.logits(z(x_dev))))
    predicted = {
        a.id: [f for f, p in zip(FRAMES, r, strict=True) if p >= cut]
        for a, r in zip(dev, dev_probs, strict=True)
    }
    report["st2"] = score_multi_label({a.id: a.frames or [] for a in dev}, predicted, FRAMES, "st2").to_dict()
    report["st2"].update(l2=l2, threshold=cut)
    log(f"frames: l2 {l2}, threshold {cut} (out-of-fold), dev micro-F1 {report['st2']['value']:.4f}")
    # hyperpartisan: two views (encoder features, hashed word counts), each an L2-regularised
    # logistic regression with its weight chosen by 5-fold cross-validation; the prediction is
    # the mean of the two probabilities. Reported: out-of-fold accuracy of that mean.
    if x_hyper is not None:
        y = np.asarray([[float(label)] for _, label in hyper], dtype=np.float32)
        ids = [str(i) for i in range(len(hyper))]
        gold = dict(zip(ids, (bool(v) for v in y[:, 0]), strict=True))

        def accuracy(probabilities: np.ndarray) -> float:
            return score_binary(gold, dict(zip(ids, (bool(v) for v in probabilities >= 0.5), strict=True))).value

        def sig(x: np.ndarray) -> np.ndarray:
            return 1 / (1 + np.exp(-x[:, 0]))

        counts = np.stack([hashed_counts(article.text) for article, _ in hyper])
        idf = inverse_document_frequency(counts)
        x_bow = tfidf(counts, idf)
        l2, oof = _cv_choose(z(x_hyper), y, "multilabel", lambda o: accuracy(sig(o)), None, grid=L2_GRID)
        l2_bow, oof_bow = _cv_choose(x_bow, y, "multilabel", lambda o: accuracy(sig(o)), None, grid=BOW_L2_GRID)
        both = 0.5 * (sig(oof) + sig(oof_bow))
        cv = score_binary(gold, dict(zip(ids, (bool(v) for v in both >= 0.5), strict=True)))
        head = fit_linear(z(x_hyper), y, kind="multilabel", l2=l2)
        arrays["hyperpartisan_w"], arrays["hyperpartisan_b"] = head.weight, head.bias
        head = fit_linear(x_bow, y, kind="multilabel", l2=l2_bow)
        arrays["hyperpartisan_bow_w"], arrays["hyperpartisan_bow_b"] = head.weight, head.bias
        arrays["bow_idf"] = idf
        report["hyperpartisan_cv"] = cv.to_dict()
        report["hyperpartisan_cv"].update(
            l2=l2, l2_bow=l2_bow, encoder_view_accuracy=accuracy(sig(oof)),
            word_view_accuracy=accuracy(sig(oof_bow)),
        )
        log(f"hyperpartisan: 5-fold CV accuracy {cv.value:.4f} (encoder view {accuracy(sig(oof)):.4f}, "
            f"word view {accuracy(sig(oof_bow)):.4f})")
    report["frames_threshold"] = cut
    return {"arrays": arrays, "report": report}


def dev_figures(model: ModelComponent, dev: list[TrainingArticle], tune: bool) -> dict:
    devset = DevSet(model, dev)
    if tune:
        threshold, gap, si = devset.tune_si()
        cuts, st3 = devset.tune_st3()
    else:
        threshold, gap = model.thresholds["si"], model.thresholds["si_gap"]
        si, cuts = devset.si(threshold, gap), model.thresholds["paragraph"]
        st3 = devset.st3(cuts)
    return {"si": si.to_dict(), "tc": devset.tc().to_dict(), "st3": st3.to_dict(),
            "si_threshold": threshold, "si_gap": gap, "paragraph_thresholds": cuts}


def train(data_dir: Path, out_dir: Path, *, config: TrainConfig, version: str,
          work_dir: Path | None = None, resume: bool = False, limit: int | None = None,
          quotes: Path | None = None, log: Callable[[str], None] = print) -> dict:
    started = time.perf_counter()
    work_dir = work_dir or out_dir.parent / f"{out_dir.name}-work"
    english = load_english(data_dir)
    if limit:
        english = [a for a in english if a.split == "train"][:limit] + \
                  [a for a in english if a.split == "dev"][: max(2, limit // 4)]
    train_articles = [a for a in english if a.split == "train"]
    dev_articles = [a for a in english if a.split == "dev"]
    if quotes is not None:  # quote targets for the train articles annotated (never dev ones)
        annotated = read_quote_annotations(quotes)
        for article in train_articles:
            article.quotes = annotated.get(article.id)
        log(f"quote targets: {sum(a.quotes is not None for a in train_articles)} articles")
    checkpoint = work_dir / "network.pt"
    if resume and checkpoint.is_file():
        log(f"resuming from {checkpoint}")
        network = SlantNetwork()
        network.load_state_dict(torch.load(checkpoint))
        network.eval()
    else:
        network = fit_network(train_articles, work_dir, config, log=log)
    fine_tuned = time.perf_counter()
    training = {"seed": config.seed, "epochs": config.epochs, "batch_size": config.batch_size,
                "lr_encoder": config.lr_encoder, "lr_heads": config.lr_heads,
                "span_loss_weight": config.span_loss_weight, "si_channel_weight": config.si_channel_weight,
                "train_articles": len(train_articles), "dev_articles": len(dev_articles),
                "quote_articles": sum(a.quotes is not None for a in train_articles),
                "quote_loss_weight": config.quote_loss_weight}
    fp32_path = write_model_folder(network, out_dir, work_dir, tokenizer_file(), version, training)
    model = ModelComponent.from_dir(out_dir)
    hyper = load_hyperpartisan(data_dir)
    if limit:
        hyper = hyper[: limit * 2]
    fitted = fit_article_heads(model, english, hyper, log)
    add_heads(out_dir, fitted["arrays"])
    model = ModelComponent.from_dir(out_dir)
    figures = dev_figures(model, dev_articles, tune=True)
    manifest = model.manifest
    manifest["thresholds"].update(
        si=figures["si_threshold"], si_gap=figures["si_gap"],
        paragraph=figures["paragraph_thresholds"], frames=fitted["report"]["frames_threshold"],
    )
    manifest["dev_figures"] = {"int8": {**figures, **fitted["report"]}}
    # the same heads over the fp32 encoder, to measure what quantisation costs
    fp32_model = ModelComponent(out_dir, manifest, OnnxEncoder(fp32_path, out_dir / "tokenizer.json"),
                                Heads(dict(np.load(out_dir / "heads.npz"))))
    manifest["dev_figures"]["fp32"] = dev_figures(fp32_model, dev_articles, tune=False)
    manifest["training"]["minutes"] = {
        "fine_tuning": round((fine_tuned - started) / 60, 1),
        "total": round((time.perf_counter() - started) / 60, 1),
    }
    write_manifest(out_dir, manifest)
    return manifest
