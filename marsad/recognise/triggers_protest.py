"""Context tests for demonstrations: who a clash is between, and force used on protesters.

ACLED codes a demonstration by what happens at it (CODING, Protests and Riots): demonstrators
who clash with the police riot (Violent demonstration); lethal force used on demonstrators is
Excessive force against protesters, whoever uses it. These tests read a cue's neighbours (other
lexicon hits, its clause from a ``Scope``), as those of ``triggers_context`` do.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from marsad.recognise.cues import Scope
from marsad.recognise.triggers_context import Match
from marsad.recognise.triggers_lexicon import shape

PROTESTERS = "protesters"  # the label (event_type column) of protester rows: crowd and target
ARMED = "armed"  # the label of armed target rows (دورية، جنود، عناصر)
_LAST = attrgetter("last_token")
EXCESSIVE_FORCE = {"event_type": "Protests", "sub_event_type": "Excessive force against protesters",
                   "plover": "PROTEST", "plover_mode": "demo", "family": "protest"}
RIOT = {"event_type": "Riots", "sub_event_type": "Violent demonstration", "plover": "PROTEST",
        "plover_mode": "riot", "family": "riot"}
MOB = {**RIOT, "sub_event_type": "Mob violence"}
# A clash's parties follow it (اشتباكات بين الشرطة والمحتجين، clashes between police and
# protesters): a few words on, more after "between"; its subject may stand just before it
# (protesters clashed with police, المحتجون اشتبكوا).
_AFTER = 4
_AFTER_BETWEEN = 10
_BEFORE = 3
_BETWEEN = frozenset({"بين", "between"})
# Between a crowd and a clash, these make it the clash's victims or setting (قتل متظاهرون في
# اشتباكات، clashes during protests), not its party.
_PREPOSITIONS = frozenset(
    "في خلال اثناء اثر جراء بسبب وسط بعد عقب in during amid after by were was been being"
    .split())
_VERBS = ("verb", "present")
_FORCE_REACH = 4
DEMONSTRATION = frozenset({"protest", "crackdown", "riot"})  # families of demonstration cues
_SUBJECT = 2  # words from a demand verb to the demonstrators who make it (طالب المحتجون)
_VICTIM_REACH = 3  # words between a violent cue and the protesters it names as victims
_MOTIVE_REACH = 2  # a force phrase this close after a motive is what the protest is about


def _denounced(first: int, motives: Sequence[Match]) -> bool:
    """A phrase starting at token ``first`` is what a protest denounces (تنديدا بمقتل…)."""
    return any(0 <= first - v.last_token <= _MOTIVE_REACH for v in motives)


def crowd_party(
    m: Match, crowds: Sequence[Match], scope: Scope, texts: Sequence[str], mutual: bool
) -> str | None:
    """The label of an unorganised crowd among a clash's parties (``crowds``: the crowd rows'
    hits): protesters when any party is, else crowd, else None. An attack (``mutual`` False)
    has one party, its subject: protesters before it (protesters attacked a police station);
    who follows it is its target."""
    found: str | None = None
    for c in crowds:
        label = c.value.event_type
        if _party(m, c, label == PROTESTERS, mutual, scope, texts):
            if label == PROTESTERS:
                return label
            found = label
    return found


def governing(m: Match, voids: list[Match], demonstrations: Sequence[Match],
              targets: Sequence[Match], scope: Scope) -> list[Match]:
    """The void cues that may govern a cue (``voids``: those of its sentence). A demand made
    by a demonstration named before it (خرج المئات للمطالبة بإسقاط الحكومة… في تظاهرات،
    protesters rallied demanding… as police fired tear gas), or by the demonstrators right
    after it (طالب المتظاهرون بـ), is what they protest for: it voids none of their cues. Other
    demands still do (دعا المواطنين للمشاركة في احتجاجات). ``demonstrations``: the candidate
    demonstration cues; ``targets``: the target rows' hits (protesters among them)."""
    if m.value.family not in DEMONSTRATION or not any(v.value.decide == "sentence" for v in voids):
        return voids
    sentence_of = scope.sentence_of
    people = any(t.first_token == m.first_token and t.value.event_type == PROTESTERS
                 for t in targets)
    kept = []
    for v in voids:
        if v.value.decide == "sentence":
            if people and 0 < m.first_token - v.last_token <= _SUBJECT:
                continue
            if any(d.first_token < v.first_token
                   and sentence_of[d.first_token] == sentence_of[v.first_token]
                   for d in demonstrations):
                continue
        kept.append(v)
    return kept


def armed_party(m: Match, forces: Sequence[Match], scope: Scope, texts: Sequence[str]) -> bool:
    """Police, soldiers or another armed force among a crowd's clash's parties (``forces``:
    armed target words and conflict-context words: المواجهات بين الشبان والجيش): the crowd
    fights the authorities, a violent demonstration, not mob violence between crowds."""
    return any((f.value.strength == "context" or f.value.event_type == ARMED)
               and _party(m, f, True, True, scope, texts)
               for f in forces)


def rioting(
    m: Match, clashes: Sequence[Match], scope: Scope, texts: Sequence[str], text: str
) -> bool:
    """A protest word that is a party of a clash of its clause (اشتبك المحتجون مع الشرطة،
    clashes between police and protesters) or the subject of a clash or attack verb just after
    it (protesters stormed the building، المحتجون اقتحموا): the protesters rioted."""
    for c in clashes:
        if c.value.family != "clash":
            continue
        after_them = c.first_token > m.last_token
        if after_them and shape(c.value, text[c.start : c.end], c.proclitic)[0] not in _VERBS:
            continue  # (a noun after them is no act of theirs: المتظاهرين الرصاص المطاطي)
        if _party(c, m, True, c.value.decide is None, scope, texts):
            return True
    return False


