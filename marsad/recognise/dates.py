"""Date recogniser: absolute, numeric, Hijri, weekday and relative dates, with ACLED precision.

Absolute dates take any regional month name from ``dates.tsv`` ("15 آذار/مارس 2018",
"تشرين الأول 2017", "March 3, 2018", "12/3/2018" day first, ISO). Hijri dates need their year
and are converted with hijridate (Umm al-Qura). Weekdays and relative words ("أمس",
"الأسبوع الماضي", "قبل ثلاثة أيام") resolve only against the document's publication date;
without one they are kept with start/end null and ``resolved: false``. Nothing reads the clock.
Precision: 1 day, 2 week, 3 month; a year or "four years ago" is coarser: no dates, null.
The patterns live in ``date_patterns``, the context tests in ``date_context``, the values and
calendar arithmetic in ``date_values``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial
from itertools import chain, starmap

from hijridate import Hijri

from marsad.model import Mention
from marsad.recognise.date_context import (
    _AGO_IDAFA,
    _BARE_TODAY,
    _FUTURE_BEFORE,
    _NOT_TODAY_AFTER,
    _NOT_TODAY_BEFORE,
    _PAST_BETWEEN,
    _PREP_BEFORE,
    _PREP_BEFORE_EN,
    _THAT_NIGHT_BEFORE,
    _WAS_BEFORE,
    _in_name,
    _told_from_then,
)
from marsad.recognise.date_patterns import (
    _HIJRI_RUN,
    _NEEDS,
    _RUNS,
    _SEP_RUN,
    _SHORT_RUN,
    _YEAR_RUN,
    _tables,
)
from marsad.recognise.date_values import (
    Value,
    _month_bounds,
    _safe_date,
    _shift_month,
    _sunday_start,
    _value,
    _week_start,
)
from marsad.recognise.numbers import find_numbers
from marsad.recognise.token_scan import candidates, merged_windows
from marsad.text.view import TextView

NAME = "marsad.dates.v1"
_ISO_DATE = re.compile(r"((?:19|20|21)[0-9]{2})-([0-9]{2})-([0-9]{2})")
_SEP_AFTER = re.compile(r"\s*[/.\-]")


def publication_date(published: str | None) -> date | None:
    """The date part of an ISO publication date or datetime, else None."""
    if not published:
        return None
    m = _ISO_DATE.match(published.strip())
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# An ambiguous weekday (الاثنين: Monday or "the two") set off by commas or followed by إن/أن
# ("قال الوزير، الاثنين، إن…"، "أعلن الجيش الاثنين أن…"): wire copy's day of the statement.
_SET_OFF_AFTER = re.compile(r"[^\S\n]*[،,]|\s+ان(?!\w)")  # (normalised: إن and أن read ان)
_SET_OFF_BEFORE = re.compile(r"[،,][^\S\n]*\Z")
# A sentence's start: "والاثنين أعلن المكتب…" ("and on Monday …", with its clitic و).
_SENTENCE_START = re.compile(r"(?:\A|[.!؟\n])[^\S\n]*\Z")


def _set_off(m: re.Match[str], text: str) -> bool:
    """The weekday stands before a comma or إن/أن, right after a comma, or opens a sentence
    with و/ف."""
    before = max(0, m.start() - 3)
    return (_SET_OFF_AFTER.match(text, m.end()) is not None
            or _SET_OFF_BEFORE.search(text, before, m.start()) is not None
            or (bool(m.group("cl")) and _SENTENCE_START.search(text, before, m.start()) is not None))


class DateRecogniser:
    """Finds date mentions and resolves them as far as the text and publication date allow."""

    name: str = NAME
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("date",)

    def __init__(self) -> None:
        self.t = _tables()

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        text = view.text
        pub = publication_date(view.document.published)
        candidates: list[tuple[int, int, Value]] = []
        windows = self._windows(view, text)
        readers: list[tuple[str, Callable[[re.Match[str], str, date | None], Value | None]]] = [
            ("absolute", self._absolute), ("english", self._absolute),
            ("numeric", self._numeric), ("hijri", self._hijri), ("weekday", self._weekday),
            ("relative", self._relative), ("year", self._year),
        ]
        for key, reader in readers:
            pattern = self.t.patterns[key]
            clitic = "cl" in pattern.groupindex
            # (the matches of every window, chained in C)
            for m in chain.from_iterable(starmap(partial(pattern.finditer, text), windows[key])):
                value = reader(m, text, pub)
                if value is not None:
                    start = m.end("cl") if clitic and m.group("cl") else m.start()
                    if key == "relative":  # after any clitic (وأمس)
                        start = m.start("part") if m.group("part") else m.start("rel")
                    end = m.end()
                    if key == "weekday" and m.group("wd2") and not self._night_to_next(m):
                        end = m.end("wd")  # two days, not one night: evidence is the first
                    candidates.append((start, end, value))
        candidates.extend(self._ago(text, pub, windows))
        out: list[Mention] = []
        taken: list[tuple[int, int]] = []
        original = view.original
        for start, end, value in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
            for a, b in taken:
                if start < b and a < end:
                    break  # (it overlaps a longer one)
            else:
                taken.append((start, end))
                span = view.span(start, end)
                out.append(Mention("date", span, span.of(original), value, self.name))
        out.sort(key=lambda m: m.span.start)
        return out

    def _windows(self, view: TextView, text: str) -> dict[str, list[tuple[int, int]]]:
        """The merged windows around anchor tokens (``token_scan.merged_windows``) in which each pattern
        can match: those holding what every match of it contains (``_NEEDS``), found by one
        C-level scan of each window for the pattern words and a look at each digit run."""
        indexes, runs = candidates(view.tokens, self.t.anchors, text)
        windows = merged_windows(view.tokens, indexes, text, 8, 24)
        has = [0] * len(windows)
        if runs:
            starts = [s for s, _ in windows]
            for rs, re_ in runs:  # each run lies in the window of the token holding it
                k = bisect_right(starts, rs) - 1
                size = re_ - rs
                if size <= 2:
                    has[k] |= _SHORT_RUN
                elif size == 4 and (text[rs] == "1" or text.startswith("20", rs)):
                    has[k] |= _HIJRI_RUN | _YEAR_RUN if text[rs + 1] in "34" else _YEAR_RUN
                after = text[re_ : re_ + 1]  # (a separator right after: no regex call)
                if after in ("/", ".", "-") or (after.isspace() and _SEP_AFTER.match(text, re_)):
                    has[k] |= _SEP_RUN
        out: dict[str, list[tuple[int, int]]] = {key: [] for key in _NEEDS}
        words = self.t.words
        for (s, e), bits in zip(windows, has, strict=True):
            for _, word in words.iter(text, s, e):
                bits |= word
            for key in _RUNS[bits]:
                out[key].append((s, e))
        return out

    def _absolute(self, m: re.Match[str], text: str, pub: date | None) -> Value | None:
        mon_word = m.group("mon")
        month = self.t.months[mon_word]
        gd = m.groupdict()
        if gd.get("mon2") and self.t.months[gd["mon2"]] != month:
            return None  # "تشرين الأول/نوفمبر" disagrees with itself
        day, year = m.group("day"), m.group("year")
        rel, shahr, part = gd.get("rel"), gd.get("shahr"), gd.get("part")
        paired = bool(gd.get("mon2"))
        if mon_word in self.t.ambiguous and not (day or year or shahr or paired):
            return None
        if not (day or year or rel or shahr or part or paired):
            before = _PREP_BEFORE_EN if mon_word.isascii() else _PREP_BEFORE
            if not before.search(text, max(0, m.start() - 12), m.start()):
                return None
        if day:
            d = int(day)
            d2 = int(gd["day2"]) if gd.get("day2") else d
            if not 1 <= d <= d2 <= 31:
                return None
            if year:
                start, end = _safe_date(int(year), month, d), _safe_date(int(year), month, d2)
                return None if start is None or end is None else _value(start, end, 1, False)
            if pub is None:
                return _value(None, None, None, True)
            y = self._year_for(pub, month, rel, _safe_date(pub.year, month, d))
            start, end = _safe_date(y, month, d), _safe_date(y, month, d2)
            return None if start is None or end is None else _value(start, end, 1, True)
        if year:
            s, e = _month_bounds(int(year), month, self.t.parts.get(part or ""))
            return _value(s, e, 3, False)
        if pub is None:
            return _value(None, None, None, True)
        y = self._year_for(pub, month, rel, _safe_date(pub.year, month, 1))
        s, e = _month_bounds(y, month, self.t.parts.get(part or ""))
        return _value(s, e, 3, True)

    @staticmethod
    def _year_for(pub: date, month: int, rel: str | None, this_year: date | None) -> int:
        """Which year a month (or day) without a year means, seen from ``pub``."""
        if rel in ("المقبل", "القادم"):
            return pub.year if month > pub.month else pub.year + 1
        if rel in ("الجاري", "الحالي"):
            return pub.year
        if rel in ("الماضي", "المنصرم", "الفائت"):
            return pub.year if month < pub.month else pub.year - 1
        if this_year is not None and this_year > pub + timedelta(days=7):
            return pub.year - 1
        return pub.year

    def _numeric(self, m: re.Match[str], text: str, pub: date | None) -> Value | None:
        if m.group("iy"):
            d = _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        elif m.group("year")[:2] in ("13", "14"):  # 23/9/1436 هـ: a Hijri date
            return self._hijri_day(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
        else:
            d = _safe_date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
        return None if d is None else _value(d, d, 1, False)

    @staticmethod
    def _hijri_day(year: int, month: int, day: int) -> Value | None:
        try:
            g = Hijri(year, month, day).to_gregorian()
        except (ValueError, OverflowError):
            return None  # outside Umm al-Qura's 1343-1500 AH, or no such day
        d = date(g.year, g.month, g.day)
        return _value(d, d, 1, False, "hijri")

    def _hijri(self, m: re.Match[str], text: str, pub: date | None) -> Value | None:
        year, month = int(m.group("year")), self.t.hmonths[m.group("mon")]
        try:
            if m.group("day"):
                return self._hijri_day(year, month, int(m.group("day")))
            first = Hijri(year, month, 1)
            last = Hijri(year, month, first.month_length()).to_gregorian()
            f = first.to_gregorian()
            return _value(date(f.year, f.month, f.day), date(last.year, last.month, last.day), 3,
                          False, "hijri")
        except (ValueError, OverflowError):
            return None  # outside Umm al-Qura's 1343-1500 AH, or no such day

    def _weekday(self, m: re.Match[str], text: str, pub: date | None) -> Value | None:
        word, lead, cue, wrel = m.group("wd"), m.group("lead"), m.group("cue"), m.group("wrel")
        paren = m.start() > 0 and text[m.start() - 1] == "("
        if word in self.t.ambiguous and not (lead or cue or wrel or paren or _set_off(m, text)):
            return None
        if pub is None:
            return _value(None, None, None, True)
        wd = self.t.weekdays[word]
        # A coming day ("الجمعة المقبلة", or a bare weekday a planned act is set for) is marked
        # "coming": no act the report tells as done took place on it.
        coming = (wrel or "").startswith(("المقبل", "القادم")) or cue == "next"
        if coming:
            d = pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
        elif not (lead or wrel) and self._planned(m, text):
            coming = True
            d = pub + timedelta(days=(wd - pub.weekday()) % 7)  # the coming one, P included
        elif lead in ("اليوم", "today"):
            # "today (Friday)": the nearest such day to P; a row's date may lag or lead the
            # local day of writing by a day or so (crawl time, time zones).
            near = [pub + timedelta(days=k) for k in (0, -1, 1, -2, -3)]
            d = next((x for x in near if x.weekday() == wd),
                     pub - timedelta(days=(pub.weekday() - wd) % 7))
        elif wd == pub.weekday() and not wrel:
            # Wire copy names the day it is published on ("قال الأحد" in Sunday's report): a bare
            # weekday equal to P's is P itself; "الأحد الماضي" stays a week earlier.
            d = pub - timedelta(days=(pub.weekday() - wd) % 7)  # latest such day, P included
        else:
            d = pub - timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)  # strictly before P
        if m.group("night") and not lead:
            if self._night_to_next(m):
                out = _value(d, d + timedelta(days=1), 1, True)  # the night from d to the next day
            else:
                out = _value(d - timedelta(days=1), d, 1, True)  # the night before that day
        else:
            out = _value(d, d, 1, True)
        if coming:
            out["coming"] = True
        return out

    @staticmethod
    def _planned(m: re.Match[str], text: str) -> bool:
        """A planned-act cue a few words before the weekday, with no relative clause or "after"
        between them (a past act: "سترد على الهجوم الذي وقع الجمعة"), and not a past plan
        ("وكان من المقرر أن … الأربعاء لكن…": that day may have passed)."""
        cue = _FUTURE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        return cue is not None and _PAST_BETWEEN.search(cue.group()) is None and (
            _WAS_BEFORE.search(text, max(0, cue.start() - 12), cue.start()) is None)

    def _night_to_next(self, m: re.Match[str]) -> bool:
        """"ليل السبت الأحد": a night named by two days, the second the day after the first."""
        second = m.group("wd2")
        return second is not None and self.t.weekdays[second] == (self.t.weekdays[m.group("wd")] + 1) % 7

    def _relative(self, m: re.Match[str], text: str, pub: date | None) -> Value | None:
        phrase, part_word = m.group("rel"), m.group("part")
        kind, offset, needs_part = self.t.relative[phrase]
        if needs_part and not part_word:
            return None
        if phrase in _BARE_TODAY and (
            _NOT_TODAY_BEFORE.search(text, max(0, m.start() - 8), m.start())
            or _NOT_TODAY_AFTER.match(text, m.end())
        ):
            return None  # "حتى اليوم" (until now), "اليوم التالي" (the next day), "الليلة التي"
        if phrase == "الليله" and _THAT_NIGHT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            return None  # "في تلك الليلة" (that night, of an account): not the night just past
        if phrase == "اليوم" and _in_name(m, text):
            return None
        part = self.t.parts.get(part_word or "")
        if kind == "relyear":
            return _value(None, None, None, True, year=pub.year + offset if pub else None)
        if pub is None:
            return _value(None, None, None, True)
        if kind == "relday":
            d = pub + timedelta(days=offset)
            return _value(d, d, 1, True)
        if kind == "relpast":
            # (the days counted back to P: one day back is a day's precision, more a week's)
            return _value(pub - timedelta(days=offset), pub, 1 if offset <= 1 else 2, True)
        if kind == "relnight":
            d = pub + timedelta(days=offset)
            return _value(d - timedelta(days=1), d, 1, True)  # the night ending on that day
        if kind == "relweek":
            if offset == 0:
                # "This week", written on P: from the week's start (Sunday, as the region's
                # working week counts it) to P, never days after P.
                s, e = _sunday_start(pub), pub
            else:
                # "Last week" in either week convention: ACLED's Saturday-Friday and the
                # Sunday-Saturday week many outlets count (devset/README.md, "Week words").
                s = _week_start(pub) + timedelta(weeks=offset)
                sunday = _sunday_start(pub) + timedelta(weeks=offset)
                s, e = min(s, sunday), max(s, sunday) + timedelta(days=6)
            if part == "first":
                e = min(e, s + timedelta(days=2))
            elif part == "last":
                s = max(s, e - timedelta(days=2))
            return _value(s, e, 2, True)
        y, mo = _shift_month(pub.year, pub.month, offset)
        s, e = _month_bounds(y, mo, part)
        if offset == 0 and s <= pub < e:
            e = pub  # "this month" so far: a report cannot speak of days after it
        return _value(s, e, 3, True)

    def _year(self, m: re.Match[str], text: str, pub: date | None) -> Value | None:
        hijri = m.group("h") == "ه"
        return _value(None, None, None, False, "hijri" if hijri else "gregorian", int(m.group("year")))

    def _ago(
        self, text: str, pub: date | None, windows: dict[str, list[tuple[int, int]]]
    ) -> list[tuple[int, int, Value]]:
        """"قبل ثلاثة أيام", "قبل يومين", "two days ago": P minus that span."""
        out: list[tuple[int, int, Value]] = []
        pats = self.t.patterns
        starts = [
            (m.start("ago"), m.end()) for s, e in windows["ago"]
            for m in pats["ago"].finditer(text, s, e)
        ]
        starts += [
            (m.start(), m.start()) for s, e in windows["en_ago"]
            for m in pats["en_ago"].finditer(text, s, e)
        ]
        for start, pos in starts:
            count: float | None = None
            nums = find_numbers(text, pos, min(len(text), pos + 40))
            if nums and nums[0].start == pos and not nums[0].vague:
                count, pos = nums[0].min, nums[0].end
            elif text.startswith(("a ", "an "), pos):
                count, pos = 1, text.index(" ", pos)
            u = pats["ago_unit"].match(text, pos)
            if u is None or (text[start : start + 3] != "قبل" and not u.group("en")):
                continue
            if _AGO_IDAFA.match(text, u.end()) or pats["named"].match(text, u.end()):
                continue  # "قبل ثلاثة أيام من الانتخابات", "قبل شهر رمضان": before, not ago
            unit, dual = self.t.ago[u.group("unit")]
            if count is None and dual == 0:
                # "قبل أيام", "قبل أشهر": some days or months, how many unsaid: no day (CODING §2)
                out.append((start, u.end(), _value(None, None, None, True)))
                continue
            if unit != "year" and _told_from_then(text, start):
                continue  # "تجمع العمال ذلك اليوم … احتجاجا على مقتل زملائهم قبل يوم": not from P
            n = count if count is not None else (dual or 1)
            out.append((start, u.end(), self._ago_value(pub, unit, int(n))))
        return out

    @staticmethod
    def _ago_value(pub: date | None, unit: str, n: int) -> Value:
        if unit == "year" or pub is None:
            return _value(None, None, None, True)
        if unit in ("day", "hour"):
            d = pub - timedelta(days=n if unit == "day" else 0)
            return _value(d, d, 1, True)
        if unit == "week":
            # "قبل أسبوع", "two weeks ago": the day that many weeks before P, give or take a day
            # a week (a round figure), not a calendar week (CODING.md, relative time).
            mid = pub - timedelta(weeks=n)
            return _value(mid - timedelta(days=n), mid + timedelta(days=n), 2, True)
        y, mo = _shift_month(pub.year, pub.month, -n)
        s, e = _month_bounds(y, mo)
        return _value(s, e, 3, True)
