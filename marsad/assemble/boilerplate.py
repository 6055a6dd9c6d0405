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
    r"Read more",
    r"Related:",
    r"See also",
)
# From a marker to the end of its line.
_FURNITURE = re.compile(rf"(?:{'|'.join(_MARKERS)})[^\n]*", re.IGNORECASE)
# A tag list: its label after a sentence end (or at a line start), then a few bare words to the
# end of the line.
_TAGS = re.compile(
    r"(?:^|(?<=[.!؟])|(?<=[.!؟]\s))[ \t]*(?:سمات|الوسوم|وسوم|كلمات دالة|كلمات مفتاحية|Tags)"
    r"[ \t]*:?(?:[ \t]+[^\s.!؟،,:]+){1,10}[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


# Words one of the patterns above must contain (lower case): most articles have none, and a
# substring test is far cheaper than trying the patterns at every position.
_FURNITURE_WORDS = ("رابط", "قرأ", "شاهد", "ذات صلة", "read more", "related", "see also")
_TAG_WORDS = ("سمات", "وسوم", "كلمات دالة", "كلمات مفتاحية", "tags")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Original-text ranges that are page furniture, in order."""
    lower = text.lower()
    spans: list[tuple[int, int]] = []
    if any(word in lower for word in _FURNITURE_WORDS):
        spans += [m.span() for m in _FURNITURE.finditer(text)]
    if any(word in lower for word in _TAG_WORDS):
        spans += [m.span() for m in _TAGS.finditer(text)]
    return sorted(spans)


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` falls in one of ``spans`` (sorted, disjoint)."""
    i = bisect_right([s for s, _ in spans], position) - 1
    return i >= 0 and position < spans[i][1]
