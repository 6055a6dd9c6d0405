"""An actor named as the subject of a verb of suffering (قوات النظام تعرضت لهجوم، الحوثيون
الذين تلقوا ضربات، الجيش تكبد خسائر): the acts told after it hit it. Roles reads the verb
before the actor (تعرضت قوات النظام لهجوم, markers.RECEIVE); this is the subject-first order."""

from __future__ import annotations

import re

from marsad.model import Mention

_SUFFERED = re.compile(
    r"\s*(?:(?:الذي|التي|الذين|قد|كانت|كان)\s+){0,2}"
    r"(?:تعرض|تعرضت|تعرضوا|يتعرض|تتعرض|يتعرضون|تكبد|تكبدت|تكبدوا|يتكبد|تتكبد|تلقى|تلقت|تلقوا"
    r"|يتلقى|تتلقى|منيت|مني)(?=[\s،,.]|$)"
)
_REACH = 30


def suffered(a: Mention, text: str) -> bool:
    """A verb of suffering follows the actor (past a relative pronoun or قد)."""
    end = a.span.end
    return _SUFFERED.match(text[end : end + _REACH]) is not None
