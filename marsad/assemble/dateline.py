"""A dateline at the head of an article ("Posted on July 12 2016 …", "Thursday 01 September 2016
20:22 …") gives the day the report was published, not the day of its first event: an event in
the headline or lead that follows it must take its day from the text (or have none), so the
dateline's dates are left out of the dates events read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.model import Mention

# What may stand before and between a dateline's dates: punctuation, digits (clock times) and
# label words (English and Arabic); weekday names that are not date mentions of their own.
_GAP = re.compile(
    r"(?:[\W\d_]|\b(?:posted|published|updated|last|date|of|publication|on|at|am|pm|gmt|utc"
    r"|local|time|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    r"|نشر|نُشر|تاريخ|النشر|آخر|اخر|تحديث|في|بتاريخ)\b)*",
    re.IGNORECASE,
)
# A dateline stands at the very head of the text.
_REACH = 60
_YEAR = re.compile(r"\d{4}")
# A date followed by a comma opens a sentence ("On 12 July 2015, gunmen …"): it dates its event.
_ADVERBIAL = re.compile(r"\s*[,،]")


# A dateline may also follow the headline (and an agency name): "… in Syrian town AP Wednesday
# 26 Oct 2016 A leading rights group says …". Within this reach, a run of dates with a year,
# with no preposition before it (an event's date is "on Wednesday", "في 26 …"), that ends a
# line or is followed by a capitalised word starting the lead.
_HEAD_REACH = 250
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:on|in|at|since|by|until|till|from|of|during|before|after|to)"
    r"|(?<!\w)[وف]?(?:في|منذ|حتى|حتي|من|الى|إلى|يوم|بتاريخ))\s*\Z",
    re.IGNORECASE,
)
_LEAD_AFTER = re.compile(r"[ \t]*(?:\n|[A-Z])")


def without_dateline(dates: Sequence[Mention], text: str) -> list[Mention]:
    """``dates`` (in text order) but the run of them that forms a dateline: dates at the head
    of the text, or after the headline (see ``_HEAD_REACH``), separated only by punctuation,
    clock times and label words, one of them with a year, not followed by a comma."""
    pos, run = 0, 0
    for d in dates:
        if d.span.start > _REACH or not _GAP.fullmatch(text, pos, d.span.start):
            break
        pos, run = d.span.end, run + 1
    if not run or _ADVERBIAL.match(text, pos):
        return _after_headline(dates, text)
    if not any(_YEAR.search(d.text) for d in dates[:run]):
        return list(dates)
    return list(dates[run:])


def _after_headline(dates: Sequence[Mention], text: str) -> list[Mention]:
    """``dates`` but a dateline run standing after the headline (see ``_HEAD_REACH``)."""
    for first, d in enumerate(dates):
        if d.span.start > _HEAD_REACH:
            break
        if _PREPOSITION_BEFORE.search(text, max(0, d.span.start - 12), d.span.start):
            continue
        last, pos = first, d.span.end
        while last + 1 < len(dates) and _GAP.fullmatch(text, pos, dates[last + 1].span.start):
            last += 1
            pos = dates[last].span.end
        run = dates[first : last + 1]
        if any(_YEAR.search(x.text) for x in run) and _LEAD_AFTER.match(text, pos):
            return [*dates[:first], *dates[last + 1 :]]
    return list(dates)


# --- Places: where the report was filed ---------------------------------------------------------
# A dateline's place ("دبي، الإمارات العربية المتحدة (CNN) --", "واس- صنعاء:", "عين اليوم – بغداد",
# "BEIRUT (Reuters) -") names where the report was filed, not where its events happened: it is
# neither an event's place nor a vote for the article's main place. A head is read at the start of
# the text, or of its second line after a short title: one to four short segments (a place, its
# country, an outlet, a byline, a bracketed agency) separated by commas, slashes or dashes and
# closed by a dash or colon before the body, or by the end of the line. It is a dateline when one
# segment is a place and nothing else and no other segment holds a place (the longest such head).
_SPACE = r"[ \t\xa0]"
_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff \t\n\xa0"
# (Possessive: what may follow a word, a space, a bracket, a quote or a separator, is none of its
# characters, so giving some back never helps a match; the engine would try each.)
_WORD = r"[^\s\-–—:،,()/|«»\"'.؛;!?؟]++"
_PAREN = r"\([^()\n]{1,30}\)"
_SEGMENT = rf"(?:[«\"']?{_WORD}(?:{_SPACE}+{_WORD}){{0,3}}[»\"']?(?:{_SPACE}*{_PAREN})?|{_PAREN})"
_SEP = rf"{_SPACE}*(?:[،,/]|-{{1,2}}|[–—]){_SPACE}*"
_END = rf"{_SPACE}*(?:-{{1,2}}|[–—:]){_SPACE}*(?=\S)|{_SPACE}*(?=\n|$)"
_HEADS = [re.compile(rf"{_SEGMENT}(?:{_SEP}{_SEGMENT}){{{n}}}(?:{_END})") for n in (3, 2, 1, 0)]
# What every head opens with: a segment, then a separator or an end (or the line's end). One
# match of it spares the four heads' where the text opens with a sentence (most articles).
_OPENING = re.compile(rf"{_SEGMENT}{_SPACE}*(?:[،,/\-–—:\n]|$)")
_SPLIT = re.compile(_SEP)
_BRACKETED = re.compile(_PAREN)
_TITLE_WORDS = 14  # a first line this short, with no closing stop, may be a title


def _starts(text: str) -> list[int]:
    """Where a dateline may start: the text's first character, and its second line's when the
    first line may be a title."""
    pos = len(text) - len(text.lstrip(_MARKS))
    out = [pos]
    eol = text.find("\n", pos)
    if eol >= 0:
        line = text[pos:eol].rstrip()
        if len(line.split()) <= _TITLE_WORDS and not line.endswith((".", "؟", "?", "!")):
            rest = text[eol:]
            out.append(eol + len(rest) - len(rest.lstrip(_MARKS)))
    return out


def _segments_ok(text: str, start: int, end: int, inside: Sequence[Mention]) -> bool:
    """One segment of the head is a place and nothing else; no other segment holds a place."""
    covered = bytearray(end - start)
    for p in inside:
        covered[p.span.start - start : p.span.end - start] = b"\x01" * (p.span.end - p.span.start)
    head, pos, whole = text[start:end], 0, False
    for piece in _SPLIT.split(head):
        if not piece:
            continue
        at = head.find(piece, pos)
        pos = at + len(piece)
        plain = _BRACKETED.sub(lambda m: " " * len(m.group()), piece)
        marks = [covered[at + k] for k, ch in enumerate(plain) if ch.isalnum()]
        if marks and all(marks):
            whole = True
        elif any(marks):
            return False
    return whole


def dateline_places(places: Sequence[Mention], text: str) -> list[Mention]:
    """The place mentions (of ``places``, in text order) inside a dateline at the head of the
    text, or none."""
    if not places:
        return []
    for start in _starts(text):
        if places[0].span.start < start - 1 and start > _REACH * 4:
            break
        if not _OPENING.match(text, start):
            continue
        for head in _HEADS:
            m = head.match(text, start)
            if m is None:
                continue
            inside = [p for p in places if start <= p.span.start and p.span.end <= m.end()]
            if inside and _segments_ok(text, start, m.end(), inside):
                return inside
    return []
