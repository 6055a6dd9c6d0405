"""The sides of a change of territory: who lost the ground is never its taker, and the taker
decides the sub-type (ACLED: state forces regain territory, a non-state or foreign force
overtakes it). Read by roles (the loser's cues) and after merging (the sub-type)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from marsad.assemble.candidate import Candidate
from marsad.model import Mention

GOV_REGAINS = "Government regains territory"
NSA_OVERTAKES = "Non-state actor overtakes territory"
_TERRITORY = frozenset({GOV_REGAINS, NSA_OVERTAKES})
_STATE = 1
_NON_STATE = frozenset({2, 4})  # rebels, identity militias (ACLED inter codes)

_REACH = 60  # characters read before the actor
# A member or force noun between the cue and the actor (مع مقاتلي التنظيم، من ميليشيات الحوثي).
_CLITIC = r"\S{0,2}$"  # (a proclitic left outside the actor's span: للجيش)
_HEAD = (r"(?:(?:ال)?(?:مقاتلي|مسلحي|عناصر|قوات|ميليشيات?|مليشيات?|فصائل|وحدات|ميليشيا|مليشيا"
         r"|قبضة|أيدي|ايدي|يد|يدي|براثن)\s+)?")
# The side fought: after a word of fighting and مع (بعد اشتباكات عنيفة مع قوات الجيش).
_FOUGHT = re.compile(r"(?:اشتباك|معار?ك|مواجه|قتال|اقتتال|صدام|حرب)\S*\s+(?:\S+\s+){0,2}مع\s+"
                     + _HEAD + _CLITIC)
# The side the ground was taken from: من after the place (تحرير المدينة من قبضة الميليشيات).
_TAKEN_FROM = re.compile(r"(\S+)\s+من\s+" + _HEAD + _CLITIC)
# Words of support before من (بإسناد من التحالف، مدعومة من): an ally, not the loser.
_SUPPORT = re.compile(r"(?:إسناد|اسناد|دعم|مساندة|مشاركة|غطاء|مؤازرة|مدعوم|تعزيزات|قيادة)\S*$")
# The other side named in the object after على (سيطروا على مبان وقواعد للجيش): up to six
# words after the على, none of them an "after" word or a conjunction that opens another act,
# with no comma between.
_OBJECT = re.compile(r"(?:^|\s)على\s+(?:(?!بعد|عقب|إثر|اثر|حيث|فيما|بينما|قبل|خلال)[^\s،,؛:]+\s+){0,6}"
                     + _CLITIC)
_AGENT = re.compile(r"(?:من\s+قبل|على\s+يد|علي\s+يد|بواسطة)\s+" + _HEAD + _CLITIC)
_PARTITIVE = re.compile(r"(?:\d|قوة|قوات|وحدات|عدد|مجموعة|عناصر|مقاتلين|جنود|الجيش)\s+من\s+\S*\s*$")
# Ground freed from a side, named before the cue (تحرير الجامعة من عصابات داعش وفرض سيطرتها على):
# the side after the masdar's من lost it.
_FREED_FROM = re.compile(r"(?:تحرير|استعادة|طرد|انتزاع|استعادت|حررت|حرر|طردت)\S*\s+(?:[^\s.،]+\s+){0,3}"
                         r"([^\s.،]+)\s+من\s+" + _HEAD + r"(?:عصابات\s+|دنس\s+)?" + _CLITIC)


def lost_ground(c: Candidate, a: Mention, text: str) -> bool:
    """``a`` is named as the side a territory cue's ground was taken from: fought with (مع),
    taken from (من, after the trigger's object), or within what was taken (after its على)."""
    if c.family != "territory" or c.trigger.text.isascii():
        return False
    start = a.span.start
    window = text[max(0, start - _REACH) : start]
    if _AGENT.search(window):
        return False  # (سيطرت على المدينة من قبل قوات الجيش: the taker)
    if _FOUGHT.search(window):
        return True
    freed = _FREED_FROM.search(window)
    if freed and not _PARTITIVE.search(window) and not _SUPPORT.search(freed.group(1)):
        return True
    end = c.trigger.span.end
    if start <= end:
        return False
    between = text[end:start]
    if "\n" in between or "." in between:
        return False
    taken = _TAKEN_FROM.search(c.trigger.text.split()[-1] + between)
    if taken and not _PARTITIVE.search(c.trigger.text + between) and not (
            _SUPPORT.search(taken.group(1))):
        return True
    object_text = "على" if c.trigger.text.endswith("على") else ""
    return bool(_OBJECT.search(object_text + between))


def agree_territory(cands: Iterable[Candidate]) -> None:
    """A change of territory and its taker (actor 1) agree once merging has filled the sides.
    A taker of the state decides: its forces regain territory (the non-state sub-type was only
    the cue's default, no taker being named by its own clause). A rebel or identity militia
    given to a government's regaining (whose own clause named no such taker, or the sub-type
    would have followed it) is the side the ground was regained from: it becomes actor 2.
    Political militias and foreign forces fight on either side: the cue's sub-type stands."""
    for c in cands:
        a1 = c.actor1
        if a1 is None or c.sub_event_type not in _TERRITORY:
            continue
        if a1.type == _STATE and c.sub_event_type == NSA_OVERTAKES:
            c.sub_event_type = GOV_REGAINS
            c.notes.append("taker is state forces")
        elif a1.type in _NON_STATE and c.sub_event_type == GOV_REGAINS:
            a2 = c.actor2
            if a2 is not None and a2.type in _NON_STATE:
                c.sub_event_type = NSA_OVERTAKES  # (two non-state sides: the first took it)
                c.notes.append("taker is a non-state force")
            else:
                c.actor1, c.actor2 = a2, a1
                c.notes.append("non-state side of a regaining: the side that lost")


def take_sides(into: Candidate, taker: Candidate) -> None:
    """``into`` (fighting) becomes ``taker``'s change of territory: the taker's own sides come
    first (the fighting names both sides in either order); the other side stays actor 2.
    Arabic only: an English taker, read by position, is no surer than the fighting's subject."""
    a1 = taker.actor1
    if a1 is None or taker.trigger.text.isascii():
        return
    others = [a for a in (taker.actor2, into.actor1, into.actor2) if a is not None and a.id != a1.id]
    into.actor1, into.actor2 = a1, others[0] if others else None
