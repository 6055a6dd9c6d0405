"""The sides of a fight named after بين (اشتباكات عنيفة بين قوات الجيش والحوثيين، معارك دارت
أمس بين الطرفين): both are sides of it, in the order named. Without this the second side, a few
words from the trigger, was never read."""

from __future__ import annotations

import re

from marsad.model import Mention

# بين right after the fight's word, or after up to two words (عنيفة، دارت، أمس).
_BETWEEN = re.compile(r"\s+(?:[^\s.،]+\s+){0,2}?بين\s")
AMONG_REACH = 90  # characters after بين in which the sides are named


def between_sides(t: Mention, text: str) -> int | None:
    """Where the sides named after the fight's بين start, else None."""
    end = t.span.end
    if "بين" not in text[end : end + 40]:
        return None
    found = _BETWEEN.match(text, end)
    return found.end() if found else None


_ONE_SIDE = "من جهة"  # (بين X و Y من جهة و Z من جهة أخرى: X and Y fight together)


def two_sides(sides: list[int], starts: list[int], among: int | None, text: str) -> tuple[int, list[int]]:
    """The first side and the others, best first: the first actor named, then the first named
    after "من جهة" when the sides are grouped (X with its allies on one side), else the next."""
    split = -1 if among is None else text.find(_ONE_SIDE, among, among + AMONG_REACH)
    if split < 0 or len(sides) < 2:
        return sides[0], sides[1:]
    other = [x for x, start in zip(sides, starts, strict=True) if start > split]
    allies = [x for x in sides[1:] if x not in other]
    return sides[0], other + allies
