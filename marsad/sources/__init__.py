"""Sources: where raw inputs come from (files, directories, JSONL, stdin; more in their modules)."""

from marsad.sources.base import RawInput
from marsad.sources.files import iter_inputs, iter_jsonl

__all__ = ["RawInput", "iter_inputs", "iter_jsonl"]
