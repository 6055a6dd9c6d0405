"""The date recogniser's word tables (``dates.tsv``) and patterns, built once.

Word alternations are written as tries (one branch per character). Each pattern runs only
in windows holding what every match of it contains (``_NEEDS``): its month, weekday or
relative word, found by one Aho-Corasick pass per window, or the shape of a digit run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from marsad.recognise.numbers import _read, clitic_forms
from marsad.text.normalise import normalise_phrase


@dataclass(frozen=True, slots=True)
class _Tables:
    months: dict[str, int]
    ambiguous: frozenset[str]
    hmonths: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[str, int, bool]]  # phrase -> (kind, offset, needs a part word)
    parts: dict[str, str]
    ago: dict[str, tuple[str, int | None]]
    patterns: dict[str, re.Pattern[str]]
    anchors: frozenset[str]  # tokens near which a date can be: only there are patterns run
    words: ahocorasick.Automaton  # every word a pattern needs -> its _NEEDS bits


def _alt(words: Sequence[str]) -> str:
    """An alternation of ``words`` that prefers the longest, written as a trie: the engine
    reads one branch per character instead of trying every word in turn. It matches what
    ``"|".join(sorted(words, key=len, reverse=True))`` matches, in the same order of
    preference (words matching at one place are prefixes of each other: longest first)."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branch(trie)


