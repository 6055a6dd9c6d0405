"""The recogniser registry: versioned names, requirements checked when a pipeline is built."""

from __future__ import annotations

import pickle
from collections.abc import Sequence

import pytest

from marsad.errors import MissingRequirement, PipelineError
from marsad.model import Mention
from marsad.pipeline import Reader
from marsad.recognise import DEFAULT_PIPELINE, Registry, default_registry
from marsad.text.view import TextView


class _Needs:
    name = "test.needs.v1"
    requires: tuple[str, ...] = ("widget",)
    provides: tuple[str, ...] = ("gadget",)

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        return []


class _Gives(_Needs):
    name = "test.gives.v1"
    requires = ("tokens",)
    provides = ("widget",)


def _registry() -> Registry:
    registry = Registry()
    registry.register("test.needs.v1", _Needs, _Needs.requires, _Needs.provides)
    registry.register("test.gives.v1", _Gives, _Gives.requires, _Gives.provides)
    return registry


def test_registry_builds_in_dependency_order() -> None:
    built = _registry().build(["test.gives.v1", "test.needs.v1"])
    assert [r.name for r in built] == ["test.gives.v1", "test.needs.v1"]


def test_registry_names_what_is_missing() -> None:
    with pytest.raises(MissingRequirement, match=r"test\.needs\.v1 requires widget"):
        _registry().build(["test.needs.v1", "test.gives.v1"])


def test_registry_refuses_unknown_duplicate_and_unversioned_names() -> None:
    registry = _registry()
    with pytest.raises(PipelineError, match="no recogniser named"):
        registry.build(["test.absent.v1"])
    with pytest.raises(PipelineError, match="already registered"):
        registry.register("test.needs.v1", _Needs, (), ())
    with pytest.raises(PipelineError, match="not of the form"):
        registry.register("needs", _Needs, (), ())


def test_default_pipeline_builds_and_every_builtin_is_versioned() -> None:
    registry = default_registry()
    assert set(DEFAULT_PIPELINE) <= set(registry.names())
    assert all(name.startswith("marsad.") and ".v" in name for name in registry.names())
    assert len(Reader.default().recognisers) == len(DEFAULT_PIPELINE)


def test_errors_survive_pickling_for_workers() -> None:
    error = MissingRequirement("x requires y", "doc-1")
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == str(error) and again.document == "doc-1"
