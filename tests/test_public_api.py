"""``slant.__all__`` names exactly the public API, and all of it imports."""

from __future__ import annotations

import types

import slant

EXPECTED = {
    "SCHEMA_VERSION", "SLANT_VERSION", "Analysis", "Analyzer", "Article", "SlantError",
    "TechniqueSpan", "TextRange", "__version__", "load",
}


def test_all_is_the_public_api() -> None:
    assert set(slant.__all__) == EXPECTED
    assert len(slant.__all__) == len(set(slant.__all__))
    public = {
        name for name, value in vars(slant).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public == EXPECTED - {"__version__"}, "a public name is missing from __all__"


def test_everything_in_all_imports() -> None:
    namespace: dict[str, object] = {}
    exec("from slant import *", namespace)  # noqa: S102 - the statement users write
    for name in slant.__all__:
        assert namespace[name] is getattr(slant, name)
    assert isinstance(slant.__version__, str) and slant.__version__ == slant.SLANT_VERSION
    assert callable(slant.load) and issubclass(slant.SlantError, Exception)


def test_the_documented_use_works_without_a_model(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SLANT_MODEL_DIR", "none")
    analyzer = slant.load()
    analysis = analyzer.analyze(slant.Article.from_text("A Title\n\nOne paragraph here.\n"))
    assert isinstance(analysis, slant.Analysis)
    assert analysis.spans is None and analysis.metadata.model_version is None
