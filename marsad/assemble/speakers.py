"""The role of an actor that is the speaker of a report (قال الجيش إن القوات تعرضت لهجوم): the act
told in its إن/أن clause is someone else's unless the clause gives the speaker as its subject
(أعلن الجيش أنه قصف، قال الجيش إن طائراته قصفت). A speaker that is not the act's subject is neither
of its sides, except as the side hit when its own forces are said to have suffered it (إن قواته
تعرضت لهجوم)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Literal

from marsad.model import Mention

Role = Literal["agent", "target"] | None

# The reported clause's إن/أن (with a pronoun for its subject, maybe) and the word after it.
_THAT = re.compile(r"(?:^|[\s،,:])[وف]?ب?[إأا]ن(ه|ها|هم|هما)?(?=[\s\"«“]|$)[\s\"«“]*(\S*)")
# Forces and members named with a pronoun for the speaker (قواته، طائراتها، جنوده، مقاتليه; in
# its own quoted words: قواتنا، دفاعاتنا).
_OWN = re.compile(
    r"(?:قوات|جنود|طائرات|طائرت|طيران|مقاتلات|مروحيات|مروحيت|عناصر|مقاتلي|مسلحي|وحدات|مدفعيت"
    r"|دفاعات|سفن|بوارج|زوارق|دوريات|دوريت|قطعات|فرق|كتائب|ميليشيات|مليشيات|فصائل|رجال|قناصت"
    r"|منظومات|قاذفات|صواريخ|غارات|ضربات|دفاع)(?:ه|ها|هم|هما|نا)$"
)
# Verbs of suffering or repelling right after the subject (قواته تعرضت لهجوم، أنه تعرض لقصف،
# إنها تتصدى للهجوم): the act was done to it.
_SUFFER = re.compile(
    r"\s*(?:قد\s+)?(?:تعرض|تعرضت|تعرضوا|يتعرض|تتعرض|تلقى|تلقت|تلقوا|تكبد|تكبدت|تكبدوا|مني|منيت|تصدت|تصدى|تتصدى|يتصدى"
    r"|تصدوا|صدت|صدوا|أحبطت|أحبط|احبطت|احبط)(?=[\s،,.]|$)")
_SUBJECT_REACH = 6  # words from the subject to the act's word


class Speakers:
    """The spans of a document's attributions (who said it), for ``of``."""

    __slots__ = ("ends", "starts")

    def __init__(self, attributions: Sequence[Mention]) -> None:
        self.starts = [m.span.start for m in attributions]  # (in text order)
        self.ends = [m.span.end for m in attributions]

    def speaks(self, a: Mention) -> bool:
        """``a`` is named inside an attribution (the subject of a reporting verb)."""
        k = bisect_right(self.starts, a.span.start) - 1
        return k >= 0 and a.span.end <= self.ends[k]


def speaker_role(a: Mention, t: Mention, text: str, starts: Sequence[int]) -> Role:
    """The role of the speaker ``a`` in the act ``t`` reported after its إن/أن: "agent" when
    the reported clause's subject is the speaker (a pronoun on إن, or its own forces) and the act
    is that subject's (no other act's word between them, and near); "target" when that subject
    suffered it; else None. ``starts``: where the sentence's act words start."""
    # (the last one before the act: its clause holds the act)
    found = next(reversed(list(_THAT.finditer(text, a.span.end, t.span.start))), None)
    if found is None:
        return None
    pronoun, word = found.group(1), found.group(2)
    if pronoun:
        subject_end = found.start(2)
    elif _OWN.match(word):
        subject_end = found.end(2)
    else:
        return None
    if any(subject_end <= x < t.span.start for x in starts):
        return None  # (إن عناصره اقتحموا المبنى قبل الاشتباك: the first act is theirs)
    if len(text[subject_end : t.span.start].split()) > _SUBJECT_REACH:
        return None
    return "target" if _SUFFER.match(text, subject_end) else "agent"
