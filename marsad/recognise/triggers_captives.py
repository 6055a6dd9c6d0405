"""Captives named by whose kin or case they are: "تظاهر أهالي العسكريين المختطفين"، "أمهات
المعتقلين"، "ملف المخطوفين". A participle of holding (مختطفين، معتقلين) up to three words after a kin
or case word (``triggers_kin.txt``) describes the people held; it reports no abduction or arrest
of its own (the act, if the text tells it, has its own verb), and no force used on the families
who gather for them. So does one freed: the object of a release (أفرج عن المخطوفين، إطلاق سراح
المعتقلين), whether or not the release is told as done."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad.recognise.cues import Scope, read_phrases
from marsad.recognise.triggers_context import Match
from marsad.text.lexicon_scan import NOUN_PREFIXES, with_proclitics
from marsad.text.normalise import normalise_phrase

_FAMILIES = frozenset({"abduct", "arrest"})
# Participles of holding, normalised, without clitics or article.
_HELD = frozenset(normalise_phrase(w) for w in (
    "مختطفين مختطفون مختطفات مخطوفين مخطوفون مخطوفات معتقلين معتقلون معتقلات محتجزين "
    "محتجزون محتجزات").split())
_REACH = 3  # tokens back from the participle (أهالي العسكريين اللبنانيين المختطفين)
_HELD_TOKENS = with_proclitics(_HELD, NOUN_PREFIXES)  # (a conjunction, ب or ل, the article)


@lru_cache(maxsize=1)
def _kin_tokens() -> frozenset[str]:
    """The kin and case words as tokens (``NOUN_PREFIXES`` + a word)."""
    kin = map(normalise_phrase, read_phrases("marsad.recognise", "triggers_kin.txt"))
    return with_proclitics(kin, NOUN_PREFIXES)


def described_captives(candidates: list[Match], texts: Sequence[str], scope: Scope) -> list[Match]:
    """The candidates less the participles of holding that follow a kin or case word in their
    clause (``texts``: the normalised tokens)."""
    kin = _kin_tokens()
    clause_of = scope.clause_of
    out: list[Match] = []
    for m in candidates:
        first = m.first_token
        if m.value.family in _FAMILIES and m.first_token == m.last_token \
                and texts[first] in _HELD_TOKENS:
            clause = clause_of[first]
            if any(texts[k] in kin and clause_of[k] == clause
                   for k in range(max(0, first - _REACH), first)) or _released(texts, first):
                continue
        out.append(m)
    return out


def _released(texts: Sequence[str], first: int) -> bool:
    """The participle at ``first`` is what a release frees: right after سراح, or after عن
    following a release word (أفرج، الإفراج)."""
    prev = texts[first - 1] if first else ""
    if prev.endswith("سراح"):
        return True
    return prev == "عن" and first >= 2 and any(w in texts[first - 2] for w in _RELEASE)


_RELEASE = ("افرج", "افراج")
