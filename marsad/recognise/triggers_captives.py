"""Captives named by whose kin or case they are: "تظاهر أهالي العسكريين المختطفين"، "أمهات
المعتقلين"، "ملف المخطوفين". A participle of holding (مختطفين، معتقلين) up to three words after a kin
or case word (``triggers_kin.txt``) describes the people held; it reports no abduction or arrest
of its own (the act, if the text tells it, has its own verb), and no force used on the families
who gather for them."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad.recognise.cues import Scope, read_phrases
from marsad.recognise.triggers_context import Match
from marsad.text.normalise import normalise_phrase

_FAMILIES = frozenset({"abduct", "arrest"})
# Participles of holding, normalised, without clitics or article.
_HELD = frozenset(normalise_phrase(w) for w in (
    "مختطفين مختطفون مختطفات مخطوفين مخطوفون مخطوفات معتقلين معتقلون معتقلات محتجزين "
    "محتجزون محتجزات").split())
_REACH = 3  # tokens back from the participle (أهالي العسكريين اللبنانيين المختطفين)
_CLITICS = ("و", "ف", "ب", "ل")


@lru_cache(maxsize=1)
def _kin() -> frozenset[str]:
    return frozenset(map(normalise_phrase, read_phrases("marsad.recognise", "triggers_kin.txt")))


def _forms(word: str) -> tuple[str, ...]:
    """The word as it stands and without a leading conjunction or preposition (one or two
    letters; لل is ل + the article), each without its article."""
    forms = [word]
    if word.startswith("لل"):
        forms.append(word[2:])
    if word[:1] in _CLITICS:
        forms.append(word[1:])
        if word[1:2] in _CLITICS:
            forms.append(word[2:])
    return tuple(w.removeprefix("ال") for w in forms)


def _one_of(word: str, words: frozenset[str]) -> bool:
    return any(w in words for w in _forms(word))


def described_captives(candidates: list[Match], texts: Sequence[str], scope: Scope) -> list[Match]:
    """The candidates less the participles of holding that follow a kin or case word in their
    clause (``texts``: the normalised tokens)."""
    kin = _kin()
    clause_of = scope.clause_of
    out: list[Match] = []
    for m in candidates:
        first = m.first_token
        if m.value.family in _FAMILIES and m.first_token == m.last_token \
                and _one_of(texts[first], _HELD):
            clause = clause_of[first]
            if any(_one_of(texts[k], kin) and clause_of[k] == clause
                   for k in range(max(0, first - _REACH), first)):
                continue
        out.append(m)
    return out
