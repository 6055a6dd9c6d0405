"""The recogniser registry: versioned names, declared requires/provides, checked at build time.

Built-ins are registered by ``register_builtins`` (one explicit function, no import side
effects); third-party recognisers come from the ``marsad.recognisers`` entry-point group, whose
objects are functions taking the registry and registering into it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Protocol

from marsad.errors import MissingRequirement, PipelineError
from marsad.model import Mention
from marsad.text.view import TextView

# What every pipeline starts with: the text layer.
BASE_CAPABILITIES = frozenset({"text", "tokens", "sentences"})


class Recogniser(Protocol):
    """Finds mentions of one kind. ``found`` holds the mentions of the recognisers before it."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]: ...


Factory = Callable[[], Recogniser]


@dataclass(frozen=True, slots=True)
class Registration:
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    factory: Factory


class Registry:
    """Name -> recogniser factory, with what each needs and gives."""

    def __init__(self) -> None:
        self._entries: dict[str, Registration] = {}

    def register(
        self, name: str, factory: Factory, requires: Sequence[str], provides: Sequence[str]
    ) -> None:
        if name in self._entries:
            raise PipelineError(f"recogniser {name!r} is already registered")
        if name.count(".") < 2 or not name.rsplit(".", 1)[1].startswith("v"):
            raise PipelineError(f"recogniser name {name!r} is not of the form 'package.name.vN'")
        self._entries[name] = Registration(name, tuple(requires), tuple(provides), factory)

    def names(self) -> list[str]:
        return sorted(self._entries)

    def get(self, name: str) -> Registration:
        try:
            return self._entries[name]
        except KeyError:
            known = ", ".join(self.names()) or "none"
            raise PipelineError(f"no recogniser named {name!r} (registered: {known})") from None

    def build(self, names: Sequence[str]) -> list[Recogniser]:
        """Instantiate ``names`` in order, checking each one's requirements are met before it."""
        have = set(BASE_CAPABILITIES)
        built: list[Recogniser] = []
        for name in names:
            reg = self.get(name)
            missing = [r for r in reg.requires if r not in have]
            if missing:
                raise MissingRequirement(
                    f"{name} requires {', '.join(missing)}, which no recogniser before it provides "
                    f"(available: {', '.join(sorted(have))})"
                )
            built.append(reg.factory())
            have.update(reg.provides)
        return built


def load_plugins(registry: Registry) -> None:
    """Let installed packages register recognisers through the entry-point group."""
    for ep in entry_points(group="marsad.recognisers"):
        ep.load()(registry)
