"""A place named as where an attack was that an act answers ("ردا على هجوم سروج"، "انتقاما
لتفجير الكرادة"، "ردا على الهجوم الكيميائي المزعوم في دوما"): the earlier attack's place, not
where the reprisal happened. Such a place is marked as only locating ("locates"), so no event
of the article is placed there or borrows it as the document's place.
"""

from __future__ import annotations

import re

# A response word, على/لـ (ثأراً لـ only: ثار على is "rose up against"), an attack noun, at most
# two more words (الانتحاري، الدامي، الذي شنه مسلحون), then maybe في/على before the place. Read on
# the normalised text.
_HEAD = (r"(?:(?:رد|ردا|انتقاما|انتقام)\s+(?:علي|على|ل)|(?:ثارا|ثار)\s+ل)\s*"
         r"(?:ال)?(?:هجوم|هجومي|هجمات|تفجير|تفجيري|تفجيرات|اعتداء|اعتداءات|مجزره|مذبحه|قصف|غاره|غارات)")
_RESPONSE = re.compile(
    r"(?:^|\s)[وف]?" + _HEAD + r"(?:\s+[^\s.،,:؛()«»\"]+){0,2}?\s+(?:(?:في|على|علي)\s+)?$")
# Every match of _HEAD holds انتقام، ثار ل، ثارا ل or رد before one of _AFTER_RD: a document
# with none skips ``answers``.
_AFTER_RD = (" عل", "ا عل", " ل", "ا ل")


def may_answer(text: str) -> bool:
    """Whether ``text`` (normalised) may name a place an act answers an attack at: substring
    tests only (most documents hold none of the words; ``answers`` reads each place)."""
    if "انتقام" in text or "ثار ل" in text or "ثارا ل" in text:
        return True
    i = text.find("رد")  # (in many words: الأردن، أردوغان، الرد; each is looked at once)
    while i >= 0 and not text.startswith(_AFTER_RD, i + 2):
        i = text.find("رد", i + 2)
    return i >= 0


def answers(text: str, start: int) -> bool:
    """The place starting at ``start`` in ``text`` (normalised) is where an attack was that
    the act answers."""
    head = max(0, start - 60)
    return _RESPONSE.search(text, head, start) is not None
