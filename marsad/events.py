"""Mentions -> events: typing, arguments, specificity, merging. (Built out by the reading issue.)"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Attribution, Event, Mention
from marsad.text.view import TextView


def assemble(view: TextView, mentions: Sequence[Mention]) -> tuple[list[Event], list[Attribution]]:
    """Assemble events and attributions from a document's mentions.

    No trigger recogniser is in the pipeline yet, so no event can be supported: none is made.
    """
    return [], []
