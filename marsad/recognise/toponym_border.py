"""A country named as the other side of a border is no scene: "في المناطق الحدودية مع باكستان"،
"قرب الحدود مع أفغانستان"، "near the border with Turkey".

The border is this country's: an act there happened on this side (ACLED codes it in the country
where it took place), so the neighbour only locates it, like the reference point of a direction
(``"locates": true``, marsad.assemble.arguments).
"""

from __future__ import annotations

import re

from marsad.model import JSONValue

# Border words right before the name, as text is normalised (ة → ه, ى → ي; lower case): الحدود
# مع، الحدودية مع، حدودها مع، الحدود المشتركة مع، الشريط الحدودي مع، border(s) with. The search
# starts anywhere in the window, so حدود and up to three letters after it stand for الحدود،
# الحدودي، الحدودية، الحدوديين.
_BORDER = re.compile(
    r"(?:حدود\w{0,3}|الحدوديتين)"
    r"(?:\s+(?:المشتركه|البريه|الشرقيه|الغربيه|الشماليه|الجنوبيه))?\s+مع\s*$"
    r"|borders?\s+with\s+$"
)
_REACH = 40  # characters before the name to look at
MAY_BORDER = ("حدود", "border")  # a document with neither skips ``across_border``


def may_border(text: str) -> bool:
    """Cheap per-document test: a border word anywhere in the (normalised) text."""
    return any(w in text for w in MAY_BORDER)


def across_border(text: str, start: int, value: dict[str, JSONValue]) -> bool:
    """The country mention starting at ``start`` follows a border word and مع / with."""
    feature = value.get("feature")
    if not isinstance(feature, str) or not feature.startswith("A.PCL"):
        return False
    return _BORDER.search(text, max(0, start - _REACH), start) is not None
