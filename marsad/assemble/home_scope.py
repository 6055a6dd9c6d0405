"""Which events the document's home place may stand in for (CODING §2, DESIGN: never invent a place).

An event whose own clause, sentence and paragraph name no place is given the document's home
(dominant) place: the news the article is about happened there. A background act told as
history and dated more than a month before the report ("وقع الطرفان هدنة عام 2015"، "in February
the group abducted 250 Christians") is another incident, at another time and usually elsewhere: the
home place says nothing of where it was, so it keeps no place rather than borrowing the story's.
An undated earlier act (the clash the story follows up) may well be the home place's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.assemble.candidate import Candidate

_HOME = 3  # location_rank of the document's dominant place (assign_location)
_NONE = 9  # location_rank of a candidate without a place (Candidate's default)


def unplace_background(merged: Sequence[Candidate]) -> None:
    """Drop the borrowed home place of each event settled as historical with a day of its own
    (``date_histories`` keeps only a day more than a month before the report)."""
    for c in merged:
        if c.location_rank == _HOME and c.specificity == "historical" and c.date.start:
            c.location, c.location_rank = None, _NONE
            c.notes.append("background act: home place not lent")
