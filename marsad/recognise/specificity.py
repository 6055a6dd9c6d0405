"""Specificity cues: words that make a report a pattern, a trend, the past, a maybe or a denial.

The value is ``{"specificity", "scope"}``; the assembler applies a cue to the triggers in its
scope (see ``specificity.tsv``). Found in code besides the lexicon: "قبل/منذ + number + years"
and "قبل + weeks/months" (historical), قد before a present-tense verb (hypothetical; قد before a past verb is not)
and "منذ بدء/اندلاع/مطلع …" (trend: a tally since something began).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

import regex

from marsad.model import Mention
from marsad.recognise.cues import read_rows, variants
from marsad.recognise.specificity_en import english_cues
from marsad.recognise.specificity_tally_en import asks, tally_cues
from marsad.text.lexicon import PhraseLexicon, longest
from marsad.text.view import TextView

NAME = "marsad.specificity.v1"
_YEARS = (r"\s+(?:\p{L}+|[0-9]+)\s+(?:اعوام|سنوات|سنين|عقود|عاما|سنه|عام|عامين|سنتين|عقد|عقدين)"
          r"(?![\p{L}\p{N}])")
_SINCE = regex.compile(r"(?<![\p{L}\p{N}])منذ" + _YEARS)
_YEARS_AGO = regex.compile(r"(?<![\p{L}\p{N}])قبل" + _YEARS)
# "two weeks / two months / N months ago": earlier than the news of the day (one week ago is a
# dated incident with week precision, CODING §4).
_MONTHS_AGO = regex.compile(
    r"(?<![\p{L}\p{N}])قبل\s+(?:(?:\p{L}+|[0-9]+)\s+)?(?:اسبوعين|اسابيع|شهرين|اشهر|شهور|شهرا)"
    r"(?![\p{L}\p{N}])"
)
# "رئيس عمليات اللواء", "غرفة عمليات": a post or an office, not repeated operations.
_TITLE_HEADS = frozenset("رئيس قائد مدير غرفه قياده مركز ضابط مسؤول".split())
# ي marks the present tense; ت does too except on the past verbs of forms V and VI that news
# writes after قد (قد تعرض، قد تمكنت، قد تم); ن-verbs after قد are past (قد نتج، قد نفذ).
_PAST_T = ("تعرض", "تمكن", "تسبب", "تبنى", "تبني", "تكبد", "تلقى", "تلقي", "توفي", "تراجع",
           "تقدم", "تدخل", "تصدى", "تصدي", "تسلم", "تولى", "تولي", "تجاوز", "تحول", "توجه",
           "تعهد", "تزايد", "تصاعد", "تواصل", "تم")
_MAY = regex.compile(
    r"(?<![\p{L}\p{N}])و?قد\s+(?=ي\p{L}{2,}|ت\p{L}{2,})"
    r"(?!(?:" + "|".join(_PAST_T) + r")(?:ت|وا|ا)?(?!\p{L}))(?!ت\p{L}{2,}ت(?!\p{L}))"
)


_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])قبل\s")
# "منذ بدء العملية / منذ اندلاع الحرب / منذ مطلع العام": a toll or a practice counted since
# something began is a tally, not one incident (trend), unless a superlative or "the first
# time" makes it one (أعنف غارات منذ بدء الحرب، للمرة الأولى منذ اندلاع الأزمة).
_SINCE_START = regex.compile(
    r"(?<![\p{L}\p{N}])و?منذ\s+(?:بدء|بدات|بدا|بدايه|مطلع|اندلاع|انطلاق|انطلاقه|اوائل)"
    r"(?![\p{L}\p{N}])"
)
# "خلال الأسابيع الستة الماضية"، "خلال النصف الأول من العام"، "على مدى ثلاثة أشهر": a toll or
# a practice summed over weeks, months or years is a tally (trend), not one incident; a coming
# period ("خلال الأشهر المقبلة") is no tally, nor are days or hours (a dated range).
_OVER_PERIOD = regex.compile(
    r"(?<![\p{L}\p{N}])و?(?:خلال|طوال|طيله|علي\s+مدي|علي\s+مدار)\s+(?:(?:ال)?(?:\p{N}+|\p{L}+)\s+)?"
    r"(?:ال)?(?:اسابيع|اشهر|شهور|سنوات|اعوام|سنين|عقود|نصف|ربع)(?![\p{L}\p{N}])"
    r"(?!\s+(?:\p{L}+\s+)?(?:المقبله|القادمه|المقبلين|القادمين|المقبل|القادم)(?![\p{L}\p{N}]))"
)
_OVER_LEADS = ("خلال", "طوال", "طيله", "مدي", "مدار")
# Its lead words (a match starts at one, or at the و right before one): found in C, the
# pattern is then tried there only (``_at``; ``_over_heads``).
_OVER_HEADS = ("خلال", "طوال", "طيله")
_OVER_ALA = ("مدي", "مدار")  # after "علي" and spaces
_ONE_OF = frozenset(
    "مره للمره لاول اول الاول الاولي اعنف الاعنف اكبر الاكبر اسوا الاسوا اخطر الاخطر اوسع "
    "الاوسع ادمي الادمي اشد الاشد اعلي الاعلي اكثر الاكثر".split())
_ONE_OF_REACH = 6


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``text``, ascending (found by ``str.find``: a regex search of a
    whole text tests a character class at every character, several times slower)."""
    out = []
    k = text.find(word)
    while k >= 0:
        out.append(k)
        k = text.find(word, k + 1)
    return out


