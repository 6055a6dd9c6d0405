"""Matching system events to gold events and the scores DESIGN defines.

Matching is one-to-one and done separately at three levels (type, sub-type, sub-type + admin1).
A pair is allowed when the system coding is among the gold's acceptable codings at that level.
Pairs are taken greedily (core gold first, then evidence overlap, then nearest evidence), then
augmenting paths give every still-unmatched core gold event a partner if a re-assignment can.

Optional gold events (``core: false``) are neutral: a system event matched to one counts neither
as a true nor as a false positive, and an unmatched optional event is not a miss.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from marsad.evaluate.gold import GoldDocument, GoldEvent, SystemEvent

Allowed = Callable[[GoldEvent, SystemEvent], bool]
LEVELS = ("type", "subtype", "subtype_admin1")


@dataclass(frozen=True, slots=True)
class PRF:
    """True positives, false positives and misses, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What one document contributed, with the detail needed to see why."""

    name: str
    levels: dict[str, PRF]
    pairs: tuple[tuple[str, str], ...]  # sub-type level (gold id, system id)
    missed_core: tuple[str, ...]
    unmatched_system: tuple[str, ...]
    core_found: int
    core_total: int
    specificity_correct: int
    specificity_total: int
    invented_dates: tuple[str, ...]
    bad_spans: tuple[str, ...]
    gold_events: int
    system_events: int
    date_correct: int = 0
    date_total: int = 0
    fatalities_correct: int = 0
    fatalities_total: int = 0


@dataclass(frozen=True, slots=True)
class Scores:
    """Micro-averaged scores over a set of documents."""

    levels: dict[str, PRF] = field(default_factory=dict)
    core_found: int = 0
    core_total: int = 0
    specificity_correct: int = 0
    specificity_total: int = 0
    invented_dates: int = 0
    bad_spans: int = 0
    documents: int = 0
    gold_events: int = 0
    system_events: int = 0
    date_correct: int = 0
    date_total: int = 0
    fatalities_correct: int = 0
    fatalities_total: int = 0

    @property
    def core_recall(self) -> float:
        return self.core_found / self.core_total if self.core_total else 1.0

    @property
    def specificity_accuracy(self) -> float:
        if not self.specificity_total:
            return 1.0
        return self.specificity_correct / self.specificity_total

    @property
    def date_accuracy(self) -> float:
        return self.date_correct / self.date_total if self.date_total else 1.0

    @property
    def fatalities_accuracy(self) -> float:
        return self.fatalities_correct / self.fatalities_total if self.fatalities_total else 1.0

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents, "gold_events": self.gold_events,
            "system_events": self.system_events,
            "type": self.levels["type"].as_dict(), "subtype": self.levels["subtype"].as_dict(),
            "subtype_admin1": self.levels["subtype_admin1"].as_dict(),
            "type_f1": round(self.levels["type"].f1, 4),
            "subtype_f1": round(self.levels["subtype"].f1, 4),
            "subtype_admin1_f1": round(self.levels["subtype_admin1"].f1, 4),
            "core_recall": round(self.core_recall, 4),
            "core_found": self.core_found, "core_total": self.core_total,
            "specificity_accuracy": round(self.specificity_accuracy, 4),
            "specificity_matched": self.specificity_total,
            "invented_dates": self.invented_dates, "bad_spans": self.bad_spans,
            "date_accuracy": round(self.date_accuracy, 4), "date_matched": self.date_total,
            "fatalities_accuracy": round(self.fatalities_accuracy, 4),
            "fatalities_matched": self.fatalities_total,
        }


# ---------------------------------------------------------------- compatibility


def type_ok(gold: GoldEvent, system: SystemEvent) -> bool:
    return any(t == system.event_type for t, _ in gold.types)


def subtype_ok(gold: GoldEvent, system: SystemEvent) -> bool:
    """Exact (type, sub-type); a gold sub-type of null (marsad: extensions) accepts any."""
    return any(
        t == system.event_type and (s is None or s == system.sub_event_type) for t, s in gold.types
    )


def _key(name: str) -> str:
    name = name.casefold()
    name = re.sub(r"^(al|ar|as|ad|an|ash|at|az|el)[-' ]", "", name)
    return re.sub(r"[^0-9a-z]", "", name)


def admin1_ok(gold: GoldEvent, system: SystemEvent) -> bool:
    """The place is acceptable: by GeoNames id, by admin1 name, or both unknown."""
    if system.geonames_id is not None and system.geonames_id in gold.geonames_ids:
        return True
    if not gold.admin1:
        return system.admin1 is None and not gold.geonames_ids
    return system.admin1 is not None and _key(system.admin1) in {_key(a) for a in gold.admin1}


def subtype_admin1_ok(gold: GoldEvent, system: SystemEvent) -> bool:
    return subtype_ok(gold, system) and admin1_ok(gold, system)


ALLOWED: dict[str, Allowed] = {
    "type": type_ok, "subtype": subtype_ok, "subtype_admin1": subtype_admin1_ok,
}


# ---------------------------------------------------------------- matching


def _closeness(gold: GoldEvent, system: SystemEvent) -> tuple[int, int]:
    """(overlap in characters, minus the gap) between the two evidence spans; higher is closer."""
    if gold.evidence is None or system.evidence is None:
        return 0, -(10**9)
    g, s = gold.evidence, system.evidence
    overlap = max(0, min(g.end, s.end) - max(g.start, s.start))
    gap = max(0, max(g.start, s.start) - min(g.end, s.end))
    return overlap, -gap


def match(
    gold: Sequence[GoldEvent], system: Sequence[SystemEvent], allowed: Allowed
) -> dict[int, int]:
    """One-to-one matching as {gold index: system index}; see the module docstring."""
    candidates = [
        (gi, si) for gi, g in enumerate(gold) for si, s in enumerate(system) if allowed(g, s)
    ]

    def preference(pair: tuple[int, int]) -> tuple[bool, int, int]:
        overlap, nearness = _closeness(gold[pair[0]], system[pair[1]])
        return not gold[pair[0]].core, -overlap, -nearness

    candidates.sort(key=preference)
    g_to_s: dict[int, int] = {}
    s_to_g: dict[int, int] = {}
    for gi, si in candidates:
        if gi not in g_to_s and si not in s_to_g:
            g_to_s[gi], s_to_g[si] = si, gi
    options = {gi: [si for g2, si in candidates if g2 == gi] for gi in range(len(gold))}

    def augment(gi: int, seen: set[int], steal_optional: bool) -> bool:
        for si in options[gi]:
            if si in seen:
                continue
            seen.add(si)
            holder = s_to_g.get(si)
            free = holder is None or (steal_optional and not gold[holder].core)
            if free or augment(holder, seen, steal_optional):  # type: ignore[arg-type]
                if holder is not None and free:
                    del g_to_s[holder]
                g_to_s[gi], s_to_g[si] = si, gi
                return True
        return False

    for core_pass in (True, False):
        for gi, g in enumerate(gold):
            if g.core == core_pass and gi not in g_to_s:
                augment(gi, set(), steal_optional=core_pass)
    return g_to_s


def _prf(gold: Sequence[GoldEvent], system: Sequence[SystemEvent], matched: dict[int, int]) -> PRF:
    tp = sum(1 for gi in matched if gold[gi].core)
    on_optional = sum(1 for gi in matched if not gold[gi].core)
    fp = len(system) - tp - on_optional
    fn = sum(1 for gi, g in enumerate(gold) if g.core and gi not in matched)
    return PRF(tp, fp, fn)


def invented_dates(gold: Sequence[GoldEvent], system: Iterable[SystemEvent]) -> list[str]:
    """System events whose date range lies inside no gold event's date range."""
    ranges = [g.date for g in gold if g.date is not None]
    out = []
    for s in system:
        if s.date is not None and not any(_inside(s.date, r) for r in ranges):
            out.append(s.id)
    return out


