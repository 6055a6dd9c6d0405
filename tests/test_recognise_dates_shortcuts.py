"""The speed shortcuts of the date, number and quantity readers find exactly what the plain
ways find: patterns run only in windows holding their words, tries for word alternations,
windows merged without a regex per token, the last token read from the reversed text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import Document, Mention
from marsad.recognise import date_patterns, dates
from marsad.recognise.dates import DateRecogniser
from marsad.recognise.quantities import _TOKEN, _last_token
from marsad.recognise.token_scan import _WORD_REST, merged_windows
from marsad.text.segment import tokens
from marsad.text.view import view

# Pieces of news text around dates, glued with and without spaces so that words meet digits,
# marks and each other the way scraped text has them.
_PIECES = [
    "15", "3", "2018", "1439", "12/3/2018", "2017-10-05", "23/9/1436", "1.5", "مارس", "آذار",
    "تشرين الأول", "كانون", "رمضان", "ذو الحجة", "الأحد", "الاثنين", "الخميس", "يوم", "ليلة",
    "أمس", "اليوم", "الأسبوع الماضي", "العام", "الشهر الجاري", "مطلع", "قبل", "منذ", "ثلاثة",
    "أيام", "يومين", "شهر", "عام", "هـ", "م", "في", "من", "الموافق", "/", "-", "(", ")", "،",
    ".", "March", "3,", "monday", "two", "days", "ago", "قتل", "القوات", "بلدة", "x", "_",
]


def _text(parts: list[tuple[str, str]]) -> str:
    return "".join(piece + glue for piece, glue in parts)


_TEXTS = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", " ", " ", "", "\n", "  "])),
    min_size=1,
    max_size=30,
).map(_text)


def _found(text: str, published: str | None) -> list[Mention]:
    doc = Document(id="t", text=text, language="ar", name="t", published=published)
    return DateRecogniser()(view(doc), [])


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(["2018-03-01", None]))
def test_gated_patterns_find_what_every_pattern_in_every_window_finds(
    text: str, published: str | None
) -> None:
    gated = _found(text, published)
    runs = dates._RUNS
    dates._RUNS = [tuple(dates._NEEDS)] * len(runs)
    try:
        every = _found(text, published)
    finally:
        dates._RUNS = runs
    assert gated == every


@given(st.lists(st.text(alphabet="ابت ث", min_size=1, max_size=5), min_size=1, max_size=12),
       st.text(alphabet="ابت ثx", max_size=30))
def test_trie_alternation_matches_the_longest_first_alternation(words: list[str], text: str) -> None:
    words = sorted(set(words))
    plain = re.compile("(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")")
    trie = re.compile("(?:" + date_patterns._alt(words) + ")")
    # Also followed by something, so that a shorter word must win when the longer fails.
    for tail in ("", r"(?= )", r"(?!\w)"):
        a = [m.span() for m in re.compile(plain.pattern + tail).finditer(text)]
        b = [m.span() for m in re.compile(trie.pattern + tail).finditer(text)]
        assert a == b


def _windows_by_regex(text: str, indexes: list[int], before: int, after: int) -> list[tuple[int, int]]:
    toks = tokens(text)
    out: list[tuple[int, int]] = []
    for i in indexes:
        s, e = max(0, toks.starts[i] - before), min(len(text), toks.ends[i] + after)
        rest = _WORD_REST.match(text, e)
        e = rest.end() if rest else e
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


@given(_TEXTS, st.data(), st.integers(0, 10), st.integers(0, 30))
def test_merged_windows_are_the_windows_made_token_by_token(
    text: str, data: st.DataObject, before: int, after: int
) -> None:
    toks = tokens(text)
    indexes = sorted(data.draw(st.sets(st.integers(0, max(0, len(toks) - 1)))) if len(toks) else set())
    assert merged_windows(toks, indexes, text, before, after) == _windows_by_regex(
        text, indexes, before, after
    )


def _last_token_of_window(text: str, start: int, end: int) -> str | None:
    window = text[start:end].rstrip()
    if not window:
        return None
    run = re.compile(r"[^\W_]+(?:[.,][^\W_]+)*").match(window[::-1])
    return window[-1] if run is None else window[len(window) - run.end() :]


@given(_TEXTS, st.data())
def test_last_token_read_from_the_reversed_window_is_the_windows_last_token(
    text: str, data: st.DataObject
) -> None:
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    expected = _last_token_of_window(text, start, end)
    assert _last_token(text, start, end) == expected
    if expected is not None and expected.isalnum():
        assert expected == _TOKEN.findall(text, start, end)[-1]
