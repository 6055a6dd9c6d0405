"""English reading on the CASE 2021 task-2 snippets (``../shared/data/case2021_task2``): each
snippet is read as English with no publication date, and its one gold ACLED label is looked for
among the sub-types (and types) of the events marsad finds. The five labels outside ACLED
(disasters, organised crime, diplomacy, attribution) are negatives: how many still give an event.

    python bench/bench_case2021.py [SHARED_DATA] [--labels]     (default ../shared/data)

Prints figures; it is not a test (the snippets are one-label, so a hit is "gold among marsad's").
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from marsad.documents import content_id
from marsad.model import Document
from marsad.pipeline import Reader

REPO = Path(__file__).resolve().parents[1]
TSV = Path("case2021_task2") / "test_set_final_release_with_labels.tsv"

# CASE 2021 label -> (ACLED event type, sub-event type), as the dataset's README maps them.
ACLED: dict[str, tuple[str, str]] = {
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
}
NEGATIVES = frozenset({"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"})


def snippets(data: Path) -> list[tuple[str, str, str]]:
    """(id, snippet, label) rows of the labelled test set."""
    with (data / TSV).open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["id"], r["EventSnippet"], r["SubType"].strip()) for r in rows]


def document(row_id: str, text: str) -> Document:
    return Document(id=content_id(text), text=text, language="en", name=f"case2021#{row_id}")


def pct(hits: int, total: int) -> str:
    return f"{hits}/{total} ({100 * hits / total:.0f}%)" if total else "0/0"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    by_label = "--labels" in sys.argv
    data = Path(args[0]) if args else REPO.parent / "shared" / "data"
    reader = Reader.default()
    sub_hits: Counter[str] = Counter()
    type_hits: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    negatives = negative_events = 0
    for row_id, text, label in snippets(data):
        events = reader.read(document(row_id, text)).events
        if label in NEGATIVES:
            negatives += 1
            negative_events += bool(events)
            continue
        if label not in ACLED:
            raise SystemExit(f"unknown label {label!r} in row {row_id}")
        gold_type, gold_sub = ACLED[label]
        key = label if by_label else gold_type
        seen[key] += 1
        sub_hits[key] += any((e.event_type, e.sub_event_type) == (gold_type, gold_sub)
                             for e in events)
        type_hits[key] += any(e.event_type == gold_type for e in events)
    total = sum(seen.values())
    print(f"CASE 2021 task 2, English, {total} conflict + {negatives} non-conflict snippets")
    print(f"  gold sub-type among marsad's: {pct(sum(sub_hits.values()), total)}")
    print(f"  gold type among marsad's:     {pct(sum(type_hits.values()), total)}")
    print(f"  non-conflict snippets with an event: {pct(negative_events, negatives)}")
    print(f"  {'gold ' + ('label' if by_label else 'type'):<32} {'n':>4} {'sub-type':>9} {'type':>6}")
    for key in sorted(seen, key=lambda k: -seen[k]):
        n = seen[key]
        print(f"  {key:<32} {n:>4} {sub_hits[key] / n:>9.2f} {type_hits[key] / n:>6.2f}")


if __name__ == "__main__":
    main()