def _inside(days: tuple[str, str], gold: tuple[str, str]) -> bool:
    """A system date range lies inside a gold range (ISO days compare as strings)."""
    return gold[0] <= days[0] and days[1] <= gold[1]


def date_agrees(gold: GoldEvent, system: SystemEvent) -> bool:
    """The system's date lies inside the gold's range, or neither has one."""
    if gold.date is None or system.date is None:
        return gold.date is None and system.date is None
    return _inside(system.date, gold.date)


def fatalities_agree(gold: GoldEvent, system: SystemEvent) -> bool:
    """The system's best count of killed lies inside the gold's low..high (no deaths: none or 0)."""
    if gold.fatalities is None:
        return not system.fatalities
    low, _, high = gold.fatalities
    return system.fatalities is not None and low <= system.fatalities and (
        high is None or system.fatalities <= high)


def score_document(
    gold: GoldDocument, system: Sequence[SystemEvent], bad: Sequence[str] = ()
) -> DocumentResult:
    """Match and count one document at every level."""
    matches = {level: match(gold.events, system, ALLOWED[level]) for level in LEVELS}
    sub = matches["subtype"]
    spec_ok = [
        system[si].specificity in gold.events[gi].specificity for gi, si in sub.items()
    ]
    core_found = sum(
        1 for (gi, si), ok in zip(sub.items(), spec_ok, strict=True) if ok and gold.events[gi].core
    )
    dates_ok = [date_agrees(gold.events[gi], system[si]) for gi, si in sub.items()]
    counted = [(gold.events[gi], system[si]) for gi, si in sub.items()
               if gold.events[gi].fatalities_coded]
    return DocumentResult(
        name=gold.name,
        levels={level: _prf(gold.events, system, m) for level, m in matches.items()},
        pairs=tuple((gold.events[gi].id, system[si].id) for gi, si in sorted(sub.items())),
        missed_core=tuple(g.id for gi, g in enumerate(gold.events) if g.core and gi not in sub),
        unmatched_system=tuple(
            s.id for si, s in enumerate(system) if si not in set(sub.values())
        ),
        core_found=core_found,
        core_total=sum(1 for g in gold.events if g.core),
        specificity_correct=sum(spec_ok),
        specificity_total=len(spec_ok),
        invented_dates=tuple(invented_dates(gold.events, system)),
        bad_spans=tuple(bad),
        gold_events=len(gold.events),
        system_events=len(system),
        date_correct=sum(dates_ok),
        date_total=len(dates_ok),
        fatalities_correct=sum(fatalities_agree(g, s) for g, s in counted),
        fatalities_total=len(counted),
    )


def total(results: Iterable[DocumentResult]) -> Scores:
    """Micro-average: sum the counts of every document, then compute the ratios."""
    levels = {level: PRF() for level in LEVELS}
    sums = dict.fromkeys((*_COUNTS, "invented_dates", "bad_spans", "documents"), 0)
    for r in results:
        for level in LEVELS:
            levels[level] = levels[level] + r.levels[level]
        for key in _COUNTS:
            sums[key] += getattr(r, key)
        sums["invented_dates"] += len(r.invented_dates)
        sums["bad_spans"] += len(r.bad_spans)
        sums["documents"] += 1
    return Scores(levels=levels, **sums)


# The counts a DocumentResult and Scores share, summed as they are.
_COUNTS = ("core_found", "core_total", "specificity_correct", "specificity_total", "gold_events",
           "system_events", "date_correct", "date_total", "fatalities_correct", "fatalities_total")
