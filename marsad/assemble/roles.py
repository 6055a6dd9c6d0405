"""Actors of a candidate event and their roles, from cue words (من قبل، ضد، استهداف، على،
الموالية…) and their position around the trigger in its sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from marsad.assemble.accusations import accusation_of, accuser
from marsad.assemble.antecedent import antecedent
from marsad.assemble.between import AMONG_REACH as _AMONG_REACH
from marsad.assemble.between import between_sides, two_sides
from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex, Located
from marsad.assemble.fallen import fallen
from marsad.assemble.markers import (
    AFFILIATION,
    AGENT,
    FORCE,
    HOLDER,
    MEMBER,
    MIN,
    OBJECT,
    QIBAL,
    RECEIVE,
    SPEAKER,
    SUPPORT,
    TARGET,
    THAT,
    bits_before,
    word_bits,
)
from marsad.assemble.nisba_agent import nisba_agent
from marsad.assemble.speakers import Speakers, speaker_role
from marsad.assemble.suffered import suffered
from marsad.assemble.territory_sides import lost_ground
from marsad.model import Actor, Mention
from marsad.recognise.triggers_lexicon import PASSIVE_PRONE_FAMILIES, VICTIM_FAMILIES, VIOLENT

CIVILIANS = 7  # ACLED inter code
# English is SVO: an active verb's subject comes before it and its object (who was hit) after it;
# after an auxiliary of the passive ("were killed by gunmen") the two change places.
_PASSIVE_EN = frozenset({"was", "were", "been", "being", "is", "are", "be"})
_ACCUSING = ("accusing root in the document", 0)  # (an idx.facts key)


def actor_of(m: Mention) -> Actor | None:
    v = m.value if isinstance(m.value, dict) else {}
    if not v.get("id"):
        return None
    return Actor(str(v["id"]), str(v.get("name") or v["id"]), int(v.get("type") or 0), m.text,
                 m.span)


class _Cues(NamedTuple):
    """What the words before one actor mention say about its role (see assign_actors)."""

    affiliated: bool  # الموالية ل X: X backs someone, it does not act here
    held: bool  # سيطرة X: X holds the place
    supporting: bool  # بمساندة X
    agent: bool  # من قبل X، على يد X
    object: bool  # تطال X
    target_next: bool  # a target marker right before X
    target_near: bool  # one in the two words before X
    member: bool  # عناصر من X
    force_next: bool  # a force's head noun right before X (طائرات X)
    received: bool  # تلقى X، تعرضت قوات X: X suffered the act named after it
    speaker: bool  # المتحدث باسم X: X reports the act
    suffering: bool  # X الذين تلقوا ضربات: a verb of suffering right after X (suffered)


def _cues(before: list[int], suffering: bool) -> _Cues:
    """From the marker bits of the (up to three) words before the actor, nearest last, and
    whether a verb of suffering follows it."""
    last = before[-1] if before else 0
    prev = before[-2] if len(before) > 1 else 0
    two = last | prev
    # An agent marker (على يد) in any of the words, or قبل right after من.
    agent = False
    after_min = False
    for w in before:
        if w & AGENT or (w & QIBAL and after_min):
            agent = True
        after_min = bool(w & MIN)
    return _Cues(
        bool(two & AFFILIATION), bool(last & HOLDER), bool(two & SUPPORT), agent,
        bool(two & OBJECT), bool(last & TARGET), bool(two & TARGET),
        bool(last & MEMBER) or bool(last & MIN and prev & MEMBER), bool(last & FORCE),
        bool(last & RECEIVE) or bool(last & FORCE and prev & RECEIVE), bool(last & SPEAKER),
        suffering,
    )


def assign_actors(cands: Sequence[Candidate], actors: Located, idx: DocIndex,
                  attributions: Sequence[Mention] = ()) -> None:
    """Actor roles from cue words (من قبل، ضد، استهداف، على) and position around the trigger.
    Each actor's cue words are read once, whichever candidates of its sentence ask.
    ``attributions``: who the document says speaks (a speaker reports an act, see ``speakers``)."""
    speakers = Speakers(attributions)
    cues: dict[int, _Cues] = {}
    found: dict[int, Actor | None] = {}
    starts: dict[int, list[int]] = {}  # trigger starts per sentence
    for c in cands:
        starts.setdefault(c.sent, []).append(c.trigger.span.start)
    for c in cands:
        ranked = _ranked_actors(c, actors, cues, idx, starts[c.sent], speakers) if actors.items else None
        # (غارة إسرائيلية: the forces a country adjective on the act's word names; index -1)
        nisba = None if c.trigger.text.isascii() else nisba_agent(c, idx, actors)
        if ranked is None and nisba is None:
            continue
        agents, targets = ranked if ranked is not None else ([], [])
        if nisba is not None:
            found[-1] = nisba
            agents = sorted([*agents, (_NISBA_RANK, -1)], key=_first)
        if agents:
            c.actor1 = _actor(agents[0][1], actors, found)
        for _, i in targets + agents[1:]:
            actor = _actor(i, actors, found)
            if actor and (c.actor1 is None or actor.id != c.actor1.id):
                c.actor2 = actor
                break


_NISBA_RANK = -15  # (after explicit agents: من قبل، على يد، the accused)


def _actor(i: int, actors: Located, found: dict[int, Actor | None]) -> Actor | None:
    if i not in found:
        found[i] = actor_of(actors.items[i])
    return found[i]


def _ranked_actors(
    c: Candidate, actors: Located, cues: dict[int, _Cues], idx: DocIndex, starts: list[int],
    speakers: Speakers,
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """The agents and targets of the trigger's sentence as (rank, actor index), best first.
    ``starts``: where the sentence's triggers start. An agent marker (على يد X، من قبل X) names
    the agent of the nearest act only: past another trigger, X is that act's agent."""
    in_sentence = actors.sentence(c.sent)
    if not in_sentence:
        return None
    agents: list[tuple[int, int]] = []
    targets: list[tuple[int, int]] = []
    t = c.trigger
    english = t.text.isascii()
    passive = english and c.form in ("verb", "present") and passive_en(c, idx)
    # Arabic puts the verb first: the actor right after a finite verb is its subject, even a
    # verb that also marks what it hits (استهدف طيران التحالف اجتماعاً), unless the subject
    # came first (قوات النظام استهدفت قسد) or the verb carries a plural subject (استهدفوا).
    verb_first = not english and c.form == "verb" and not t.text.endswith("وا") and not any(
        actors.clauses[j] == c.clause and actors.items[j].span.end <= t.span.start
        for j in in_sentence)
    tolls = c.killed + c.wounded if c.killed or c.wounded else ()
    territory = c.family == "territory" and not english
    text = idx.view.original
    # (a cheap pre-check, once per document: an accusing verb's root in it)
    if (accusing := idx.facts.get(_ACCUSING)) is None:
        accusing = idx.facts[_ACCUSING] = "تهم" in text
    accused = None if english or not accusing else accusation_of(t, text)
    # "اشتباكات بين X و Y": the two sides named after بين (first actor 1, the next actor 2)
    among = None if english or c.family != "clash" else between_sides(t, text)
    sides: list[int] = []
    for i in in_sentence:
        a = actors.items[i]
        if a.span.overlaps(t.span):
            if territory and a.span.end > t.span.end:
                agents.append((-30, i))  # (استعادت قوات الشرعية: the verb's subject)
            continue
        cue = cues.get(i)
        if cue is None:
            cue = cues[i] = _cues(bits_before(idx, a, 3), suffered(a, idx))
        gap = idx.gap(t, a)
        after = a.span.start >= t.span.end
        # "مناطق سيطرة X" names who holds a place; "سيطرة X على" as the trigger names the taker.
        taker = after and gap == 0
        if cue.affiliated or (cue.held and not taker):
            continue
        if accused is not None and accused.after <= a.span.start < t.span.start:
            if not accuser(a, accused, text):
                agents.append((-25, i))  # (اتهمت X Y بقصف: Y, the accused, did it)
            elif accused.pronoun:
                targets.append((-25, i))  # (باستهدافها: the accuser was hit)
            continue
        if cue.supporting:
            continue
        if among is not None and among <= a.span.start <= among + _AMONG_REACH:
            sides.append(i)
            continue
        if territory and lost_ground(c, a, text):
            targets.append((min(gap, 9), i))  # (who lost the ground: never its taker)
            continue
        same_clause = actors.clauses[i] == c.clause
        # (a topic or a relative pronoun's antecedent cut off by a comma: the act's subject;
        # not of a death or a capture, whose verb may be passive: الذي قتل، الذين اعتقلوا)
        topic = not (same_clause or after or english or c.family in PASSIVE_PRONE_FAMILIES) and antecedent(
            a, t, actors.clauses[i], c.clause, idx)
        rank = (0 if same_clause else 10) + min(gap, 9)
        if cue.speaker and not after and _reported(a, t, idx):
            # "قال المتحدث باسم X إن الحوثيين أطلقوا": the act is in the reported clause, whose
            # own actors come first; X, who speaks, acts only when none is named (a spokesman
            # mostly reports his own side's operations: إن طائراته قصفت)
            rank += 30
        elif (not after and not english and c.event_type != "Protests" and speakers.speaks(a)
              and _reported(a, t, idx)):
            # "قال الجيش إن القوات تعرضت لهجوم": the speaker reports an act of someone else,
            # unless the reported clause gives it as the subject (أعلن الجيش أنه قصف); (the
            # protesters who say why they marched are still the protesters)
            role = speaker_role(a, t, text, starts)
            if role is None:
                continue
            if role == "target":
                targets.append((rank, i))
                continue
        target_marked = after and (cue.target_next if gap == 0 else cue.target_near)
        hit = cue.object and a.span.start > t.span.start
        if tolls and any(m.span.contains(a.span) for m in tolls):
            targets.append((rank - 20, i))  # (قتلت مئات المدنيين: the counted dead, not the killer)
        elif not english and c.violent and fallen(a, text, tolls, idx.facts):
            targets.append((rank - 20, i))  # (مقتل أربعة من عناصر X: X was hit)
        elif verb_first and after and same_clause and (gap == 0 or (gap == 1 and cue.force_next)):
            agents.append((rank - 5, i))
        elif hit or (cue.member and _victims(a, c, idx)):
            targets.append((rank - 20, i))
        elif cue.received and not after and same_clause:
            targets.append((rank, i))
        elif not after and c.violent and cue.suffering:
            targets.append((rank, i))  # (الحوثيون الذين تلقوا ضربات: the subject of suffering)
        elif cue.agent:
            lo, hi = sorted((t.span.start, a.span.start))
            if any(lo < x < hi for x in starts):
                continue
            agents.append((rank - 20, i))
        elif target_marked:
            targets.append((rank, i))
        elif not (same_clause or topic):
            continue
        elif after and c.form != "verb" and c.family in VICTIM_FAMILIES and gap <= 2:
            targets.append((rank, i))
        elif english and c.form in ("verb", "present") and after != passive:
            # "gunmen killed 3 soldiers": the object after an active verb was hit; "3 soldiers
            # were killed": so was the subject before a passive one
            if gap <= 3 or not after:
                targets.append((rank, i))
        elif english and passive:
            agents.append((rank, i))  # (by X, after a passive verb)
        elif after and c.form in ("verb", "present") and gap <= 2:
            agents.append((rank - 5, i))
        elif not after:
            agents.append((rank, i))
        elif gap <= 2:
            agents.append((rank + 5, i))
    if sides:
        first, rest = two_sides(sides, [actors.items[x].span.start for x in sides], among, text)
        agents.append((-10, first))
        targets += [(-10 + k, x) for k, x in enumerate(rest, 1)]
    if agents and (c.event_type in VIOLENT or c.sub_event_type == "Arrests"):
        # Civilians are never the perpetrators of political violence or an arrest (ACLED codes
        # unorganised crowds as rioters): named where an agent would be, they are its victims
        # (بينهم مدنيون، احتجزت مواطنين).
        victims = [x for x in agents if _civilians(actors.items[x[1]])]
        if victims:
            agents = [x for x in agents if x not in victims]
            targets += victims
    if targets and c.event_type == "Battles" and _fixed_type(c):
        # A battle is between organised armed groups: civilians named at one (قتل مدنيون خلال
        # المعارك) are its casualties, not a side (a word whose type the target decides, هجوم,
        # becomes an attack on them instead).
        targets = [x for x in targets if not _civilians(actors.items[x[1]])]
    if len(agents) > 1:
        agents.sort(key=_first)
    if len(targets) > 1:
        targets.sort(key=_first)
    return agents, targets


