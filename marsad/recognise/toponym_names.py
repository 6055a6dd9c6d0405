"""What the gazetteer says about a matched place name: the name lexicon and index, the
facts about a tuple of candidate entries an article's context reads (``Names``), and the names
of the admin units an entry lies in."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from marsad.geocode.namesakes import LATIN_ARTICLES
from marsad.geocode.store import Entry, Gazetteer, MemoryGazetteer
from marsad.text.lexicon import PhraseLexicon
from marsad.text.normalise import normalise_phrase

_ARABIC = regex.compile(r"\p{Arabic}")
# The article of a romanised name, then a space ("al anbar", "ash shaddadah").
_ARTICLE = regex.compile(rf"^({'|'.join(LATIN_ARTICLES)}) (?=\w)")


@lru_cache(maxsize=8)
def name_lexicon(gazetteer: MemoryGazetteer, arabic: bool) -> PhraseLexicon[tuple[Entry, ...]]:
    """Every Arabic-script (or Latin) name of the gazetteer -> the entries bearing it."""
    return PhraseLexicon(name_index(gazetteer, arabic).items())


@lru_cache(maxsize=8)
def name_index(gazetteer: MemoryGazetteer, arabic: bool) -> dict[str, tuple[Entry, ...]]:
    """Normalised name -> entries, for one script."""
    grouped: dict[str, dict[str, Entry]] = {}
    for e in gazetteer.entries():
        for n in e.names:
            if bool(_ARABIC.search(n)) != arabic or (not arabic and not n.isascii()):
                continue
            key = normalise_phrase(n)
            if key:
                grouped.setdefault(key, {})[e.key] = e
                if not arabic and _ARTICLE.match(key):  # Al Anbar is also written Al-Anbar
                    grouped.setdefault(_ARTICLE.sub(r"\1-", key, 1), {})[e.key] = e
                    if e.level == "admin1":  # ... and a province Anbar
                        grouped.setdefault(_ARTICLE.sub("", key, 1), {})[e.key] = e
    return {k: tuple(v.values()) for k, v in grouped.items()}


@dataclass(frozen=True, slots=True)
class Names:
    """What one spot's candidate entries say about the article, computed once per tuple."""

    country: str | None  # the one country every candidate lies in
    vote: float  # its vote for the article's country: 0.5 if all candidates are countries
    unit: tuple[str, str] | None  # the one admin1 unit every candidate lies in (``_unit``)
    units: frozenset[tuple[str, str]]  # the admin units among the candidates
    countries: frozenset[str]  # every candidate's country
    pairs: frozenset[tuple[str, str]]  # every candidate's (country, admin1)
    facility: bool  # some candidate is a facility (only they read facility words)

    @staticmethod
    def of(entries: tuple[Entry, ...]) -> Names:
        ccs = {e.country for e in entries}
        levels = {e.level for e in entries}
        inside = {(e.country, e.admin1) for e in entries if e.level != "country"}
        return Names(
            ccs.pop() if len(ccs) == 1 else None,
            0.5 if levels == {"country"} else 1.0,
            inside.pop() if len(inside) == 1 else None,
            frozenset((e.country, e.admin1) for e in entries
                      if e.level in ("admin1", "admin2", "admin3")),
            frozenset(e.country for e in entries),
            frozenset((e.country, e.admin1) for e in entries),
            any(e.level == "facility" for e in entries),
        )


def admin_names(gaz: Gazetteer, e: Entry) -> tuple[str | None, str | None, str | None]:
    """Names of the admin1, admin2 and admin3 units an entry lies in (or is)."""
    if e.level == "country":
        return None, None, None
    a1 = gaz.admin("admin1", e.country, e.admin1) if e.admin1 else None
    a1_name = e.name if e.level == "admin1" else (a1.name if a1 else None)
    a2_name: str | None = None
    if e.level == "admin2":
        a2_name = e.name
    elif e.admin2:
        unit = gaz.get(e.admin2) if ":" in e.admin2 else gaz.admin("admin2", e.country, e.admin1,
                                                                   e.admin2)
        a2_name = unit.name if unit else None
    return a1_name, a2_name, e.name if e.level == "admin3" else None


def a_seat(entries: tuple[Entry, ...]) -> bool:
    """Some candidate is a country or a capital: too well known a name to be read as a
    surname (غادر الرئيس هادي الرياض)."""
    return any(e.level == "country" or e.feature == "P.PPLC" for e in entries)


def a_country(entries: tuple[Entry, ...]) -> bool:
    """The name names just a country (its one candidate)."""
    return len(entries) == 1 and entries[0].level == "country"
