"""An actor named as the side whose members fell (مقتل ثلاثة قادة من X، مقتل
خمسة من عناصر X، إصابة جنديين من X): the side hit, not the one that struck, even when
no casualty figure was read around it (roles reads those that were: ``_victims``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.model import Mention

# A word of death or wounding, up to three words of the count and who they were, then the
# partitive من and at most two words (عناصر، إرهابيي; حركة طالبان و: a side named with it) right
# before the actor. None of the words
# opens the act that caused it (في هجوم، بقصف، جراء، إثر) or names an agent (من قبل، من طرف).
_STOP = r"(?:في|جراء|إثر|اثر|خلال|بعد|عقب|على|يد|أيدي|ايدي|لدى|عن|منذ)"
_PARTITIVE = (r"من\s+(?:(?!(?:قبل|طرف|جانب|جهة)\s)(?!" + _STOP + r"\s)(?!ب)[^\s.،,:]+\s+){0,2}"
              r"[\"«“]?[وبل]?$")
_FALLEN = re.compile(
    r"(?:^|\s)[وبل]?(?:مقتل|قتل|مصرع|إصابة|اصابة|جرح|استشهاد)\s+"
    r"(?:(?!" + _STOP + r"\s)(?!ب)[^\s.،,:]+\s+){0,3}" + _PARTITIVE
)
# The same partitive right after a casualty figure the reader found (قتل نحو عشرين مسلحا
# من X و Y).
_AFTER_FIGURE = re.compile(r"\s+" + _PARTITIVE)
_REACH = 70  # characters read before the actor


def fallen(a: Mention, text: str, figures: Sequence[Mention] = (),
           memo: dict[tuple[str, int], bool] | None = None) -> bool:
    """The words right before ``a`` count members of it among the dead or wounded: after a word
    of death or wounding, or after one of ``figures`` (casualty figures of the act). ``memo``
    (a document's facts) keeps the first test's answer per actor: it reads only the text."""
    start = a.span.start
    key = ("fallen", start)
    said = memo.get(key) if memo is not None else None
    if said is None:
        window = text[max(0, start - _REACH) : start]
        said = "من" in window and _FALLEN.search(window) is not None
        if memo is not None:
            memo[key] = said
    if said:
        return True
    return any(0 <= start - m.span.end <= _REACH and _AFTER_FIGURE.match(text, m.span.end, start)
               for m in figures)