def _over_heads(text: str) -> list[int]:
    """Where a lead of _OVER_PERIOD starts (after the optional و): خلال، طوال، طيله, and the
    علي of "علي مدي" or "علي مدار" (spaces as ``\\s+``: ``str.isspace``), ascending."""
    out = [k for word in _OVER_HEADS for k in _occurrences(text, word)]
    for word in _OVER_ALA:
        for k in _occurrences(text, word):
            j = k
            while j > 0 and text[j - 1].isspace():
                j -= 1
            if j < k and text.endswith("علي", 0, j):
                out.append(j - 3)
    out.sort()
    return out


def _at(rx: regex.Pattern[str], text: str, starts: list[int]) -> Iterator[regex.Match[str]]:
    """``rx.finditer(text)`` when every match of ``rx`` starts at one of ``starts``."""
    end = 0
    for start in starts:
        if start >= end and (m := rx.match(text, start)) is not None:
            end = m.end()
            yield m


@lru_cache(maxsize=1)
def lexicon() -> PhraseLexicon[tuple[str, str]]:
    lex: PhraseLexicon[tuple[str, str]] = PhraseLexicon()
    for phrases, specificity, scope in read_rows("marsad.recognise", "specificity.tsv"):
        for phrase in phrases.split("|"):
            for v in variants(phrase, endings=scope == "near"):
                lex.add(v, (specificity, scope))
    return lex


class SpecificityRecogniser:
    """Finds specificity cues (kind ``cue``)."""

    name: str = NAME
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("cue",)

    def __init__(self) -> None:
        self.lexicon = lexicon()

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        toks = view.tokens
        texts = toks.texts
        spans: list[tuple[int, int, str, str]] = [
            (m.start, m.end, *m.value) for m in longest(self.lexicon.matches(toks))
            if not (m.first_token and texts[m.first_token - 1] in _TITLE_HEADS)
        ]
        text = view.text
        # Both "ago" patterns start at a قبل: found once, each pattern then tried there only.
        ago = [m.start() for m in _BEFORE.finditer(text)] if "قبل" in text else []
        # Both "since" patterns start at a منذ (or the و right before it): found in C.
        since = _occurrences(text, "منذ")
        for rx, specificity, scope in (
            (_YEARS_AGO, "historical", "clause"),
            (_MONTHS_AGO, "historical", "clause"),
            (_SINCE, "historical", "since"),
            (_MAY, "hypothetical", "after"),
        ):
            if (rx is _SINCE and not since) or (rx is _MAY and "قد" not in text):
                continue  # (its word is nowhere: one C-level search, no regex scan)
            for match in (rx.finditer(text) if rx is _MAY
                          else _at(rx, text, since if rx is _SINCE else ago)):
                end = match.end() if match.end() > match.start() else match.start() + 1
                cue = text[match.start() : end].rstrip()
                start = match.start() + (1 if cue.startswith("وقد") else 0)
                spans = [s for s in spans if s[1] <= start or s[0] >= start + len(cue)]
                spans.append((start, match.start() + len(cue), specificity, scope))
        if since:
            for match in _at(_SINCE_START, text,
                             [p - 1 if p and text[p - 1] == "و" else p for p in since]):
                if _ONE_OF.isdisjoint(text[max(0, match.start() - 60) : match.start()].split()
                                      [-_ONE_OF_REACH:]):
                    # "ومنذ بدء المسيرات في 30 آذار، قتل…": opening its clause, it governs the
                    # rest of the sentence.
                    lead = match.group().startswith("و")
                    start = match.start() + (1 if lead else 0)
                    spans = [s for s in spans if s[1] <= start or s[0] >= match.end()]
                    spans.append((start, match.end(), "trend", "sentence" if lead else "clause"))
        if any(w in text for w in _OVER_LEADS):
            heads = _over_heads(text)
            for match in _at(_OVER_PERIOD, text, [p - 1 if p and text[p - 1] == "و" else p for p in heads]):
                start = match.start() + (1 if match.group().startswith("و") else 0)
                spans = [s for s in spans if s[1] <= start or s[0] >= match.end()]
                spans.append((start, match.end(), "trend", "clause"))
        english = view.language == "en"
        for start, end, specificity, scope in english_cues(view) + tally_cues(text) if english else ():
            spans = [s for s in spans if s[1] <= start or s[0] >= end]
            spans.append((start, end, specificity, scope))
        if english:  # (a reported question's "if" or modal: no maybe)
            spans = [s for s in spans if s[2] != "hypothetical" or not asks(text, s[0], s[1])]
        out: list[Mention] = []
        for start, end, specificity, scope in sorted(spans):
            span = view.span(start, end)
            out.append(
                Mention("cue", span, span.of(view.original),
                        {"specificity": specificity, "scope": scope}, self.name)
            )
        return out
