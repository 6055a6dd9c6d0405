"""A withdrawal word (انسحاب، انسحب) is a movement of forces only when neither what is left
nor who leaves is civil: withdrawing from an agreement, talks, a session, an election or an
office (انسحاب الولايات المتحدة من الاتفاق النووي، انسحبت من المعاهدة), or lawyers, deputies
or a delegation walking out (انسحب المحامون احتجاجا), is no event (``withdraw_civil.txt``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad.recognise.cues import noun_tokens
from marsad.recognise.triggers_context import Match

LEMMA = "انسحاب"  # the withdrawal row's lemma (triggers.tsv)
_FROM = "من"
_FROM_REACH = 4  # words after the withdrawal word in which من may come (its subject between)


@lru_cache(maxsize=1)
def _civil() -> frozenset[str]:
    """The tokens that are a civil word (with a conjunction, the article, a pronoun ending)."""
    return noun_tokens("marsad.recognise", "withdraw_civil.txt")


def civil_withdrawal(m: Match, texts: Sequence[str]) -> bool:
    """Who withdraws (the next word) or what is left (the word after من, a few words on) is
    civil (``texts``: normalised tokens)."""
    civil = _civil()
    after = texts[m.last_token + 1 : m.last_token + 1 + _FROM_REACH + 1]
    if after and after[0] in civil:
        return True
    for k, w in enumerate(after[:-1]):
        if w == _FROM:
            return after[k + 1] in civil
    return False


def military_withdrawals(candidates: list[Match], texts: Sequence[str]) -> list[Match]:
    """The candidates less the withdrawal words that are civil acts."""
    return [m for m in candidates
            if not (m.value.lemma == LEMMA and civil_withdrawal(m, texts))]
