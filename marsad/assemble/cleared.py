"""Devices named as cleared after the fact: "الألغام التي تم انتزاعها" is Disrupted weapons use.

The trigger recogniser reads a clearance verb before a device (نزعت الفرق الألغام); a report also
names the devices first and their clearing in a relative clause after them ("the mines that were
removed", "العبوات التي جرى تفكيكها"), in English in the passive ("three devices were found").
An explosion word in the trigger keeps it an explosion
(انفجار لغم أثناء تفكيكه is a blast).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.assemble.candidate import Candidate
from marsad.recognise.triggers_context import BLAST_WORDS

_AFTER = re.compile(
    r"\s*(?:و?ال\S+\s+){0,2}(?:التي|الذي|اللذين|اللتين|اللواتي)\s+(?:تم|جرى|قامت\s+\S+\s+ب|تمكنت\s+\S+\s+من)?\s*"
    r"(?:انتزاع|نزع|تفكيك|إزالة|ازالة|إبطال|ابطال|ضبط|مصادرة|العثور|اكتشاف|تفجير\S*\s+بشكل\s+آمن"
    r"|انتزعت|نزعت|فككت|أزالت|ازالت|أبطلت|ضبطت|صادرت)"
)
# English names the devices first and their clearing after them in the passive, maybe in a
# relative or reduced relative clause ("mines that were removed", "three devices were found",
# "a bomb found near the school", "rockets were intercepted"); so are grenades and missiles.
_AFTER_EN = re.compile(
    r"(?:\s+\w+){0,3}?\s+(?:(?:that|which)\s+)?(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been"
    r"|being)\s+(?:\w+ly\s+)?(?:found|discovered|defused|dismantled|seized|confiscated|recovered"
    r"|unearthed|uncovered|cleared|removed|intercepted|neutrali[sz]ed|destroyed|detonated\s+safely)"
    r"|(?:found|discovered|defused|seized|recovered|unearthed|uncovered|intercepted)\s+"
    r"(?:at|in|near|on|inside|by|during|under|along|outside)\b)",
    re.IGNORECASE,
)
_EN_DEVICES = frozenset({"ied", "grenade", "shell"})
_BLAST = (*BLAST_WORDS, "انفجر", "explosion", "exploded", "blast", "went off")  # or its verb


def mark_cleared(cands: Sequence[Candidate], text: str, english: bool) -> None:
    """Explosive-device candidates followed by a relative clause of clearing become Disrupted
    weapons use (Strategic developments), and so do the other devices their sentence lists;
    ``english``: the document is English (its devices and clauses are read in English)."""
    families = _EN_DEVICES | {"ied"} if english else {"ied"}
    after = _AFTER_EN if english else _AFTER
    devices = [c for c in cands if c.family in families
               and not any(b in c.trigger.text.lower() for b in _BLAST)]
    cleared = {c.sent for c in devices
               if after.match(text, c.trigger.span.end, c.trigger.span.end + 60)}
    for c in devices:
        if c.sent in cleared:
            c.event_type, c.sub_event_type = "Strategic developments", "Disrupted weapons use"
            c.plover, c.family = "COERCE", "disrupt"
            c.notes.append("cleared device: Disrupted weapons use")
