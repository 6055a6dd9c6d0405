"""A place named as the seat of a body, not as a scene: "المرصد السوري ومقره بريطانيا"، "المؤسسة
التي يوجد مقرها في طرابلس"، "منظمة تتخذ من لاهاي مقرا لها"، "the London-based monitor", "a group
based in Idlib". The place says where an organisation, a government or a court sits; the act the
sentence tells (a statement, an accusation, a strike it reports) is not placed there. The body's
seat is told by a possessive مقره/مقرها after و or a relative pronoun ("اقتحموا مقرها في عدن",
an object, is a scene and is left alone), by "تتخذ من X مقرا", or by "based/headquartered in".
A country where a group is outlawed ("تنظيم داعش (المحظور في روسيا)"، "حزب العمال الكردستاني
المحظور في تركيا"، "banned in Russia") names a jurisdiction, not a scene either; weapons banned
somewhere ("استخدام الأسلحة المحظورة في سوريا") are used there, and that place stays a scene.
"""

from __future__ import annotations

import re

from marsad.text.normalise import normalise_phrase

_SEAT = r"مقر(?:ه|ها|هم|هما)(?:\s+الرييسي|\s+الرئيسي)?"
_IN = r"\s+(?:(?:في|فى)\s+|ب)?"
# The text right before the place (normalised).
_BEFORE = re.compile(
    rf"(?:^|\s)(?:و{_SEAT}"  # ومقره بريطانيا، ومقرها في القامشلي
    rf"|(?:التي|الذي|الذين|اللتين)\s+(?:(?:يوجد|يقع|توجد|تقع|كان|كانت)\s+)?{_SEAT}"
    rf"|{_SEAT}\s+(?:الذي\s+)?(?:يوجد|يقع|الكاين|الكائن|الواقع))"  # مقرها الكائن في
    rf"{_IN}$"
    r"|(?P<takes>(?:^|\s)(?:تتخذ|يتخذ|اتخذت|اتخذ|تتخذان|يتخذان|تتخذون)\s+من\s+$)"  # then مقرا
    r"|\b(?:based|headquartered)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SEAT_AFTER = re.compile(r"\s*(?:ال)?مقرا?(?:\s|$|[.،,])")
_BASED_AFTER = re.compile(r"-based\b", re.IGNORECASE)
# "Banned in" right before the place, not after a noun of weapons or arms (normalised).
_OUTLAWED = re.compile(
    r"(?:^|\s)(?:(\S+)\s+)?\(?(?:ال)?محظور(?:ه|ين|ون)?\s+(?:(?:في|فى)\s+|ب)$"
    r"|\b(?:(\w+)\s+)?(?:banned|outlawed|proscribed)\s+in\s+$",
    re.IGNORECASE,
)
_ARMS = frozenset(normalise_phrase(w) for w in (
    "أسلحة الأسلحة سلاح السلاح ذخائر الذخائر مواد المواد أسلحتها weapons arms munitions "
    "substances").split())
# Any of these in a document's (normalised) text: only then are its places read for a seat.
_CUES = (normalise_phrase("مقر"), "based", "headquartered")
_OUTLAW_CUES = (normalise_phrase("محظور"), "banned", "outlawed", "proscribed")


def may_seat(text: str) -> bool:
    """Whether ``text`` (normalised) holds a word ``seat_at`` needs at all."""
    return any(c in text for c in _CUES)


def may_outlaw(text: str) -> bool:
    """Whether ``text`` (normalised) holds a word ``outlawed_in`` needs at all."""
    return any(c in text for c in _OUTLAW_CUES)


def outlawed_in(text: str, start: int) -> bool:
    """The place starting at ``start`` in ``text`` (normalised) is where a group is banned."""
    m = _OUTLAWED.search(text, max(0, start - 40), start)
    return m is not None and (m.group(1) or m.group(2) or "").lower() not in _ARMS


def seat_at(text: str, start: int, end: int) -> bool:
    """The place at ``start``..``end`` in ``text`` (normalised) names where a body sits.
    Every match of _BEFORE holds مقر, the stem of تتخذ/اتخذ, or the "d" of based or
    headquartered (a letter with no other case form under IGNORECASE): tested first."""
    if text.startswith("-", end) and _BASED_AFTER.match(text, end):
        return True  # the London-based monitor
    head = max(0, start - 40)
    window = text[head:start]
    if "مقر" not in window and "تخذ" not in window and "d" not in window and "D" not in window:
        return False  # (no word a match holds: found in C, no regex search)
    m = _BEFORE.search(text, head, start)
    if m is None:
        return False
    if m.group("takes") is not None:
        return _SEAT_AFTER.match(text, end) is not None  # تتخذ من لاهاي مقرا
    return True
