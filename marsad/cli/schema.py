"""``marsad schema``: print the JSON Schema of the output contract."""

from __future__ import annotations

import sys

import orjson

from marsad.contract import schema


def schema_command() -> None:
    """Print the JSON Schema that every `marsad extract` output object satisfies."""
    sys.stdout.buffer.write(orjson.dumps(schema(), option=orjson.OPT_INDENT_2) + b"\n")
