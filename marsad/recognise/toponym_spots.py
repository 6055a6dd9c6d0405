"""Finding places in a text: gazetteer names and the cue words around them, before resolution.

Names are matched with the clitic-aware PhraseLexicon (بريف، والرقة، لمدينة). Around a name a
``SpotFinder`` reads a cue (مدينة/بلدة/قرية/ناحية/منطقة/محافظة X، حقل/معبر/سد/مخيم/مطار/قاعدة/سجن
X), a modifier (ريف X [الشرقي]، الريف الشرقي لـX، ريفي X وY، شمال/شرق X، قرب X) and parts of the
article's own country (شمال البلاد), and drops what the words around a name say is no place
(toponym_roles). Work is per match; what depends on the name alone is computed once per name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from operator import attrgetter
from typing import Any, NamedTuple, cast

from marsad.geocode.namesakes import LATIN_ARTICLES
from marsad.geocode.resolve import Cue, Modifier
from marsad.geocode.store import Entry, MemoryGazetteer
from marsad.recognise.toponym_cues import CueHit, anaphors, cue_words, stopwords
from marsad.recognise.toponym_names import (
    a_country,
    a_seat,
    name_index,
    name_lexicon,
)
from marsad.recognise.toponym_nisba import names_nisba
from marsad.recognise.toponym_nouns import (
    compound_heads,
    construct_nouns,
    fused_nouns,
    heads_construct,
    heads_genitive,
    names_vessel,
)
from marsad.recognise.toponym_organisations import in_organisation, organisation_words
from marsad.recognise.toponym_roles import (
    after_preposition,
    bank_noun,
    bank_nouns,
    names_feature,
    names_region,
    surname,
)
from marsad.recognise.toponyms_en import (
    heads,
    longer_name,
    names_a_speaker,
    next_name_word,
    possessives,
    unmatched_heads,
)
from marsad.text.lexicon import longest
from marsad.text.segment import Tokens
from marsad.text.view import TextView

_NAME_CUES = ("town", "nahiya", "district", "governorate", "facility")
# Admin units, their seats and capitals: a name too well known to be read as a first name.
_MAJOR = ("A.", "P.PPLA", "P.PPLC")
# Tanween written at a word's end (دوراً، دورًا، حكمٌ، سوريٍ): an indefinite noun, adjective or
# adverb, which a place name never is.
_TANWEEN = ("\u064b", "\u064c", "\u064d")
_INDEFINITE = re.compile(r"[\u064b-\u064d]\u0627?(?=\W|$)")  # (re: a class first is fast)
_NO_TOKENS: frozenset[int] = frozenset()
# A romanised Arabic article in lower case, a hyphen, then a capital (al-Hudaydah, ash-Shaddadah).
_ARTICLE_CAPITAL = re.compile(rf"(?:{'|'.join(LATIN_ARTICLES)})-[A-Z]")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _lower_article(original: str, begin: int) -> bool:
    """An English place name starting at ``begin`` with its article in lower case ("the city of
    al-Hudaydah"), not inside a longer capitalised name (Tahrir al-Sham, Saraya al-Quds)."""
    if not _ARTICLE_CAPITAL.match(original, begin):
        return False
    before = _WORD_BEFORE.search(original, max(0, begin - 40), begin)
    return before is None or not before.group(1)[:1].isupper()


class Spot(NamedTuple):
    """A place found in the normalised text, before resolution (a tuple: cheap to make)."""

    start: int
    end: int
    first: int
    last: int
    key: str
    entries: tuple[Entry, ...]
    cue: Cue = "none"
    features: frozenset[str] = frozenset()
    modifier: Modifier = ""
    qualifier: str = ""
    dual: bool = False
    article_country: bool = False


_BARE = Spot(0, 0, 0, 0, "", ())[6:]  # the fields of a spot no cue word shaped
# Spot without its Python-level __new__ (the same tuple subclass, made in C).
_new_spot: Callable[[type[Spot], tuple[Any, ...]], Spot] = cast(Any, tuple.__new__)
# A matched name as its spots read it: the lexicon's value (the memo's check), its candidates
# (with its cue-less name's when the name holds its cue), whether it may stand bare (without a
# cue), whether it names just a country (``a_country``) and whether a seat (``a_seat``).
_Name = tuple[tuple[Entry, ...], tuple[Entry, ...], bool, bool, bool]


class SpotFinder:
    """Finds the places named in a text against a gazetteer's names (``find``)."""

    def __init__(self, gazetteer: MemoryGazetteer) -> None:
        self.gazetteer = gazetteer
        self._by_name: dict[str, _Name] = {}

    def _name(self, key: str, value: tuple[Entry, ...], arabic: bool) -> _Name:
        """What a matched name's spots need of it, computed once per name (``_Name``)."""
        got = self._by_name.get(key)
        if got is not None and got[0] is value:
            return got
        index = name_index(self.gazetteer, arabic)
        entries = value
        rest = key.split(" ", 1)
        if (len(rest) == 2 and rest[1] in index and rest[0] in cue_words()
                and cue_words()[rest[0]].kind in _NAME_CUES):
            # مدينة إدلب names the district in OCHA's aliases and the city as إدلب.
            entries = tuple({e.key: e for e in entries + index[rest[1]]}.values())
        bare = key not in stopwords() and len(key.removeprefix("ال")) >= 3
        got = self._by_name[key] = (value, entries, bare, a_country(entries), a_seat(entries))
        return got

    def find(self, view: TextView, cues: dict[int, CueHit]) -> list[Spot]:
        """The places named in ``view`` (``cues``: its cue words, ``toponym_cues``), in order."""
        toks = view.tokens
        arabic = view.language != "en"
        lexicon = name_lexicon(self.gazetteer, arabic)
        out: list[Spot] = []
        shaped = False  # a cue may move a start before the previous name's
        dual = False  # a cue made a dual (ريفي X وY)
        indefinite = _indefinite_tokens(view) if arabic else _NO_TOKENS
        banks = bank_nouns()
        fused, compounds, constructs = fused_nouns(), compound_heads(), construct_nouns()
        by_name = self._by_name
        for m in longest(lexicon.matches(toks)):
            if not arabic:
                begin = view.span(m.start, m.end).start
                if not view.original[begin].isupper() and not _lower_article(view.original,
                                                                             begin):
                    continue
                if m.first_token == m.last_token:
                    k = next_name_word(view, toks, m.last_token)
                    if k is not None:
                        spot = self._longer_english(view, toks, m.first_token, k, m.key)
                        if spot is not None:
                            out.append(spot)
                            continue
                        if m.key in heads() or (names_a_speaker(toks, k) and not any(
                                e.feature.startswith(_MAJOR) for e in m.value)):
                            continue
            start, end, i, j, key, value, proclitic = m  # (one unpacking, not seven reads)
            if proclitic.endswith("س"):
                continue  # سرقة is no future-marked رقة
            if indefinite and j in indefinite:
                continue  # دوراً، دوماً، حكماً، سوريًا: an indefinite noun or adjective, no name
            name = by_name.get(key)
            if name is None or name[0] is not value:
                name = self._name(key, value, arabic)
            _, entries, bare, country, seat = name
            if arabic and country and names_region(toks, i, j):
                continue  # بلاد المغرب الإسلامي: a region, not the country
            if arabic and names_feature(toks, i, proclitic):
                continue  # بحيرة تشاد، خليج عدن: a lake or a gulf, not the country or town
            if arabic and names_vessel(toks, i):
                continue  # بارجة "الدمام": a warship named after the town
            if arabic and key in organisation_words() and in_organisation(toks, i, j, key):
                continue  # الخوذ البيضاء، لواء القدس: an organisation's name, not the place
            if arabic and country and names_nisba(toks, i, key, proclitic):
                continue  # مواقع سورية، الدفاعات الجوية السعودية: "Syrian", "Saudi"
            if arabic and key in banks and bank_noun(toks, key, j):
                continue  # الضفة التشادية من بحيرة تشاد: a bank, not the West Bank
            if (arabic and proclitic.endswith("ب") and key in constructs
                    and heads_construct(toks, j)):
                continue  # بحجة أن، بحجة مكافحة: "under the pretext of", not "in Hajjah"
            if arabic and key in fused and heads_genitive(toks, j):
                continue  # بعقوبة الإعدام: "with the death penalty", not Baqubah
            if arabic and i == j and key in compounds and heads_construct(toks, j):
                continue  # منطقة عين سلطان: an unknown compound, not a village called عين
            if i - 1 not in cues and (j == i or i not in cues):
                # No cue word in or before the name: it stands bare (the common case).
                if ((bare and "ال" not in proclitic) or (
                        arabic and country and after_preposition(toks, i, proclitic))) \
                        and not (arabic and not seat and surname(
                            toks, i, proclitic, _written(view, toks, i) if proclitic else "")):
                    out.append(_new_spot(Spot, (start, end, i, j, key, entries, *_BARE)))
                continue
            spot = self._shape(toks, cues, start, end, i, j, key, entries, proclitic, bare)
            if spot is not None:
                out.append(spot)
                shaped = True
                dual = dual or spot.dual
        if not arabic:
            for i, key, entries in possessives(view, toks, [(s.first, s.last) for s in out],
                                               name_index(self.gazetteer, False)):
                if self._name(key, entries, arabic)[2]:  # (a name that may stand bare)
                    out.append(_new_spot(Spot, (toks.starts[i], toks.ends[i] - 1, i, i, key,
                                                entries, *_BARE)))
                    shaped = True
            for i in unmatched_heads(view, toks, [(s.first, s.last) for s in out]):
                k = next_name_word(view, toks, i)
                spot = None if k is None else self._longer_english(view, toks, i, k, toks.texts[i])
                if spot is not None:
                    out.append(spot)
                    shaped = True
        if cues:
            regions = self._country_regions(toks, cues)
            if regions:
                out = [s for s in out
                       if not any(s.start < r.end and r.start < s.end for r in regions)]
                out.extend(regions)
                shaped = True
        if not shaped:
            return out  # in order, and no dual to carry
        out.sort(key=attrgetter("start"))  # a cue may move a start before the previous name's
        return _carry_dual(out) if dual else out

    def _longer_english(
        self, view: TextView, toks: Tokens, i: int, k: int, head: str
    ) -> Spot | None:
        """Tokens ``i``..``k`` as the gazetteer's two-word name they spell (toponyms_en)."""
        if head not in heads():
            return None
        rest = view.span(toks.ends[i], toks.ends[k])
        found = longer_name(name_index(self.gazetteer, False), head,
                            view.original[rest.start : rest.end])
        if found is None:
            return None
        key, entries = found
        return _new_spot(Spot, (toks.starts[i], toks.ends[k], i, k, key, entries, *_BARE))

    def _shape(
        self, toks: Tokens, cues: dict[int, CueHit], start: int, end: int, i: int, j: int,
        key: str, entries: tuple[Entry, ...], proclitic: str, may_stand: bool,
    ) -> Spot | None:
        """The spot a name and the cue words around it make (None: no place); ``may_stand``: the
        name may be read with no cue at all (``_name``'s memo)."""
        spot = Spot(start, end, i, j, key, entries)
        starts = toks.starts
        first = cues.get(i) if j > i else None
        if first and first[1].kind in _NAME_CUES:  # the name holds its cue: محافظة دير الزور
            spot = spot._replace(cue=first[1].kind, features=first[1].features)  # type: ignore[arg-type]
        k = i - 1
        c = cues.get(k) if k >= 0 else None
        if c and c[1].kind in _NAME_CUES and spot.cue == "none":
            spot = spot._replace(start=starts[k] + c[2], cue=c[1].kind,  # type: ignore[arg-type]
                           features=c[1].features)
            k -= 1
            c = cues.get(k) if k >= 0 else None
        if c and c[1].kind in ("countryside", "direction", "near"):
            spot = spot._replace(start=starts[k] + c[2], modifier=c[1].kind,  # type: ignore[arg-type]
                           qualifier=c[0], dual=c[0] == "ريفي")
            if c[1].kind == "direction" and k > 0:
                d = cues.get(k - 1)
                if d and d[1].kind == "direction":  # شمال شرق X
                    spot = spot._replace(start=starts[k - 1] + d[2], qualifier=f"{d[0]} {c[0]}")
        elif c and c[1].kind == "side" and proclitic.endswith("ل") and k > 0:
            r = cues.get(k - 1)  # الريف الشرقي لدير الزور
            if r and r[1].kind == "countryside":
                spot = spot._replace(start=starts[k - 1] + r[2], modifier="countryside",
                               qualifier=f"{r[0]} {c[0]}")
        if spot.modifier == "countryside":
            n = j + 1
            while n < len(toks) and n <= j + 2 and (s := cues.get(n)) and s[1].kind == "side" \
                    and s[2] == 0:
                spot = spot._replace(end=toks.ends[n], last=n, qualifier=f"{spot.qualifier} {s[0]}")
                n += 1
        if spot.cue == "none" and key in anaphors():
            return None  # قرب المدينة، شمال الحي: the town already spoken of
        if spot.cue == "none" and not spot.modifier and (not may_stand or "ال" in proclitic):
            return None  # الصماد (a surname) is no article-less صماد without a cue
        if spot.cue == "none" and not may_stand and _described(toks, j):
            return None  # قرب القصر الرئاسي: a common noun with its own adjective, no town
        return spot

    def _country_regions(self, toks: Tokens, cues: dict[int, CueHit]) -> list[Spot]:
        """شمال البلاد: a part of the article's own country."""
        out = []
        for k, c in cues.items():  # in token order
            if c[1].kind != "region" or c[2] != 0:
                continue
            d = cues.get(k - 1)
            if d and d[1].kind == "direction" and k >= 1:
                out.append(Spot(toks.starts[k - 1] + d[2], toks.ends[k], k, k, c[0], (),
                                modifier="direction", qualifier=d[0], article_country=True))
        return out


def _indefinite_tokens(view: TextView) -> frozenset[int]:
    """The tokens whose original spelling ends in tanween (a bisection per hit into the
    tokens' original starts)."""
    original = view.original
    # Tanween is rare (two a document): finding each in C and trying the pattern there costs
    # a quarter of a regex scan of the whole text (no match holds a second tanween, so the
    # matches are those of ``finditer``).
    ends = []
    match = _INDEFINITE.match
    for mark in _TANWEEN:
        k = original.find(mark)
        while k >= 0:
            if match(original, k):
                ends.append(k)
            k = original.find(mark, k + 1)
    if not ends:
        return _NO_TOKENS
    starts = view.token_original_starts
    return frozenset(bisect_right(starts, e) - 1 for e in ends)


def _described(toks: Tokens, last: int) -> bool:
    """The word after token ``last`` is a definite relational adjective (الرئاسي، الجمهوري،
    الرياضية): a common word that is also a place name (a stopword, reached only by a modifier
    such as قرب or محيط) is then the noun it describes ("قرب القصر الرئاسي": the presidential
    palace, not the town of Qasr)."""
    k = last + 1
    if k >= len(toks):
        return False
    w = toks.texts[k]
    return len(w) > 4 and w.startswith("ال") and w.endswith(("ي", "يه"))


def _written(view: TextView, toks: Tokens, i: int) -> str:
    """Token ``i`` as the original text spells it (with its hamzas)."""
    span = view.span(toks.starts[i], toks.ends[i])
    return view.original[span.start : span.end]


def _carry_dual(spots: list[Spot]) -> list[Spot]:
    """ريفي حلب والحسكة: the dual countryside applies to the coordinated second name too."""
    out: list[Spot] = []
    for s in spots:
        prev = out[-1] if out else None
        if prev is not None and prev.dual and s.first == prev.last + 1 and not s.modifier:
            s = s._replace(modifier="countryside", qualifier=prev.qualifier)
        out.append(s)
    return out
