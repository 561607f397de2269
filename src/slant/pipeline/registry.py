"""Which components make up the standard pipeline."""

from __future__ import annotations

from pathlib import Path

from slant.pipeline.analyzer import Component


def build_components(model_dir: str | Path | None, *, quotes: bool = True,
                     threads: int | None = None) -> tuple[list[Component], str | None]:
    components: list[Component] = []
    model_version = None
    from slant.models import find_model_dir

    directory = Path(model_dir) if model_dir else find_model_dir()
    if directory is not None:
        from slant.pipeline.model import ModelComponent

        model = ModelComponent.from_dir(directory, threads=threads)
        components.append(model)
        model_version = model.version
    if quotes:
        try:
            from slant.voices.component import VoicesComponent
        except ImportError:  # the voices layer is not built yet
            pass
        else:
            components.append(VoicesComponent())
    return components, model_version
