"""Event-trigger recogniser: Arabic cue words -> ACLED type/sub-type, PLOVER type and mode.

The lexicon (``triggers.tsv``, loaded by ``triggers_lexicon``) lists verbs in their forms,
masdars and nouns. Weak cues (قتل، هجوم، انفجار، سيطرة…) count only in conflict context and
when no strong cue shares their clause; blocks (مناطق سيطرة، الحكم بالإعدام…) cancel the cues
they cover. Bare قصف takes its platform (air vs ground) from qualifier words in its clause or
sentence.

Named rules besides: a casualty word (family ``toll``) is the outcome of an incident and yields
to any other violent trigger of its sentence; a toll or a flight next to a disaster (زلزال،
فيضانات، حادث سير) is no conflict event, nor is a bare blast word next to a mishap (a boiler, a
gas cylinder, a fire); a cue inside a place name is no cue; a document with no
conflict context at all (no armed actor, no conflict word, no weapon) keeps its polysemous cues
(خطف، سيطرة، هجرة، اعتقال) only in sentences with a place or a toll; a clash between unorganised
parties (أنصار، شبان، مسلمين وهندوس) is a riot; a mine or device governed by a clearance verb,
or a missile or shell governed by an interception verb (اعترضت الدفاعات الجوية صاروخا), is
Disrupted weapons use; a trigger governed by a void cue (a demand, threat, fear, purpose,
rejection or question) reports no act; what follows an agreement cue as its content (اتفاق بشأن
إجلاء الجرحى) is the agreement, not a second event; a noun cue next to a past verb of its clause
(بعد معارك عنيفة اقتحمت) reports one incident; ضربة/ضربات is an air strike unless a ground weapon
is named; a flight said of armed or criminal parties, or of long ago, is no displacement
(``triggers_flight``); a crowd turning out is a protest when its sentence gives a motive
(احتجاجا على), which alone is none. The context tests live in ``triggers_context``, the
rules choosing the candidates that stand in ``triggers_keep``, their values in ``triggers_value``.

One pass per step over the document's few dozen lexicon hits: each hit's sentence and clause
are looked up once (``Scope``), sentence facts (context, anchoring, qualifiers) are sets built
once and only when a cue needs them, and a document without cue words stops at once.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import compress, groupby, repeat
from operator import attrgetter, itemgetter, lt, methodcaller, or_

from marsad.model import Mention
from marsad.recognise.cues import Scope
from marsad.recognise.triggers_bases_en import POST, established_bases
from marsad.recognise.triggers_captives import described_captives
from marsad.recognise.triggers_chemical_en import chemical_deliveries
from marsad.recognise.triggers_context import (
    Match,
    agreement_content,
    control_phrases,
    longest_cues,
    past_verb_near,
    place_reach,
    voided,
)
from marsad.recognise.triggers_detain import detention_phrases, stopped_activities
from marsad.recognise.triggers_flight import current_flights
from marsad.recognise.triggers_formed_en import formed_units
from marsad.recognise.triggers_ground import grounded_controls, seizes_something
from marsad.recognise.triggers_keep import Found, keep
from marsad.recognise.triggers_launch_en import launched_weapons
from marsad.recognise.triggers_lexicon import CUE_STRENGTHS, ROLES, added_ha, base_phrases, lexicon
from marsad.recognise.triggers_objects import bodiless_attacks, grounded_seizures, seizes_territory
from marsad.recognise.triggers_ousted_en import ousted
from marsad.recognise.triggers_property_en import property_acts
from marsad.recognise.triggers_protest import DEMONSTRATION, PROTESTERS, governing
from marsad.recognise.triggers_reason_en import background_reasons
from marsad.recognise.triggers_seized_en import counted_seizures
from marsad.recognise.triggers_sport_en import off_the_field
from marsad.recognise.triggers_transfer_en import may_hand_over, peaceful_takeovers
from marsad.recognise.triggers_value import trigger_value
from marsad.recognise.triggers_withdraw import LEMMA as WITHDRAW
from marsad.recognise.triggers_withdraw import military_withdrawals
from marsad.text.lexicon_scan import with_proclitics
from marsad.text.view import TextView

NAME = "marsad.triggers.v1"
_FIRST_TOKEN = itemgetter(2)  # LexiconMatch.first_token
_KEY = itemgetter(4)  # LexiconMatch.key
_LAST_TOKEN = itemgetter(3)  # LexiconMatch.last_token
_ENDS_HA = methodcaller("endswith", "ه")
_ROLE = attrgetter("value.strength")
_FAMILY = attrgetter("value.family")
_IS_CUE = frozenset(CUE_STRENGTHS).__contains__
_SPAN = attrgetter("span")
_PROPERTY_FAMILIES = frozenset({"riot", "loot"})  # (English burning, wrecking, looting)


class TriggerRecogniser:
    """Finds event triggers; the value carries the coding (see docs/mentions.md)."""

    name: str = NAME
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("trigger",)

    def __init__(self) -> None:
        self.lexicon = lexicon()
        base_phrases()  # (loaded now, not by the first document with a pronoun ending)

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        toks = view.tokens
        if not toks:
            return []
        texts = toks.texts
        matches = self.lexicon.matches(toks)
        # Cue words (strong and weak) in text order.
        cues = list(compress(matches, map(_IS_CUE, map(_ROLE, matches))))
        if not cues and "سيطر" not in view.text and "ايقاف" not in view.text \
                and "ضبط" not in view.text and " out of " not in view.text \
                and not _formation_words(view):
            return []  # no cue word, no control, detention, driving-out or formation word
        by_role: dict[str, list[Match]] = {role: [] for role in ROLES}
        # (grouped in C: the sort is stable, so each role keeps its hits in text order)
        by_role.update({role: list(hits) for role, hits in groupby(sorted(matches, key=_ROLE), _ROLE)})
        blocked = {i for m in by_role["block"] for i in range(m.first_token, m.last_token + 1)}
        facts = Found(found, view)
        if by_role["target"]:
            by_role["target"] = _outside_actors(by_role["target"], facts.armed, view)
        candidates = _candidates(longest_cues(cues), view, facts, blocked)
        scope = facts.scope = Scope.build(toks, view.sentences, view.clauses,
                                          list(map(_FIRST_TOKEN, candidates)))
        voids = by_role["void"]
        if voids and candidates:
            sentence_of = scope.sentence_of
            by_sentence: dict[int, list[Match]] = {}
            for v in voids:
                by_sentence.setdefault(sentence_of[v.first_token], []).append(v)
            demonstrations = [m for m in candidates if m.value.family in DEMONSTRATION]
            candidates = [
                m for m in candidates
                if (s := sentence_of[m.first_token]) not in by_sentence
                or not voided(m, governing(m, by_sentence[s], demonstrations, by_role["target"],
                                           scope), texts, scope)
            ]
        if "flight" in map(_FAMILY, candidates):
            candidates = current_flights(candidates, by_role, found, facts.armed, view, scope)
        candidates = described_captives(candidates, texts, scope)  # (أهالي المختطفين)
        promoted: set[int] = set()
        if "agree" in map(_FAMILY, candidates):
            candidates = _not_institutions(candidates, texts)
            candidates, promoted = agreement_content(candidates, texts)
        if any(map(str.isascii, map(_KEY, candidates))):
            promoted |= launched_weapons(candidates, texts)  # (fired dozens of rockets)
            if by_role["clear"]:  # (seized nine pistols: arms taken, in any report)
                promoted |= counted_seizures(candidates, by_role["clear"], by_role["crime"],
                                             texts, scope)
        candidates = control_phrases(candidates, view.text, toks, blocked)
        if view.language == "en" and " out of " in view.text:  # (drove the militants out of X)
            candidates = ousted(candidates, by_role["terrain"], list(map(_SPAN, facts.places)),
                                by_role["context"], list(map(_SPAN, facts.armed)), view, blocked)
        if _formation_words(view):  # (two commando units have been formed)
            candidates = formed_units(candidates, view, scope)
        candidates = detention_phrases(candidates, view.text, toks, blocked)
        if any(map(seizes_something, candidates)):  # (انتزعت الفرق الهندسية الألغام: no ground)
            candidates = grounded_controls(candidates, list(map(_SPAN, facts.places)), view, scope)
        if "arrest" in map(_FAMILY, candidates):
            candidates = stopped_activities(candidates, texts)  # (فأوقف القتال)
        if any(m.value.lemma == WITHDRAW for m in candidates):
            candidates = military_withdrawals(candidates, texts)  # (انسحب من الاتفاق)
        if any(map(str.isascii, map(_KEY, candidates))) and any(map(seizes_territory, candidates)):
            candidates = grounded_seizures(candidates, by_role["terrain"], by_role["arms"],
                                           list(map(_SPAN, facts.places)), view, scope)
        if by_role["abstract"]:
            candidates = bodiless_attacks(candidates, by_role["abstract"], scope)
        if by_role["reason"]:  # (sanctions over the chemical attack: its background)
            candidates = background_reasons(candidates, by_role["reason"], texts, scope)
        if by_role["sport"]:  # (the striker fired a rocket into the top corner)
            candidates = off_the_field(candidates, by_role["sport"], by_role["context"], scope)
        if view.language == "en" and "chem" in map(_FAMILY, candidates):
            candidates = chemical_deliveries(candidates, texts, scope)  # (shells containing gas)
        if any(m.value.lemma == POST for m in candidates):  # (a bare base noun: set up?)
            candidates = established_bases(candidates, by_role["establish"], texts, scope)
        if view.language == "en" and any(m.value.family in _PROPERTY_FAMILIES for m in candidates):
            candidates, named = property_acts(candidates, by_role["crowd"], by_role["mishap"],
                                              texts, scope)
            promoted |= named  # (shops looted: the looting of a document with no other war word)
        if not candidates:
            return []
        kept, referring = keep(candidates, promoted, by_role, facts, scope)
        if view.language == "en" and may_hand_over(candidates):
            kept = peaceful_takeovers(kept, candidates, scope)  # (took the town after the army pulled out)
        return self._mentions(kept, referring, candidates, by_role, view, scope)

    def _mentions(self, kept: list[Match], referring: set[int], candidates: list[Match],
                  by_role: dict[str, list[Match]], view: TextView, scope: Scope) -> list[Mention]:
        """One mention per kept cue, in text order, with its value."""
        clause_of = scope.clause_of
        text, texts, original = view.text, view.tokens.texts, view.original
        by_clause: dict[int, list[Match]] | None = None  # candidates per clause, when first asked
        past: dict[int, bool] = {}  # id of a candidate -> it is a past-tense verb (memo)
        target_firsts = list(map(_FIRST_TOKEN, by_role["target"]))
        protests = [c for c in candidates if c.value.family == "protest"]
        # (protesters among the target words: in most documents none, and no victim test)
        victims = [t for t in by_role["target"] if t.value.event_type == PROTESTERS]
        out: list[Mention] = []
        for m in sorted(kept, key=_FIRST_TOKEN):
            value = trigger_value(m, text, texts, scope, by_role, target_firsts, protests, victims)
            clause = clause_of[m.first_token]
            if value["form"] in ("noun", "plural"):
                if by_clause is None:
                    by_clause = {}
                    for c in candidates:
                        by_clause.setdefault(clause_of[c.first_token], []).append(c)
                same_clause = by_clause[clause]
                if len(same_clause) > 1 and past_verb_near(m, same_clause, past, text):
                    value["form"] = "verb"
            if clause in referring and m.value.strength == "strong":
                value["refers"] = True
            span = view.span(m.start, m.end)
            out.append(Mention("trigger", span, span.of(original), value, self.name))
        return out


def _formation_words(view: TextView) -> bool:
    """An English text that may say a unit was formed (triggers_formed_en), tested cheaply."""
    text = view.text
    return view.language == "en" and any(w in text for w in _FORMATION_WORDS)


_FORMATION_WORDS = (" formed", " set up", " created", " established", " raised")


def _candidates(cues: list[Match], view: TextView, facts: Found, blocked: set[int]) -> list[Match]:
    """The cue words less those blocked, inside a resolved place name (its tokens start inside
    one place's span: original offsets, no per-cue span mapping), or read with a pronoun ending
    that is the word's own ة.

    Suspects are found in C (a key ending in ه, words inside any place, any block): only
    they are tested one by one."""
    suspect = list(map(_ENDS_HA, map(_KEY, cues)))
    place_starts, reach = place_reach(list(map(_SPAN, facts.places)))
    orig_starts = view.token_original_starts
    if place_starts:
        # inside a place: the last place starting at or before the cue reaches past its words
        reached = [-1, *reach].__getitem__
        places_before = map(bisect_right, repeat(place_starts),
                            map(orig_starts.__getitem__, map(_FIRST_TOKEN, cues)))
        inside = map(lt, map(orig_starts.__getitem__, map(_LAST_TOKEN, cues)),
                     map(reached, places_before))
        suspect = list(map(or_, suspect, inside))
    if blocked:
        suspect = [s or not blocked.isdisjoint(range(m.first_token, m.last_token + 1))
                   for s, m in zip(suspect, cues, strict=True)]
    if not any(suspect):
        return cues
    resolved: tuple[list[int], list[int]] | None = None
    out: list[Match] = []
    for m, s in zip(cues, suspect, strict=True):
        if s:
            first, last = m.first_token, m.last_token
            if blocked and any(i in blocked for i in range(first, last + 1)):
                continue
            if place_starts:
                if resolved is None:
                    resolved = place_reach(facts.resolved_places())
                k = bisect_right(resolved[0], orig_starts[first])
                if k and orig_starts[last] < resolved[1][k - 1]:
                    continue
            if m.key[-1] == "ه" and _taa_marbuta(view, m):
                continue
        out.append(m)
    return out



# Nouns naming a body (normalised): an agreement word after one is the body's name (مركز المصالحة
# الروسي، وزارة المصالحة، لجنة وقف إطلاق النار، مركز حميميم للمصالحة), no agreement reached.
_INSTITUTIONS = frozenset("مركز مراكز وزاره وزير هيئه لجنه لجان مفوضيه مكتب دائره".split())
_INSTITUTION_TOKENS = with_proclitics(_INSTITUTIONS)  # (وزارة whole, not و + زارة; ووزارة)


def _not_institutions(candidates: list[Match], texts: Sequence[str]) -> list[Match]:
    """The candidates less agreement cues that are part of an institution's name."""
    def named(m: Match) -> bool:
        i = m.first_token
        if i and texts[i - 1] in _INSTITUTION_TOKENS:
            return True
        return i > 1 and m.proclitic.endswith("ل") and texts[i - 2] in _INSTITUTION_TOKENS
    return [m for m in candidates if m.value.family != "agree" or not named(m)]


# A verb of carrying out with its object pronoun (هجوم شنه مسلحون، تفجير نفذه عناصر): the noun
# after it is the attack's agent, not its target.
_AGENT_VERBS = frozenset("شنه شنها شنته شنتها نفذه نفذها نفذته نفذتها تبناه تبنته".split())


def _outside_actors(targets: list[Match], armed: list[Mention], view: TextView) -> list[Match]:
    """The target words less those inside an armed actor's name (حزب العمال الكردستاني names
    the attacker, not workers attacked; مجلس دير الزور العسكري is no military target) and those
    naming the agent after a verb of carrying out (هجوم شنه مسلحون; English: an attack by gunmen,
    blamed on jihadists)."""
    texts = view.tokens.texts
    targets = [t for t in targets if not (t.first_token and texts[t.first_token - 1] in _AGENT_VERBS)]
    if view.language == "en":
        targets = [t for t in targets if not _agent_en(texts, t.first_token)]
    names = [m.span for m in armed]
    if not names or not targets:
        return targets
    # inside a name: the furthest end of the names starting at or before the word passes it
    # (one bisect per word, not a scan of every name)
    name_starts, reach = place_reach(names)
    reached = [-1, *reach].__getitem__
    starts = view.token_original_starts
    return [t for t in targets
            if not starts[t.first_token] < reached(bisect_right(name_starts, starts[t.first_token]))]


def _agent_en(texts: Sequence[str], k: int) -> bool:
    """The English word at ``k`` names the agent: "by" a word or two before it (an attack by
    Boko Haram gunmen), or "blamed on"."""
    before = texts[max(0, k - 3) : k]
    return "by" in before or ("on" in before and "blamed" in texts[max(0, k - 4) : k])


def _taa_marbuta(view: TextView, m: Match) -> bool:
    """The pronoun ending ه the loader added matched a word's own ة (سلبة, a place, is no سلب+ه)."""
    if not added_ha(m.key):
        return False
    end = view.span(m.start, m.end).end
    return view.original[end - 1 : end] == "ة"