def _branch(node: dict[str, dict[str, Any]]) -> str:
    arms = [re.escape(ch) + _branch(node[ch]) for ch in sorted(node) if ch]
    if not arms:
        return ""
    body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    months: dict[str, int] = {}
    hmonths: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    relative: dict[str, tuple[str, int, bool]] = {}
    parts: dict[str, str] = {}
    ago: dict[str, tuple[str, int | None]] = {}
    ambiguous: set[str] = set()
    for row in _read("dates.tsv"):
        kind, phrase, value = row[0], normalise_phrase(row[1]), row[2]
        flag = row[3] if len(row) > 3 else ""
        if flag == "ambiguous":
            ambiguous.add(phrase)
        if kind == "month":
            months[phrase] = int(value)
        elif kind == "hmonth":
            hmonths[phrase] = int(value)
        elif kind == "weekday":
            weekdays[phrase] = int(value)
        elif kind.startswith("rel"):
            relative[phrase] = (kind, int(value), flag == "part")
        elif kind == "part":
            parts[phrase] = value
        elif kind == "ago":
            ago[phrase] = (value, int(flag) if flag else None)
    mon, wd, part = _alt(list(months)), _alt(list(weekdays)), _alt(list(parts))
    year = r"(?P<year>(?:19|20)[0-9]{2})(?![0-9])"
    rel_after = r"(?:\s+(?P<rel>الماضي|المنصرم|الفائت|المقبل|القادم|الجاري|الحالي))?"
    patterns = {
        "absolute": re.compile(
            rf"(?<!\w)(?P<cl>[وفب])?(?:(?:يوم\s+)?(?P<wd>{wd})\s*[,،]?\s*(?:الموافق\s+)?)?"
            rf"(?:(?P<part>{part})\s+)?"
            r"(?:(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|و|الي)\s*(?P<day2>[0-9]{1,2}))?"
            r"\s*(?:من\s+|of\s+)?)?(?P<shahr>شهر\s+)?"
            rf"(?P<mon>{mon})(?:\s*[/(\-]\s*(?P<mon2>{mon})\s*\)?)?"
            rf"(?:\s*[,،]?\s*(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?{year}(?:\s*م(?!\w))?)?"
            rf"{rel_after}(?![\w/])"
        ),
        "english": re.compile(
            rf"(?<!\w)(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?"
            rf"(?![0-9])(?:,?\s+{year})?"
        ),
        "numeric": re.compile(
            rf"(?:(?<!\w)(?P<cl>[وف])?(?:يوم\s+)?(?:{wd})\s*[,،]?\s*(?:الموافق\s+)?)?"
            r"(?<![0-9a-z/.\-])(?:(?P<day>[0-9]{1,2})\s*(?P<sep>[/.\-])\s*(?P<mon>[0-9]{1,2})\s*(?P=sep)\s*"
            r"(?P<year>(?:19|20|13|14)[0-9]{2})|(?P<iy>(?:19|20)[0-9]{2})(?P<isep>[/\-])"
            r"(?P<im>[0-9]{1,2})(?P=isep)(?P<id>[0-9]{1,2}))(?:\s*(?P<h>ه)(?!\w))?(?![\w/.\-]|\.[0-9])"
        ),
        "hijri": re.compile(
            r"(?<![0-9a-z])(?:(?P<day>[0-9]{1,2})\s*(?:من\s+)?)?(?:شهر\s+)?"
            rf"(?P<mon>{_alt(list(hmonths))})\s*(?:(?:من\s+)?(?:عام|سنه)\s+)?"
            r"(?P<year>1[34][0-9]{2})(?![0-9])(?:\s*(?:ه|هجري|هجريه|للهجره)(?!\w))?"
        ),
        "weekday": re.compile(
            r"(?<!\w)(?P<cl>[وف])?(?:(?P<lead>اليوم|امس|today|yesterday)\s*(?P<paren>\()?\s*)?"
            r"(?:(?P<cue>يوم|(?P<night>ليله|ليل)|مساء|صباح|فجر|ظهر|عصر|ظهيره|on|last|next)\s+)?"
            rf"(?P<wd>{wd})(?(paren)\s*\))"
            # "ليل السبت الأحد", "ليلة السبت إلى الأحد": the night from one day to the next
            rf"(?(night)(?:\s*(?:الي\s+|[-/]\s*)?(?P<wd2>{wd})(?!\w))?)"
            r"(?:\s+(?P<wrel>الماضيه?|المنصرمه?|الفائته?|المقبله?|القادمه?))?(?!\w)"
        ),
        "relative": re.compile(
            rf"(?<!\w)[وفب]?(?:(?P<part>{part})\s+)?(?P<rel>{_alt(list(relative))})(?!\w)"
        ),
        "ago": re.compile(r"(?<!\w)[وف]?(?P<ago>قبل)\s+"),
        "named": re.compile(rf"\s*(?:{mon}|{_alt(list(hmonths))}|{wd})(?!\w)"),
        "ago_unit": re.compile(rf"\s*(?P<unit>{_alt(list(ago))})(?!\w)(?P<en>\s+ago)?"),
        "en_ago": re.compile(r"(?<!\w)(?=(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+\w+\s+ago(?!\w))"),
        # "عام 2016"; and "في 2016" with no عام, but only where a count cannot be ("في 2000
        # منزل" is not a year): before punctuation, the end, or a preposition or conjunction.
        "year": re.compile(
            r"(?<!\w)(?P<cl>[وف])?(?:(?:[بل]?ال|[بل])?(?:عام|سنه)|in|since|during|year"
            r"|(?P<bare>في|منذ|خلال|حتي))\s+"
            r"(?P<year>1[0-9]{3}|20[0-9]{2})(?![0-9])(?:\s*(?P<h>م|ه)(?!\w))?"
            r"(?(bare)(?=\s*(?:$|[.,،؛:)\n]|(?:في|من|الي|عندما|حين|حينما|بعد|قبل|ضد|علي|و)"
            r"(?!\w))))"
        ),
    }
    words = {w for phrase in (*months, *hmonths, *weekdays, *relative, *parts, *ago)
             for w in phrase.split()}
    words -= {"من", "ال", "the", "of", "a", "هذا", "last", "this"}
    words |= {"قبل", "ago", "شهر", "يوم", "ليله", "on"}
    needed: dict[str, int] = {"قبل": _AGO, "ago": _EN_AGO}
    for phrases, bit in ((months, _MONTH), (hmonths, _HMONTH), (weekdays, _WEEKDAY),
                         (relative, _REL)):
        for phrase in phrases:
            needed[phrase] = needed.get(phrase, 0) | bit
    automaton = ahocorasick.Automaton()
    for phrase, bits in needed.items():
        automaton.add_word(phrase, bits)
    automaton.make_automaton()
    return _Tables(
        months, frozenset(ambiguous), hmonths, weekdays, relative, parts, ago, patterns,
        clitic_forms(words), automaton,
    )


# What a window holds, as bits: a pattern runs only in windows holding what every match of it
# must contain (its month, weekday or relative word as a substring; its digit run's shape).
_MONTH, _HMONTH, _WEEKDAY, _REL, _AGO, _EN_AGO = 1, 2, 4, 8, 16, 32
_SHORT_RUN = 64  # 1-2 digits: an English day
_YEAR_RUN = 128  # four digits 1xxx or 20xx: a year after عام/في
_HIJRI_RUN = 256  # four digits 13xx or 14xx: a Hijri year
_SEP_RUN = 512  # digits followed by / . or -: a numeric date
_NEEDS = {
    "absolute": _MONTH, "english": _MONTH | _SHORT_RUN, "numeric": _SEP_RUN,
    "hijri": _HMONTH | _HIJRI_RUN, "weekday": _WEEKDAY, "relative": _REL, "year": _YEAR_RUN,
    "ago": _AGO, "en_ago": _EN_AGO,
}
# For each set of bits a window may have, the patterns to run there (in _NEEDS order).
_RUNS = [
    tuple(key for key, need in _NEEDS.items() if bits & need == need)
    for bits in range(2 * _SEP_RUN)
]
