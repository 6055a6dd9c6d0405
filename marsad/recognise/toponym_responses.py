"""A place named as where an attack was that an act answers ("ردا على هجوم سروج"، "انتقاما
لتفجير الكرادة"، "ردا على الهجوم الكيميائي المزعوم في دوما"): the earlier attack's place, not
where the reprisal happened. Such a place is marked as only locating ("locates"), so no event
of the article is placed there or borrows it as the document's place.
"""

from __future__ import annotations

import re

# A response word, على/لـ, an attack noun, at most two more words (الانتحاري، الدامي، الذي شنه
# مسلحون), then maybe في/على before the place. Read on the normalised text.
_HEAD = (r"(?:رد|ردا|انتقاما|انتقام|ثارا|ثار)\s+(?:علي|على|ل)\s*"
         r"(?:ال)?(?:هجوم|هجومي|هجمات|تفجير|تفجيري|تفجيرات|اعتداء|اعتداءات|مجزره|مذبحه|قصف|غاره|غارات)")
_RESPONSE = re.compile(
    r"(?:^|\s)[وف]?" + _HEAD + r"(?:\s+[^\s.،,:؛()«»\"]+){0,2}?\s+(?:(?:في|على|علي)\s+)?$")
# The response's head alone: a document without one skips ``answers``; one without any of
# _WORDS holds none (every match of _HEAD holds one).
_MAY_RESPOND = re.compile(_HEAD)
_WORDS = ("رد عل", "ردا عل", "رد ل", "ردا ل", "انتقام", "ثار ل", "ثارا ل")


def may_answer(text: str) -> bool:
    """Whether ``text`` (normalised) may name a place an act answers an attack at (substring
    tests first: most documents hold none of these words)."""
    if not any(w in text for w in _WORDS):
        return False
    return _MAY_RESPOND.search(text) is not None


def answers(text: str, start: int) -> bool:
    """The place starting at ``start`` in ``text`` (normalised) is where an attack was that
    the act answers."""
    head = max(0, start - 60)
    return _RESPONSE.search(text, head, start) is not None