def passive_en(c: Candidate, idx: DocIndex) -> bool:
    """An English verb trigger that is passive: it holds an auxiliary ("were killed") or one
    (maybe with an adverb) comes right before it ("was reportedly abducted")."""
    words = c.trigger.text.lower().split()
    if len(words) > 1 and words[0] in _PASSIVE_EN:
        return True
    if words[0].endswith("ing"):
        return False  # ("are fighting": progressive, active)
    texts = idx.view.tokens.texts
    starts = idx.view.token_original_starts
    original = idx.view.original
    # (not "IS", the group's initials written in capitals: "(IS) militants seized")
    return any(texts[k] in _PASSIVE_EN and not original[starts[k] : starts[k] + 2].isupper()
               for k in idx.before(c.trigger, 2))


def _reported(a: Mention, t: Mention, idx: DocIndex) -> bool:
    """An إن/أن between the speaker ``a`` and the trigger ``t``: the act is what ``a`` said."""
    texts = idx.view.tokens.texts
    return any(word_bits(texts[k]) & THAT for k in range(idx.tok(a.span.end), idx.tok(t.span.start)))


def _fixed_type(c: Candidate) -> bool:
    """The trigger's type is not decided by its target (اشتباكات, not هجوم)."""
    v = c.trigger.value
    return not (isinstance(v, dict) and v.get("decide") == "target")


def _civilians(m: Mention) -> bool:
    """An actor of ACLED's civilian inter code (7)."""
    return isinstance(m.value, dict) and m.value.get("type") == CIVILIANS


def _first(x: tuple[int, int]) -> int:
    return x[0]


def _victims(a: Mention, c: Candidate, idx: DocIndex) -> bool:
    """The actor, named after members (ثلاثة عناصر من قسد), is the force whose members were
    killed or wounded."""
    if not (c.killed or c.wounded):
        return False
    return any(
        idx.sent(m) == idx.sent(a) and m.span.start <= a.span.start and idx.gap(m, a) <= 3
        for m in c.killed + c.wounded
    )