def _party(clash: Match, crowd: Match, protesters: bool, mutual: bool, scope: Scope,
           texts: Sequence[str]) -> bool:
    """The crowd is a party of the clash: after a mutual one, a few words on (more after
    "between", for protesters: أهالي far into a list of fighters say where they are from), or
    protesters just before it as its subject, with no preposition between."""
    clause_of = scope.clause_of
    if clause_of[crowd.first_token] != clause_of[clash.first_token]:
        return False
    gap = crowd.first_token - clash.last_token
    if gap > 0:
        if not mutual:
            return False
        between = not _BETWEEN.isdisjoint(texts[clash.last_token + 1 : clash.last_token + 4])
        if between:  # (the list of its parties: clashes between police in X and protesters)
            return gap <= (_AFTER_BETWEEN if protesters else _AFTER)
        return gap <= _AFTER and _PREPOSITIONS.isdisjoint(
            texts[clash.last_token + 1 : crowd.first_token])
    if mutual and clash.first_token - crowd.last_token == 1 and crowd.key.isascii():
        return True  # (English: a crowd right before it as its subject, "villagers clashed")
    return (protesters and 0 < clash.first_token - crowd.last_token <= _BEFORE
            and _PREPOSITIONS.isdisjoint(texts[crowd.last_token + 1 : clash.first_token]))


def at_protest(m: Match, melees: Sequence[Match], protests: Sequence[Match],
               motives: Sequence[Match], scope: Scope) -> bool:
    """A clash word that names a crowd's confrontation (``melees``: اشتباكات، مواجهات، clashes,
    not battles or ambushes) in the clause of a protest (``protests``: the protest cues kept):
    a clash at a demonstration is the demonstrators' (protesters lit fires during clashes).
    Not clashes the protest is about (تظاهروا تنديدا بالاشتباكات)."""
    if not any(c.first_token == m.first_token for c in melees):
        return False
    if _denounced(m.first_token, motives):
        return False
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    return any(clause_of[p.first_token] == clause for p in protests)


def mob_scene(m: Match, strong: Sequence[Match], protests: Sequence[Match], scope: Scope) -> bool:
    """A riot cue in the sentence of a mob (lynched, an angry mob, حشد غاضب: the Mob violence
    rows) and of no demonstration (``protests``: the protest cues kept): the crowd that
    torched or vandalised was a mob, not demonstrators."""
    sentence_of = scope.sentence_of
    sent = sentence_of[m.first_token]
    return any(c.value.sub_event_type == "Mob violence" and sentence_of[c.first_token] == sent
               for c in strong) and not any(sentence_of[p.first_token] == sent for p in protests)


def fired_on(
    m: Match, forces: Sequence[Match], motives: Sequence[Match], scope: Scope, texts: Sequence[str]
) -> bool:
    """A protest word governed by a phrase of lethal force before it in its clause (أطلقت قوات
    الأمن الرصاص الحي على المتظاهرين، opened fire on protesters, killed three demonstrators) or
    naming the means right after it (استهدفت المحتجين بالرصاص): unless that force is what the
    protest denounces (تنديدا بمقتل متظاهرين)."""
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    for f in forces:
        if clause_of[f.first_token] != clause:
            continue
        means = 0 < f.first_token - m.last_token <= 2 and texts[f.first_token].startswith("ب")
        if not (means or 0 < m.first_token - f.last_token <= _FORCE_REACH):
            continue
        if _denounced(f.first_token, motives):
            continue
        return True
    return False


def protester_victims(
    m: Match, targets: Sequence[Match], motives: Sequence[Match], scope: Scope,
    texts: Sequence[str],
) -> bool:
    """A violent cue whose victims are protesters, named just after it in its clause (مقتل
    ثلاثة محتجين، fired at demonstrators), or just before a casualty word or a weapon that
    names the means (two protesters were killed، قتل متظاهر برصاص): before an attack verb they
    are its subject. Not a killing the protest denounces (تنديدا بمقتل متظاهرين)."""
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    if _denounced(m.first_token, motives):
        return False
    means = m.value.family == "toll" or texts[m.first_token].startswith("ب")
    return any(
        t.value.event_type == PROTESTERS and clause_of[t.first_token] == clause
        and (0 < t.first_token - m.last_token <= _VICTIM_REACH
             or (means and 0 < m.first_token - t.last_token <= _VICTIM_REACH))
        for t in targets
    )


def shot_protester(
    m: Match, targets: Sequence[Match], motives: Sequence[Match], scope: Scope,
    texts: Sequence[str],
) -> bool:
    """A means phrase in construct ("برصاص حراس المقر", not "بالرصاص") whose sentence named a
    protester as the last person hurt before it ("لقي متظاهر مصرعه، الجمعة، في المدينة، برصاص
    حراس"): the noun after it is who fired, the protester the victim, however many words the
    time and place put between them. Not when an armed target stands between (a soldier
    killed), nor a killing the protest denounces."""
    word = texts[m.first_token]
    if not word.startswith("ب") or word.startswith("بال") or _denounced(m.first_token, motives):
        return False
    sentence_of = scope.sentence_of
    sentence = sentence_of[m.first_token]
    before = sorted((t for t in targets if t.last_token < m.first_token
                     and sentence_of[t.first_token] == sentence), key=_LAST)
    protesters = [k for k, t in enumerate(before) if t.value.event_type == PROTESTERS]
    # (a civilian word after the protester, متظاهرا مدنيا، is still that protester)
    return bool(protesters) and all(t.value.event_type != ARMED for t in before[protesters[-1]:])

