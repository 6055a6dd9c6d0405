"""What the words around a date match say (the date recogniser's context tests): a
preposition before a bare month, "today" that is no date ("حتى اليوم", an outlet's name), a
count back told from another day than the report's, a planned act before a weekday.
"""

from __future__ import annotations

import re

_PREP_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:في|خلال|منذ|حتي|الي|بعد|قبل|مطلع|منتصف|اواخر|اوائل|بدايه|نهايه)\s+\Z"
)
# An English month alone is a date only after these ("retook the town in August").
_PREP_BEFORE_EN = re.compile(
    r"(?<!\w)(?:in|since|during|until|till|throughout|by|early|late|mid-?)\s*\Z", re.IGNORECASE
)
_NOT_TODAY_BEFORE = re.compile(r"(?<!\w)[وف]?(?:حتي|الي|لحد|منذ|ذلك|هذا|لهذا|من)\s+\Z")
# (not "على يد/أيدي": "at the hands of" names who did the act counted back: "قبل يومين على يد مسلحين")
_AGO_IDAFA = re.compile(r"\s*(?:من\s|علي\s(?!(?:ا?يدي|يد)\s)|[0-9]|ال(?!ماضي|فائت|منصرم|اخير))")
# Words that set a sentence's time at another day than the report's ("ذلك اليوم", "يومها",
# "آنذاك", "that day"): a count back there counts from that day (normalised forms).
_THEN = re.compile(r"(?:ذلك|ذاك|نفس|ذات) اليوم|تلك الليله|يومها|ليلتها|حينها|حينذاك|انذاك|وقتها"
                   r"|في ذلك الوقت|\bthat (?:day|night)\b|\bat the time\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _told_from_then(text: str, pos: int) -> bool:
    """Whether the sentence holding ``pos`` sets its time at another day (ذلك اليوم، آنذاك)."""
    start = max(text.rfind(mark, 0, pos) for mark in ".!?؟\n") + 1
    end = _SENTENCE_END.search(text, pos)
    return _THEN.search(text, start, end.start() if end else len(text)) is not None
# Bare "today" and "tonight" words (normalised) that a preposition before them or a definite
# word after them makes no date ("حتى اليوم", "الليلة التي سبقت…").
_BARE_TODAY = frozenset(("اليوم", "الليله"))
_THAT_NIGHT_BEFORE = re.compile(r"(?<!\w)(?:تلك|ذات|نفس)\s+\Z")
_NOT_TODAY_AFTER = re.compile(r"\s+ال(?!اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)\w+")
# "اليوم" as the last word of a name, not "today" (the text is normalised): an outlet named after
# a medium word ("صحيفه المصري اليوم", "قناه روسيا اليوم"), a two-word title in quotes
# («اليمن اليوم»), or a byline cut off by a dash ("عين اليوم – اسطنبول", "… – عين اليوم").
_NAME_BEFORE = re.compile(
    r"(?:(?<!\w)[وفلب]?(?:ال)?(?:قناه|صحيفه|جريده|وكاله|تلفزيون|شبكه|مجله|اذاعه|راديو)"
    r"|[«\"“]|[–—-])\s*\S+\s+\Z")
# A cue of a planned or expected act a few words before a bare weekday (normalised): the
# coming such day ("ومن المقرر أن تنطلق المسيرات يوم الجمعة"), not the past one.
_FUTURE_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:من\s+)?(?:المقرر|المزمع|المرتقب|سوف|يعتزم|تعتزم|يعتزمون|ينوي|تنوي|المتوقع"
    r"|يتوقع|تتوقع|يستعد|تستعد)\s+[^.!?؟\n]{0,40}\Z")
_PAST_BETWEEN = re.compile(r"(?<!\w)[وف]?(?:الذي|التي|الذين|بعد|منذ|عقب|اثر)(?!\w)")
_WAS_BEFORE = re.compile(r"(?<!\w)[وف]?(?:كان|كانت)\s*\Z")
_QUOTE_AFTER = re.compile(r"[»\"”]")
_DASH_AFTER = re.compile(r"[ \t]*[–—-]")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


def _in_name(m: re.Match[str], text: str) -> bool:
    """Whether the "اليوم" matched by ``m`` ends a name (``_NAME_BEFORE``): after a medium word
    or an opening quote and one word, or a byline's dash, with a closing quote, a dash or a
    line's end after it (the medium word alone suffices)."""
    before = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before is None:
        return _DASH_AFTER.match(text, m.end()) is not None and _short_line_start(text, m.start())
    lead = before.group()[:1]
    if lead in "«\"“":
        return _QUOTE_AFTER.match(text, m.end()) is not None
    if lead in "–—-":
        return _LINE_END.match(text, m.end()) is not None
    return True


def _short_line_start(text: str, pos: int) -> bool:
    """At most one word between the line's start and ``pos`` (a byline: "عين اليوم – …")."""
    line_start = text.rfind("\n", 0, pos) + 1
    return len(text[line_start:pos].split()) <= 1
