"""The victim group of a killed figure: its counted noun ("مقتل 18 حوثيا", "مقتل ضابطين") or the
ranks it fell in ("أربعة قتلى سقطوا في صفوف المقاومة"). Figures of explicitly different groups in
different sentences are the sides of one clash, which ACLED adds up; others are one toll retold."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from marsad.assemble.doc import DocIndex
from marsad.model import Mention
from marsad.recognise.cues import read_rows, variants
from marsad.text.lexicon import PhraseLexicon

# Words after a figure that say whose ranks it fell in: the group must follow one directly.
_RANKS = frozenset({"صفوف", "عناصر", "افراد", "مقاتلي", "جنود"})
_AFTER = 5  # tokens after the figure searched for its ranks


@lru_cache(maxsize=1)
def _lexicon() -> PhraseLexicon[str]:
    lex: PhraseLexicon[str] = PhraseLexicon()
    for phrases, group, _ in read_rows("marsad.assemble", "victims.tsv"):
        if group.strip() == "-":
            continue  # (a side's words naming no group: read by judge_types only)
        for phrase in phrases.split("|"):
            for v in variants(phrase, endings=False):
                lex.add(v, group.strip())
    return lex


def victim_group(m: Mention, idx: DocIndex) -> str | None:
    """The one group a killed figure names, or None (none named, or several)."""
    starts = idx.tok_starts
    first = bisect_left(starts, m.span.start)
    last = bisect_left(starts, m.span.end)  # one past the figure's last token
    toks = idx.view.tokens
    inside = {x.value for x in _lexicon().matches(toks[first:last])}
    if inside:
        return inside.pop() if len(inside) == 1 else None
    sent = idx.sent(m)
    ends = idx.sent_end(sent)
    stop = min(last + _AFTER, bisect_right(starts, ends - 1))
    after = toks[last:stop]
    for k, t in enumerate(after[:-1]):
        if t.text in _RANKS:
            found = [x.value for x in _lexicon().matches(after[k + 1:])
                     if x.first_token == 0]
            return found[0] if found else None
    return None
