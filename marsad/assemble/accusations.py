"""The sides of an act someone is accused of (اتهمت X Y بقصف…، تتهم X Y باستهدافها): the accused
Y did it (actor 1); the accuser X reports it, and is the side hit only when the act's word
carries a pronoun for it (باستهدافها: "of targeting it"). ACLED codes the reported act with the
accused as actor 1 (the attribution is kept apart)."""

from __future__ import annotations

import re

from marsad.model import Mention

# A verb of accusing, and how far before the act's word it may stand (its subject and object can
# be long: اتهمت الوحدات الكردية، التي تقاتل التنظيم، تركيا أمس باستهدافها).
_ACCUSE = re.compile(r"(?:^|[\s«\"(])[وف]?(?:اتهم|يتهم|تتهم)(?:ت|وا|ا|ه|ها|هم)?(?=[\s«\"])")
_REACH = 220
# The accusation's ب-phrase (بقصف، باستخدام قنابل فوسفورية بقصف): the act's word is in its first
# few words, with no comma before it.
_GOVERNED = re.compile(r"(?:^|\s)ب\S")
_ACT_WORDS = 4
# Words of time that may stand between the accused and the ب-phrase (اتهمت النظام أمس بقصف).
_DAY_WORDS = frozenset("أمس اليوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت مجددا "
                       "مجدداً أيضا أيضاً".split())
# The act's word governed by the accusation's ب (بقصف، باستهداف، بشن غارة): right before it.
_OBJECT_PRONOUN = ("ها", "هم", "هما", "ه")


class Accusation:
    """Where the accuser stands in one act's accusation (``of``)."""

    __slots__ = ("after", "governed", "pronoun")

    def __init__(self, after: int, governed: int, pronoun: bool) -> None:
        self.after = after  # where the accusing verb ends: its subject (the accuser) comes next
        self.governed = governed  # where its ب-phrase starts (the act accused of)
        self.pronoun = pronoun  # the act's word ends in a pronoun (its object is the accuser)


def accusation_of(t: Mention, text: str) -> Accusation | None:
    """The accusation the act ``t`` is the object of (its word after ب, an accusing verb before
    it in its sentence), else None."""
    start = t.span.start
    if not (t.text.startswith("ب") or text[start - 1 : start] == "ب"):
        return None
    # (with the act's first letter, and the one after a ب inside its span)
    window = text[max(0, start - _REACH) : start + (2 if t.text.startswith("ب") else 1)]
    cut = max(window.rfind("."), window.rfind("\n"), window.rfind("؟"))
    verbs = list(_ACCUSE.finditer(window, cut + 1))
    if not verbs:
        return None
    found = verbs[-1]  # (the nearest)
    governed = _GOVERNED.search(window, found.end())
    if governed is None or "،" in window[governed.start() :] or len(
            window[governed.start() :].split()) > _ACT_WORDS:
        return None  # (the act accused of is another: اتهمتها بمساعدة التنظيم، ورفضت طلبا بالسيطرة)
    first = t.text.split()[0]
    pronoun = len(first) > 5 and first.endswith(_OBJECT_PRONOUN)
    base = max(0, start - _REACH)
    return Accusation(base + found.end(), base + governed.start(), pronoun)


def accuser(a: Mention, acc: Accusation, text: str) -> bool:
    """``a`` is the accusing verb's subject: right after it (past an opening quote), with the
    accused named between it and the ب-phrase. Right before the ب-phrase (past a day word) it
    is the accused itself, its accuser named before the verb (الولايات المتحدة اتهمت النظام
    بشن هجوم) or by the verb's pronoun."""
    if text[acc.after : a.span.start].strip(" «\""):
        return False
    between = text[a.span.end : acc.governed].replace("،", " ").split()
    return any(w.strip("»\"") not in _DAY_WORDS for w in between)
