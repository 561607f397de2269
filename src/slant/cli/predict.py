"""slant predict TASK INPUT -o FILE: the model's predictions in a shared task's official
format, so that the organisers' scorers read them unchanged.

:func:`run_predict` does the work for any :class:`~slant.pipeline.analyzer.Analyzer` whose
components include the model (``name == "model"``); the command builds it with
:func:`slant.load`. Without a model it refuses: slant never writes placeholder predictions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from slant.cli.app import app
from slant.cli.tasks import TASK_HELP, SharedTask
from slant.errors import FormatError, InputError, ModelError


def model_component(analyzer: Any) -> Any:
    """The analyzer's model component, or ModelError when no model is installed."""
    for component in getattr(analyzer, "components", []):
        if getattr(component, "name", None) == "model":
            return component
    raise ModelError(
        "no model installed: slant predict needs the trained model (none is shipped in "
        "slant/models, or SLANT_MODEL_DIR=none disables it); it never writes placeholder "
        "predictions"
    )


def _missing(field: str, article_id: str) -> ModelError:
    return ModelError(f"the model gave no {field} for article {article_id}")


def _grouped(items: list, key: str = "article_id") -> dict[str, list]:
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(getattr(item, key), []).append(item)
    return groups


def _check_inside(article, start: int, end: int, template: Path) -> None:
    if end > len(article.text):
        raise FormatError(f"{template}: fragment {article.id} {start}-{end} ends after the end "
                          f"of the article ({len(article.text)} characters)")


def si_labels(analysis: Any) -> list:
    """The SI lines of one analysis: its fragments, overlapping ones merged."""
    from slant.formats import semeval2020
    from slant.scoring.spans import merge_spans

    article_id = analysis.metadata.article_id
    if analysis.fragments is None:
        raise _missing("fragments", article_id)
    return [semeval2020.SpanLabel(article_id, start, end)
            for start, end in merge_spans((s.start, s.end) for s in analysis.fragments)]


def predict_si(folder: Path, analyzer: Any) -> list:
    from slant.formats import semeval2020

    return [label for analysis in analyzer.analyze_many(semeval2020.iter_articles_folder(folder))
            for label in si_labels(analysis)]


def predict_tc(folder: Path, template: Path, analyzer: Any) -> list:
    from slant.formats import semeval2020

    model = model_component(analyzer)
    lines = semeval2020.read_tc_template(template)
    chosen: dict[tuple[str, int, int], list[str]] = {}
    for article_id, group in _grouped(lines).items():
        article = semeval2020.read_article(folder, article_id)
        fragments = list(dict.fromkeys((line.start, line.end) for line in group))
        for start, end in fragments:
            _check_inside(article, start, end, template)
        for (start, end), probabilities in zip(
            fragments, model.classify_spans(article, fragments), strict=True
        ):
            if not probabilities:
                raise _missing(f"technique for fragment {start}-{end}", article_id)
            # a fragment listed k times in the template gets its k most probable techniques
            chosen[(article_id, start, end)] = sorted(probabilities, key=probabilities.__getitem__,
                                                      reverse=True)
    labels, used = [], Counter()
    for x in lines:
        key = (x.article_id, x.start, x.end)
        ranked = chosen[key]
        labels.append(semeval2020.TechniqueLabel(x.article_id, ranked[min(used[key], len(ranked) - 1)],
                                                 x.start, x.end))
        used[key] += 1
    return labels


def predict_st1(folder: Path, analyzer: Any) -> list:
    from slant.formats import semeval2023

    labels = []
    for analysis in analyzer.analyze_many(semeval2023.iter_articles_folder(folder)):
        if analysis.genre is None:
            raise _missing("genre", analysis.metadata.article_id)
        labels.append(semeval2023.GenreLabel(analysis.metadata.article_id, analysis.genre.label))
    return labels


def predict_st2(folder: Path, analyzer: Any) -> list:
    from slant.formats import semeval2023

    labels = []
    for analysis in analyzer.analyze_many(semeval2023.iter_articles_folder(folder)):
        if analysis.frames is None:
            raise _missing("frames", analysis.metadata.article_id)
        labels.append(semeval2023.FramesLabel(analysis.metadata.article_id,
                                              tuple(analysis.frames.labels)))
    return labels


