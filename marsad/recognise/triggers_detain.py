"""Detention nouns that are an arrest only with people as their object: "إيقاف 4 أشخاص"، "ضبط
ثلاثة مطلوبين"، "تم إيقاف عناصر يشتبه…" (ministry and police statements, Maghrebi usage), while
"إيقاف إطلاق النار" is a ceasefire and "ضبط أسلحة" a seizure. Conversely the stop verbs of the
arrest row (أوقف، أوقفت) stop an activity named a few words after them (فأوقف القتال، أوقفت
الشركة رحلاتها، أوقفت عملياتها): no one is detained (``detain_stopped.txt``).

The lexicon cannot hold them (a count may stand between the noun and the people): the tokens
are found from the nouns' occurrences in the normalised text, and the few words after each read.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from marsad.recognise.cues import noun_tokens
from marsad.recognise.triggers_context import Match
from marsad.recognise.triggers_lexicon import Cue
from marsad.text.lexicon import LexiconMatch
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens

DETAIN_CUE = Cue("اعتقال", "noun", "Strategic developments", "Arrests", "COERCE", "arrest",
                 "arrest", "strong", "actor", ())
# The nouns (normalised), and the clitics they may carry.
_NOUNS = ("ايقاف", "ضبط")
_CLITICS = ("", "و", "ب", "وب", "ل", "ول")
# People as the object (normalised, without their article).
_PEOPLE = frozenset(
    "شخص شخصا شخصين اشخاص عنصر عنصرا عنصرين عناصر متهم متهما متهمين متهمون مشتبه مشتبها "
    "مشتبهين مطلوب مطلوبا مطلوبين ارهابي ارهابيا ارهابيين تكفيري تكفيريا تكفيريين شاب شابا "
    "شابين شبان رجل رجلا رجال امراه مهرب مهربا مهربين جناه افراد فردا مواطن مواطنا مواطنين "
    "مقيم مقيمين وافد وافدين خليه".split())
# Words that may stand between the noun and the people: a count (digits are tested apart).
_COUNT = frozenset(
    "عدد من اثنين ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عشرات مئات احد بعض".split())
_REACH = 3


def _people_after(texts: list[str], i: int) -> bool:
    """People within a few words after token ``i``, with only a count between."""
    for w in texts[i + 1 : i + 1 + _REACH]:
        if w.removeprefix("ال") in _PEOPLE:
            return True
        if not (w.isdigit() or w in _COUNT):
            return False
    return False


def detention_phrases(candidates: list[Match], text: str, toks: Tokens,
                      blocked: set[int]) -> list[Match]:
    """The candidates with an Arrests cue added for each detention noun with people after it
    (``text`` normalised; tokens already covered by a cue or blocked are left alone)."""
    texts, starts = toks.texts, toks.starts
    hits: list[int] = []
    for noun in _NOUNS:
        pos = text.find(noun)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            if i >= 0 and texts[i][: len(texts[i]) - len(noun)] in _CLITICS \
                    and texts[i].endswith(noun) and _people_after(texts, i):
                hits.append(i)
            pos = text.find(noun, pos + len(noun))
    if not hits:
        return candidates
    covered = {i for m in candidates for i in range(m.first_token, m.last_token + 1)} | blocked
    extra: list[Match] = []
    for i in sorted(set(hits)):
        if i in covered:
            continue
        word = next(n for n in _NOUNS if texts[i].endswith(n))
        clitic = texts[i][: len(texts[i]) - len(word)]
        extra.append(LexiconMatch(starts[i] + len(clitic), toks.ends[i], i, i, word, DETAIN_CUE,
                                  clitic))
    return sorted(candidates + extra, key=lambda m: m.first_token) if extra else candidates


_STOP_VERBS = frozenset(normalise_phrase(w) for w in "أوقف أوقفت أوقفوا أوقفا يوقف توقف".split())
_STOP_REACH = 3  # words after the verb: its subject may stand between (أوقفت الشركة رحلاتها)


@lru_cache(maxsize=1)
def _stopped() -> frozenset[str]:
    """The tokens that name an activity (with a conjunction, the article, a pronoun ending)."""
    return noun_tokens("marsad.recognise", "detain_stopped.txt")


def stopped_activities(candidates: list[Match], texts: Sequence[str]) -> list[Match]:
    """The candidates less the stop verbs of the arrest row that govern an activity named a few
    words after them (``texts``: normalised tokens)."""
    stopped = None
    out: list[Match] = []
    for m in candidates:
        if m.value.family == "arrest" and texts[m.first_token].removeprefix("و").removeprefix(
                "ف") in _STOP_VERBS:
            stopped = stopped or _stopped()
            if not stopped.isdisjoint(texts[m.last_token + 1 : m.last_token + 1 + _STOP_REACH]):
                continue
        out.append(m)
    return out
