"""The C-level searches that replaced whole-text regex scans find exactly what the regexes found:
the quotation-mark tokens of a joined token text, the leads of the "over a period" pattern and of
the "since" patterns (specificity), the runs normalising removes or folds, on random texts built
from the words and characters around them."""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.recognise.specificity import (
    _OVER_PERIOD,
    _SINCE,
    _SINCE_START,
    _at,
    _occurrences,
    _over_heads,
)
from marsad.text.lexicon_scan import _PAD, QUOTE_MARKS, _quote_tokens
from marsad.text.normalise import _ANY_REMOVED_OR_FOLDED, _DELETE, _PRESENTATION

WORDS = ["خلال", "طوال", "طيله", "علي", "مدي", "مدار", "مده", "وخلال", "الاشهر", "اشهر", "سنوات",
         "منذ", "ومنذ", "بدء", "اندلاع", "ثلاث", "عقود", "المقبله", "قتل", "و", "3", '"', "'", "،"]
SPACES = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", "\x1c", ""]
TEXT = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SPACES)), max_size=30).map(
    lambda parts: "".join(w + s for w, s in parts))
TOKENS = st.lists(st.sampled_from(['"', "'", "قال", "''", "x", '"قال', "،"]), max_size=20)


def _quote_tokens_by_regex(joined: str) -> list[int]:
    out = []
    k = -len(_PAD)
    pos = 0
    for m in re.finditer("|".join(map(re.escape, QUOTE_MARKS)), joined):
        if joined[m.start() - 1] == " " and joined[m.end()] == " ":
            k += joined.count(" ", pos, m.start())
            pos = m.start()
            out.append(k)
    return out


@settings(max_examples=300)
@given(TOKENS)
def test_quote_tokens_as_the_regex_found_them(tokens: list[str]) -> None:
    joined = _PAD + " ".join(tokens) + " "
    found = _quote_tokens(joined)
    assert found == _quote_tokens_by_regex(joined)
    assert [tokens[k] for k in found] == [t for t in tokens if t in QUOTE_MARKS]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=500)
@given(TEXT)
def test_over_period_matches_as_from_the_regex_heads(text: str) -> None:
    heads = [m.start() for m in re.finditer(r"خلال|طوال|طيله|علي\s+مد", text)]

    def lead(starts: list[int]) -> list[int]:
        return [p - 1 if p and text[p - 1] == "و" else p for p in starts]

    assert _spans(_at(_OVER_PERIOD, text, lead(_over_heads(text)))) == _spans(
        _at(_OVER_PERIOD, text, lead(heads)))


@settings(max_examples=500)
@given(TEXT)
def test_since_patterns_at_each_since_as_over_the_whole_text(text: str) -> None:
    since = _occurrences(text, "منذ")
    assert since == [m.start() for m in regex.finditer("منذ", text)]
    assert _spans(_at(_SINCE, text, since)) == _spans(_SINCE.finditer(text))
    starts = [p - 1 if p and text[p - 1] == "و" else p for p in since]
    assert _spans(_at(_SINCE_START, text, starts)) == _spans(_SINCE_START.finditer(text))


def test_over_period_found_after_spaces_of_any_kind() -> None:
    text = "قتل 3 علي\u00a0 مدار ثلاث سنوات و خلال الاشهر"
    assert [m.group() for m in _at(_OVER_PERIOD, text, _over_heads(text))] == [
        "علي\u00a0 مدار ثلاث سنوات", "خلال الاشهر"]


@settings(max_examples=300)
@given(st.text(alphabet="قال ـًٌُّْٰﻻﻷ\u200f\u200b\ufeff\u00adx", max_size=40))
def test_removed_or_folded_runs_as_one_repeated_class(text: str) -> None:
    runs = re.compile(f"[{_DELETE}{_PRESENTATION}]+")
    assert [m.span() for m in _ANY_REMOVED_OR_FOLDED.finditer(text)] == [
        m.span() for m in runs.finditer(text)]
