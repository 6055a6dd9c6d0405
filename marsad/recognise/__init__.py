"""Recognisers: one module per kind of mention, each with its data-only lexicon beside it."""

from __future__ import annotations

from marsad.recognise.registry import Recogniser, Registry, load_plugins

__all__ = ["DEFAULT_PIPELINE", "Recogniser", "Registry", "default_registry", "register_builtins"]

# The recognisers a default run uses, in order (each may read what the earlier ones found).
DEFAULT_PIPELINE: tuple[str, ...] = (
    "marsad.toponyms.v1",
)


def register_builtins(registry: Registry) -> None:
    """Register marsad's own recognisers (the one place where built-ins are listed)."""
    from marsad.recognise import places

    registry.register(
        "marsad.places.v1", places.PlaceRecogniser, requires=("tokens",), provides=("place",)
    )
    from marsad.recognise import toponyms

    registry.register(
        "marsad.toponyms.v1", toponyms.ToponymRecogniser, requires=("tokens",), provides=("place",)
    )


def default_registry() -> Registry:
    """Built-ins plus installed plugins."""
    registry = Registry()
    register_builtins(registry)
    load_plugins(registry)
    return registry