def predict_st3(folder: Path, template: Path, analyzer: Any) -> list:
    from slant.formats import semeval2023

    paragraphs = semeval2023.read_paragraph_template(template)
    groups = _grouped(paragraphs)
    articles = (semeval2023.read_article(folder, article_id) for article_id in groups)
    by_line: dict[tuple[str, int], tuple[str, ...]] = {}
    for analysis in analyzer.analyze_many(articles):
        article_id = analysis.metadata.article_id
        if analysis.paragraph_techniques is None:
            raise _missing("paragraph techniques", article_id)
        for paragraph in analysis.paragraph_techniques:
            by_line[(article_id, paragraph.line)] = tuple(paragraph.labels)
    return [
        semeval2023.ParagraphLabel(p.article_id, p.line, by_line.get((p.article_id, p.line), ()))
        for p in paragraphs
    ]


def predict_hyperpartisan(articles_xml: Path, analyzer: Any) -> Iterator:
    from slant.formats import hyperpartisan2019

    for analysis in analyzer.analyze_many(hyperpartisan2019.read_articles_xml(articles_xml)):
        verdict = analysis.hyperpartisan
        if verdict is None:
            raise _missing("hyperpartisan probability", analysis.metadata.article_id)
        confidence = verdict.probability if verdict.label else 1.0 - verdict.probability
        yield hyperpartisan2019.Prediction(analysis.metadata.article_id, verdict.label,
                                           round(confidence, 6))


def run_predict(task: str, inputs: str | Path, output: str | Path, analyzer: Any,
                template: str | Path | None = None) -> int:
    """Predict ``task`` for the official ``inputs`` (an articles folder, or the articles XML
    for hyperpartisan) and write the official format to ``output`` atomically. Returns the
    number of lines written."""
    model_component(analyzer)
    inputs = Path(inputs)
    if not inputs.exists():
        raise InputError(f"{inputs}: no such file or folder")
    if task in ("tc", "st3"):
        if template is None:
            raise InputError(f"slant predict {task} needs the official template: --template FILE")
        template = Path(template)
    if task == "si":
        from slant.formats.semeval2020 import write_si_labels as write
        records = predict_si(inputs, analyzer)
    elif task == "tc":
        from slant.formats.semeval2020 import write_tc_labels as write
        records = predict_tc(inputs, template, analyzer)
    elif task == "st1":
        from slant.formats.semeval2023 import write_genre_labels as write
        records = predict_st1(inputs, analyzer)
    elif task == "st2":
        from slant.formats.semeval2023 import write_frame_labels as write
        records = predict_st2(inputs, analyzer)
    elif task == "st3":
        from slant.formats.semeval2023 import write_paragraph_labels as write
        records = predict_st3(inputs, template, analyzer)
    elif task == "hyperpartisan":
        from slant.formats.hyperpartisan2019 import write_predictions as write
        if inputs.is_dir():
            raise InputError(f"{inputs}: hyperpartisan reads the articles XML file, not a folder")
        records = list(predict_hyperpartisan(inputs, analyzer))
    else:
        raise InputError(f"unknown task {task!r}")
    write(output, records)
    return len(records)


@app.command()
def predict(
    task: Annotated[SharedTask, typer.Argument(help=TASK_HELP)],
    inputs: Annotated[Path, typer.Argument(
        help="the articles folder (article<ID>.txt); for hyperpartisan the articles XML")],
    output: Annotated[Path, typer.Option("--output", "-o", help="the prediction file to write")],
    template: Annotated[Path | None, typer.Option(
        help="tc: the TC template (ID ? start end); st3: the subtask 3 template")] = None,
) -> None:
    """Write the model's predictions in the task's official format."""
    import sys

    import slant

    analyzer = slant.load()
    count = run_predict(task.value, inputs, output, analyzer, template=template)
    print(f"slant: wrote {count} lines to {output}", file=sys.stderr)
