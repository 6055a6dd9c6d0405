"""Page furniture inside article text: "related story" links and read-more lines.

Outlets append the headline of another story ("رابط الخبر بصحيفة الوئام: …", "اقرأ أيضا: …",
"Read more: …"); an event named there belongs to that other story, not to this one. A tag list
closing a line ("سمات اشتباكات الجنوب صنعاء هدنة", "Tags: …") names topics, not events.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_MARKERS = (
    r"رابط الخبر",
    r"رابط المقال",
    r"اقرأ أيضا",
    r"اقرأ أيضاً",
    r"اقرأ المزيد",
    r"إقرأ أيضا",
    r"إقرأ أيضاً",
    r"شاهد أيضا",
    r"شاهد أيضاً",
    r"أخبار ذات صلة",
    r"مواضيع ذات صلة",
    r"مقالات ذات صلة",
    # "للمزيد: …"، "للمزيد - …" opening a line: a link to another story ("للمزيد من القتلى" or
    # "للمزيد سألنا…" inside a sentence is text).
    r"(?<![^\n])[ \t]*للمزيد[ \t]*[-:–—]",
    r"Read more",
    r"Related:",
    r"See also",
)
# From a marker to the end of its line.
_FURNITURE = re.compile(rf"(?:{'|'.join(_MARKERS)})[^\n]*", re.IGNORECASE)
# The same without the Latin markers, and so without IGNORECASE (it makes every character a
# place to try each marker): all ``_arabic_furniture`` needs.
_ARABIC_FURNITURE = re.compile(rf"(?:{'|'.join(m for m in _MARKERS if not m.isascii())})[^\n]*")
# A tag list: its label after a sentence end (or at a line start), then a few bare words to the
# end of the line.
_TAGS = re.compile(
    r"(?:^|(?<=[.!؟])|(?<=[.!؟]\s))[ \t]*(?:سمات|الوسوم|وسوم|كلمات دالة|كلمات مفتاحية|Tags)"
    r"[ \t]*:?(?:[ \t]+[^\s.!؟،,:]+){1,10}[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


# Words one of the patterns above must contain (lower case): most articles have none, and a
# substring test is far cheaper than trying the patterns at every position.
_FURNITURE_WORDS = ("رابط", "قرأ", "شاهد", "ذات صلة", "للمزيد")
_TAG_WORDS = ("سمات", "وسوم", "كلمات دالة", "كلمات مفتاحية")
# The Latin ones are sought in the lower-cased text. Each holds an "a", and only "a" and "A"
# lower-case to one: a text with neither (most Arabic articles) is never lower-cased.
_LATIN_FURNITURE_WORDS = ("read more", "related", "see also")
_LATIN_TAG_WORDS = ("tags",)
if not all("a" in w for w in _LATIN_FURNITURE_WORDS + _LATIN_TAG_WORDS):
    raise ValueError("every Latin furniture word must contain an 'a'")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Original-text ranges that are page furniture, in order."""
    # Arabic letters have no case: lower-casing would not change whether they occur.
    latin = "a" in text or "A" in text
    lower = text.lower() if latin else ""
    spans: list[tuple[int, int]] = []
    if latin and (any(word in text for word in _FURNITURE_WORDS) or any(
            word in lower for word in _LATIN_FURNITURE_WORDS)):
        spans += [m.span() for m in _FURNITURE.finditer(text)]
    elif not latin:
        spans += _arabic_furniture(text)
    if any(word in text for word in _TAG_WORDS) or any(
            word in lower for word in _LATIN_TAG_WORDS):
        spans += [m.span() for m in _TAGS.finditer(text)]
    return sorted(spans)


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` falls in one of ``spans`` (sorted, disjoint)."""
    i = bisect_right([s for s, _ in spans], position) - 1
    return i >= 0 and position < spans[i][1]


def _arabic_furniture(text: str) -> list[tuple[int, int]]:
    """``_FURNITURE``'s matches in a text with no "a" or "A", which no Latin marker can match
    (each holds an "a", and the pattern's IGNORECASE pairs it only with "A"). Every Arabic
    marker holds one of ``_FURNITURE_WORDS`` and a match never leaves its line, so only the
    lines holding one of those words are read: the pattern tried at every position of a whole
    article is slow."""
    lines: set[tuple[int, int]] = set()
    for word in _FURNITURE_WORDS:
        at = text.find(word)
        while at >= 0:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            lines.add((text.rfind("\n", 0, at) + 1, end))
            at = text.find(word, end)
    found = (_ARABIC_FURNITURE.search(text, start, end) for start, end in sorted(lines))
    return [m.span() for m in found if m is not None]
