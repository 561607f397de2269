"""The analysis result: JSON round trip without loss, and the published JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from pydantic import BaseModel
from render_examples import full_analysis, hostile_analysis, structure_only_analysis

from slant.document.analysis import Analysis, json_schema

SCHEMA_FILE = Path(__file__).parents[1] / "src" / "slant" / "schema" / "analysis.schema.json"
REGENERATE = "python -m slant.document.analysis > src/slant/schema/analysis.schema.json"


def test_committed_schema_is_the_generated_one() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), f"the schema file is stale: regenerate with `{REGENERATE}`"


def test_schema_file_ships_with_the_package() -> None:
    from importlib import resources

    text = resources.files("slant").joinpath("schema", "analysis.schema.json").read_text("utf-8")
    assert json.loads(text)["title"] == "Analysis"


def _filled_fields(value: object, seen: dict[str, set[str]]) -> None:
    if isinstance(value, BaseModel):
        filled = seen.setdefault(type(value).__name__, set())
        for name in type(value).model_fields:
            field = getattr(value, name)
            if field not in (None, [], {}, ""):
                filled.add(name)
            _filled_fields(field, seen)
    elif isinstance(value, list | tuple):
        for item in value:
            _filled_fields(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            _filled_fields(item, seen)


def test_the_full_example_fills_every_field() -> None:
    seen: dict[str, set[str]] = {}
    _filled_fields(full_analysis(), seen)
    classes = {cls.__name__: cls for cls in _model_classes(Analysis)}
    for name, cls in classes.items():
        missing = set(cls.model_fields) - seen.get(name, set())
        assert not missing, f"{name}: fields never filled in the example: {sorted(missing)}"


def _model_classes(cls: type[BaseModel]) -> set[type[BaseModel]]:
    found = {cls}
    for field in cls.model_fields.values():
        for arg in _type_args(field.annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel) and arg not in found:
                found |= _model_classes(arg)
    return found


def _type_args(annotation: object) -> list[object]:
    args = list(getattr(annotation, "__args__", ()) or ())
    out = [annotation]
    for arg in args:
        out.extend(_type_args(arg))
    return out


@pytest.mark.parametrize("make", [full_analysis, hostile_analysis, structure_only_analysis])
def test_round_trip_without_loss_and_valid(make) -> None:  # type: ignore[no-untyped-def]
    analysis = make()
    encoded = analysis.to_json()
    decoded = Analysis.from_json(encoded)
    assert decoded == analysis
    assert decoded.to_json() == encoded
    assert Analysis.from_json(analysis.to_json(indent=2)) == analysis
    document = json.loads(encoded)
    jsonschema.validate(document, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    for span in decoded.spans or []:  # offsets survive: the text under each span is unchanged
        assert decoded.span_text(span) == analysis.span_text(span)


def test_schema_rejects_bad_documents() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    document = json.loads(full_analysis().to_json())
    document["spans"][0]["score"] = 1.5
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)
    document = json.loads(full_analysis().to_json())
    document["genre"]["label"] = "poetry"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)
    document = json.loads(full_analysis().to_json())
    document["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)
