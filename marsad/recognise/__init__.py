"""Recognisers: one module per kind of mention, each with its data-only lexicon beside it."""

from __future__ import annotations

from marsad.recognise.registry import Recogniser, Registry, load_plugins

__all__ = ["DEFAULT_PIPELINE", "Recogniser", "Registry", "default_registry", "register_builtins"]

# The recognisers a default run uses, in order (each may read what the earlier ones found).
DEFAULT_PIPELINE: tuple[str, ...] = (
    "marsad.toponyms.v1",
    "marsad.actors.v1",
    "marsad.attribution.v1",
    "marsad.framing.v1",
    # Dates before quantities: quantities skip the numbers inside date mentions.
    "marsad.dates.v1",
    "marsad.quantities.v1",
    # Reading cues (keep casualties after quantities, triggers after actors and casualties).
    "marsad.specificity.v1",
    "marsad.casualties.v1",
    "marsad.triggers.v1",
)


def register_builtins(registry: Registry) -> None:
    """Register marsad's own recognisers (the one place where built-ins are listed)."""
    from marsad.recognise import toponyms

    registry.register(
        "marsad.toponyms.v1", toponyms.ToponymRecogniser, requires=("tokens",), provides=("place",)
    )
    from marsad.recognise import actors, attribution, framing

    registry.register(
        "marsad.actors.v1", actors.ActorRecogniser, requires=("tokens",), provides=("actor",)
    )
    registry.register(
        "marsad.attribution.v1", attribution.AttributionRecogniser,
        requires=("tokens", "actor"), provides=("attribution",),
    )
    registry.register(
        "marsad.framing.v1", framing.FramingRecogniser, requires=("tokens", "actor"),
        provides=("framing",),
    )

    from marsad.recognise import dates, quantities

    registry.register("marsad.dates.v1", dates.DateRecogniser, requires=(), provides=("date",))
    registry.register(
        "marsad.quantities.v1", quantities.QuantityRecogniser, requires=(), provides=("quantity",)
    )

    from marsad.recognise import casualties, specificity, triggers

    registry.register(
        "marsad.triggers.v1", triggers.TriggerRecogniser, requires=("tokens",), provides=("trigger",)
    )
    registry.register(
        "marsad.casualties.v1", casualties.CasualtyRecogniser, requires=("tokens",),
        provides=("casualty",),
    )
    registry.register(
        "marsad.specificity.v1", specificity.SpecificityRecogniser, requires=("tokens",),
        provides=("cue",),
    )


def default_registry() -> Registry:
    """Built-ins plus installed plugins."""
    registry = Registry()
    register_builtins(registry)
    load_plugins(registry)
    return registry
