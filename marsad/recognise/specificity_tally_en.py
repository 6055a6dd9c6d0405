"""English specificity, two readings the word lists get wrong.

A toll in the present perfect summed over a period ("mines have killed hundreds of civilians",
"the strikes have killed 40 people since January", "thousands have been wounded") is a tally, a
trend, not one incident; an exact toll with no period ("a car bomb has killed 12 people") stays
one incident.
A reported question ("it was not clear if the strike…", "police could not confirm the deaths",
"officials would not say who fired") tells of a real act: its "if" or its modal is no maybe.
"""

from __future__ import annotations

import re

from marsad.recognise.specificity_en import Cue, one_of

# has/have (+ an adverb) + a toll verb (and a second one), then what it counts.
_PERFECT_TOLL = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|maimed|claimed\s+the\s+lives\s+of)"
    r"(?:\s+(?:and|or)\s+(?:killed|wounded|injured|maimed))?\s+"
)
# The same in the passive: has/have been (+ an adverb) + a toll verb ("hundreds of civilians have
# been killed"), its mass before it as the subject.
_PASSIVE_TOLL = re.compile(
    r"\b(?:has|have)\s+been\s+(?:\w+ly\s+)?(?:killed|wounded|injured|maimed)\b")
_SUBJECT_REACH = 60  # characters back from the auxiliary to the mass it counts
# A mass no single incident reaches as a rule: hundreds, thousands, 1,000 and more.
_MASS = re.compile(
    r"(?:(?:more\s+than|over|at\s+least|nearly|almost|about|around|some|up\s+to|an\s+estimated)\s+)?"
    r"(?:hundreds|thousands|tens\s+of\s+thousands|millions|\d{1,3}(?:,\d{3})+|\d{4,})\b"
)
# "since" or a period word a few words on, in the same clause: the toll is counted over it.
_SINCE = re.compile(
    r"[^.;:,]{0,80}?\b(?P<period>since|over\s+the\s+(?:years|past|last)|so\s+far\s+this)\b")

# Words after which "if" asks (it was not clear if, officials did not say if): no condition.
_ASKING = frozenset(
    "clear unclear known unknown know knew say said tell told confirm confirmed determine "
    "determined establish established verify verified ask asked see check sure certain "
    "whether wondered".split())
# A modal + not + a verb of knowing or telling: what the source could not tell is real.
_UNTOLD = re.compile(
    r"(?:could|would)\s+(?:not|neither)\s+(?:be\s+)?(?:immediately\s+|independently\s+)?"
    r"(?:confirm|verify|say|tell|determine|identify|establish|ascertain|specify|comment|give|"
    r"provide|disclose|reveal|reached|confirmed|verified|identified|determined|established)\b"
)


def tally_cues(text: str) -> list[Cue]:
    """Trend cues on present-perfect tolls of a mass or over a period (normalised offsets)."""
    if ("has" not in text and "have" not in text) or (
            "killed" not in text and "wounded" not in text and "injured" not in text
            and "maimed" not in text and "lives" not in text):
        return []  # (C-level pre-check: no perfect toll verb)
    out: list[Cue] = []
    for m in _PERFECT_TOLL.finditer(text):
        if _MASS.match(text, m.end()) or _over_period(text, m.end()):
            out.append((m.start(), m.end() - 1, "trend", "clause"))
    if "been" in text:
        for m in _PASSIVE_TOLL.finditer(text):
            if _mass_before(text, m.start()) or _over_period(text, m.end()):
                out.append((m.start(), m.end(), "trend", "clause"))
    return out


# A clause mark, but not the comma inside a figure ("1,000 civilians").
_CLAUSE_MARK = re.compile(r"[.;:]|,(?!\d)")


def _mass_before(text: str, at: int) -> bool:
    """A mass counted in the subject before ``at``, in its clause ("hundreds of civilians have
    been killed"; not "12 people")."""
    before = text[max(0, at - _SUBJECT_REACH) : at]
    cut = max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0)
    return _MASS.search(before, cut) is not None


def _over_period(text: str, at: int) -> bool:
    """A "since …" or "over the years" in the clause after ``at``, not the worst since."""
    m = _SINCE.match(text, at)
    return m is not None and not one_of(text, m.start("period"))


def asks(text: str, start: int, end: int) -> bool:
    """The hypothetical cue at ``start:end`` is a reported question's "if" or modal."""
    word = text[start:end]
    if word == "if":
        before = text[max(0, start - 30) : start].split()
        return bool(before) and before[-1] in _ASKING
    if word in ("could", "would"):
        return _UNTOLD.match(text, start) is not None
    return False
