"""A place named as where people came from or were going ("أسرة من محافظة إب"، "عمال ينحدرون من
البنجاب"، "بحجة ذهابهم إلى عدن"، "قبل سفره إلى العراق"): their home or their destination, not
where the act happened. Such a place is marked as only locating
("locates"), so no event is placed there, as for a hospital the wounded were taken to.

Only nouns that name people by where they come from (a family, workers, students, pilgrims,
travellers; ينحدر "hails from") and the masdars of setting out (ذهاب، سفر) count: "اعتقلت
ثلاثة شبان من بلدة X" is an arrest in X, "لدى عودته إلى X" may be too (arrested on arrival), and
"في طريقه إلى X"، "تعزيزات قادمة من X"، "أثناء توجهها إلى X" (en route: a convoy struck on its
way) are often nearest X, the place ACLED would code; none is read so. Displacement words (نزوح، فرار) are left out: a flight is placed
where people fled from. A place the text goes on to describe as a scene ("ذهابهم إلى دوما، حيث
وقع الهجوم") stays one.
"""

from __future__ import annotations

import re

from marsad.text.substrings import AnyOf

# Read on the normalised text (ة → ه، أ/إ → ا، ى → ي): people named by where they come from.
_PEOPLE = (r"(?:ال)?(?:اسره|عائله|عائلات|عمال|عامل|عاملا|عاملين|طالب|طالبا|طلاب|طالبه|طالبات"
           r"|حجاج|حاجا|معتمرين|معتمرون|زوار|زائرين|مسافر|مسافرا|مسافرين|مسافرون|ركاب|مغترب"
           r"|مغتربا|مغتربين|مغتربون|وافد|وافدين|وافدون|مهاجر|مهاجرا|مهاجرين|مهاجرون)")
_HAILS = r"(?:ينحدر|ينحدرون|تنحدر|ينحدران|المنحدر|المنحدرين|المنحدره|منحدر|منحدرين|اصله|اصلها|اصلهم|اصولهم)"
# Setting out somewhere, said of people (ذهابهم، سفره): not the participles قادم and متوجه, said as
# often of convoys and reinforcements struck on their way (where the strike was is unknown).
_GOING = r"(?:ذهاب|ذهابه|ذهابها|ذهابهم|ذهابهما|سفر|سفره|سفرها|سفرهم|سفرهما)"
_WORD = r"[^\s.،,:؛()«»\"]+"
# An adjective of origin between the noun and من (أسرة يمنية من، عمال سوريون من، أسرة نازحة من):
# a verb there
# (العائلات فرت من) makes من the verb's, said of a flight.
_NISBA = (r"(?:\s+(?:[^\s.،,:؛()«»\"]+(?:ي|يه|يين|يون|يات)|(?:ال)?نازح(?:ه|ين|ون|ات)?"
          r"|(?:ال)?مهجر(?:ه|ين|ون)?))?")
# A displacement masdar before the noun (تهجير عائلات من دمشق، نزوح أسر من X): the place is where
# people were driven from, the event's own place.
_UPROOTED = "".join(rf"(?<!{w} )" for w in ("تهجير", "نزوح", "ترحيل", "اجلاء", "اخلاء", "طرد",
                                            "فرار", "هروب", "خروج"))
_ORIGIN = re.compile(
    r"(?:^|\s)" + _UPROOTED + r"[وفبل]?(?:" + _PEOPLE + _NISBA + r"\s+من"
    r"|" + _HAILS + r"\s+(?:اصلا\s+)?من"
    r"|" + _GOING + r"(?:\s+" + _WORD + r"){0,2}?\s+(?:الي|نحو|من|باتجاه)"
    r")\s+(?:(?:ابناء|اهالي|سكان)\s+)?$")
# Every match holds one of these: a document with none skips ``origin_of``.
_MAY_ORIGIN = AnyOf(("اسره", "عائل", "عامل", "عمال", "طالب", "طلاب", "حاج", "معتمر", "زوار",
                     "زائر", "مسافر", "ركاب", "مغترب", "وافد", "مهاجر", "نحدر", "اصل", "ذهاب",
                     "سفر"))
# What the text before such a place ends with, less its trailing spaces.
_ENDS = ("من", "الي", "نحو", "باتجاه", "ابناء", "اهالي", "سكان")
# Right after the place: the text says what happened there ("، حيث وقع الهجوم").
_WHERE_AFTER = re.compile(r"[\s،,]*(?:\S+\s+)?حيث\b")


def may_origin(text: str) -> bool:
    """Whether ``text`` (normalised) may name where people came from or went: substring tests
    only (``origin_of`` reads each place)."""
    return _MAY_ORIGIN.search(text)


def origin_of(text: str, start: int, end: int) -> bool:
    """The place at ``start``-``end`` in ``text`` (normalised) is where people came from or were
    going, not where the act happened."""
    head = max(0, start - 60)
    window = text[head:start]
    # Cheap tests first: every match of _ORIGIN ends so (but for spaces) and holds a word of
    # _MAY_ORIGIN; most places follow في.
    if not window.rstrip().endswith(_ENDS) or not _MAY_ORIGIN.search(window):
        return False
    return _ORIGIN.search(text, head, start) is not None and _WHERE_AFTER.match(
        text, end, end + 30) is None
