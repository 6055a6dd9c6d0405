"""A place named as where an attack was that an act answers ("ردا على هجوم سروج"، "انتقاما
لتفجير الكرادة"، "ردا على الهجوم الكيميائي المزعوم في دوما"): the earlier attack's place, not
where the reprisal happened. Such a place is marked as only locating ("locates"), so no event
of the article is placed there or borrows it as the document's place.
"""

from __future__ import annotations

import re

from marsad.text.substrings import AnyOf

# A response word, على/لـ (ثأراً لـ only: ثار على is "rose up against"), an attack noun, at most
# two more words (الانتحاري، الدامي، الذي شنه مسلحون), then maybe في/على before the place. Read on
# the normalised text (ى → ي: على is علي).
_HEAD = (r"(?:(?:رد|ردا|انتقاما|انتقام)\s+(?:علي|ل)|(?:ثارا|ثار)\s+ل)\s*"
         r"(?:ال)?(?:هجوم|هجومي|هجمات|تفجير|تفجيري|تفجيرات|اعتداء|اعتداءات|مجزره|مذبحه|قصف|غاره|غارات)")
_RESPONSE = re.compile(
    r"(?:^|\s)[وف]?" + _HEAD + r"(?:\s+[^\s.،,:؛()«»\"]+){0,2}?\s+(?:(?:في|علي)\s+)?$")
# Every match of _HEAD holds one of these: a document with none skips ``answers``.
_MAY_ANSWER = AnyOf(("انتقام", "ثار ل", "ثارا ل", "رد عل", "ردا عل", "رد ل", "ردا ل"))


def may_answer(text: str) -> bool:
    """Whether ``text`` (normalised) may name a place an act answers an attack at: substring
    tests only (most documents hold none of the words; ``answers`` reads each place)."""
    return _MAY_ANSWER.search(text)


def answers(text: str, start: int) -> bool:
    """The place starting at ``start`` in ``text`` (normalised) is where an attack was that
    the act answers."""
    head = max(0, start - 60)
    return _RESPONSE.search(text, head, start) is not None
