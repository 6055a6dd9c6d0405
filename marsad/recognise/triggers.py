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
(احتجاجا على), which alone is none. The context tests live in ``triggers_context``.

One pass per step over the document's few dozen lexicon hits: each hit's sentence and clause
are looked up once (``Scope``), sentence facts (context, anchoring, qualifiers) are sets built
once and only when a cue needs them, and a document without cue words stops at once.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import attrgetter, itemgetter, lt, methodcaller, or_

from marsad.model import Mention, Span
from marsad.recognise.cues import PieceIndex, Scope
from marsad.recognise.triggers_context import (
    Match,
    agreement_content,
    air_subject,
    cleared,
    control_phrases,
    controls_no_ground,
    following,
    instrument,
    intercepted,
    lead,
    longest_cues,
    named_platform,
    nearest,
    own_qualifiers,
    past_verb_near,
    place_reach,
    seized_arms,
    voided,
)
from marsad.recognise.triggers_detain import detention_phrases
from marsad.recognise.triggers_flight import current_flights, in_relative_clause
from marsad.recognise.triggers_lexicon import (
    AIR,
    ARMED_TYPES,
    CUE_STRENGTHS,
    POLYSEMOUS_FAMILIES,
    ROLES,
    SHELLING,
    VIOLENT,
    added_ha,
    base_phrases,
    lexicon,
    shape,
    template,
    weapon,
)
from marsad.recognise.triggers_objects import bodiless_attacks, grounded_seizures, seizes_territory
from marsad.recognise.triggers_protest import (
    DEMONSTRATION,
    EXCESSIVE_FORCE,
    MOB,
    PROTESTERS,
    RIOT,
    armed_party,
    at_protest,
    crowd_party,
    fired_on,
    governing,
    mob_scene,
    protester_victims,
    rioting,
)
from marsad.text.view import TextView

NAME = "marsad.triggers.v1"
# Interception verbs in the past that their shape does not tell (normalised: تصدت reads as a
# present): the missile they govern was one act.
_PAST_STOPS = frozenset("اعترض اعترضت اعترضوا تصدي تصدت تصدوا اسقط اسقطت اسقطوا".split())
# Definite generic attack words that refer back to an attack already reported.
_GENERIC_ATTACK = frozenset({"هجوم"})
_FIRST_TOKEN = itemgetter(2)  # LexiconMatch.first_token
_KEY = itemgetter(4)  # LexiconMatch.key
_LAST_TOKEN = itemgetter(3)  # LexiconMatch.last_token
_ENDS_HA = methodcaller("endswith", "ه")
_ROLE = attrgetter("value.strength")
_FAMILY = attrgetter("value.family")
_IS_CUE = frozenset(CUE_STRENGTHS).__contains__
_KIND = attrgetter("kind")
_START = attrgetter("start")
_SPAN = attrgetter("span")
_SPAN_START = attrgetter("span.start")
_CONTEXT_KINDS = frozenset({"casualty", "actor"})  # found mentions that are conflict context


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
        by_role: dict[str, list[Match]] = {role: [] for role in ROLES}
        for m, role in zip(matches, map(_ROLE, matches), strict=True):
            by_role[role].append(m)
        # Cue words (strong and weak) in text order.
        cues = list(compress(matches, map(_IS_CUE, map(_ROLE, matches))))
        if not cues and "سيطر" not in view.text and "ايقاف" not in view.text \
                and "ضبط" not in view.text:  # no cue word, no control or detention word
            return []
        blocked = {i for m in by_role["block"] for i in range(m.first_token, m.last_token + 1)}
        facts = _Found(found, view)
        if by_role["target"]:
            by_role["target"] = _outside_actors(by_role["target"], facts.context, view)
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
            candidates = current_flights(candidates, by_role, found, view, scope)
        promoted: set[int] = set()
        if "agree" in map(_FAMILY, candidates):
            candidates = _not_institutions(candidates, texts)
            candidates, promoted = agreement_content(candidates, texts)
        candidates = control_phrases(candidates, view.text, toks, blocked)
        candidates = detention_phrases(candidates, view.text, toks, blocked)
        if any(map(seizes_territory, candidates)):
            candidates = grounded_seizures(candidates, by_role["terrain"], by_role["arms"],
                                           list(map(_SPAN, facts.places)), view, scope)
        if by_role["abstract"]:
            candidates = bodiless_attacks(candidates, by_role["abstract"], scope)
        if not candidates:
            return []
        kept, referring = _keep(candidates, promoted, by_role, facts, scope)
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
            value = _value(m, text, texts, scope, by_role, target_firsts, protests, victims)
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


def _candidates(cues: list[Match], view: TextView, facts: _Found, blocked: set[int]) -> list[Match]:
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


class _Found:
    """What the recognisers before found: places (resolved ones are place names), actors and
    casualty figures (conflict context; figures also anchor a sentence). Picked out in C, read
    further only when asked (``scope`` is set once built)."""

    __slots__ = ("context", "places", "scope", "view")

    def __init__(self, found: Sequence[Mention], view: TextView) -> None:
        self.view = view
        self.scope: Scope | None = None
        kinds = list(map(_KIND, found))
        self.places = list(compress(found, map("place".__eq__, kinds)))
        self.context = list(compress(found, map(_CONTEXT_KINDS.__contains__, kinds)))

    def resolved_places(self) -> list[Span]:
        return [m.span for m in self.places if isinstance(m.value, dict)
                and m.value.get("name") is not None]

    def armed_actor(self) -> bool:
        return any(m.kind == "actor" and _armed(m) for m in self.context)

    def sentences(self, starts: Iterable[int]) -> set[int]:
        """The sentences of these original offsets (through the token at or before each)."""
        assert self.scope is not None
        orig_starts = self.view.token_original_starts
        return self.scope.sentence_of.of_all(
            [k - 1 if k else 0 for k in map(bisect_right, repeat(orig_starts), starts)])

    def context_sentences(self) -> set[int]:
        """Sentences with an actor or a casualty figure."""
        return self.sentences(map(_SPAN_START, self.context))

    def anchored(self) -> set[int]:
        """Sentences with a casualty figure or a resolved place."""
        figures = [m.span.start for m in self.context if m.kind == "casualty"]
        return self.sentences(figures + list(map(_START, self.resolved_places())))


def _keep(
    candidates: list[Match], promoted: set[int], by_role: dict[str, list[Match]], facts: _Found,
    scope: Scope,
) -> tuple[list[Match], set[int]]:
    """The candidates that report an event of their own, and the clauses whose weak generic
    attack word names the attack of a strong cue (it refers back)."""
    sentence_of, clause_of = scope.sentence_of, scope.clause_of
    if any(m.value.requires for m in candidates):
        candidates = _required(candidates, by_role, sentence_of)
    qualified = sentence_of.of_all(map(_FIRST_TOKEN, by_role["qualifier"]))
    conflict_doc = bool(by_role["context"]) or facts.armed_actor() or any(
        weapon(m.value, sentence_of[m.first_token] in qualified) for m in candidates
    )
    # (only a document without conflict context asks for these)
    anchored = set() if conflict_doc else facts.anchored()
    cause_sents = sentence_of.of_all(map(_FIRST_TOKEN, by_role["cause"]))
    mishap_sents = sentence_of.of_all(map(_FIRST_TOKEN, by_role["mishap"]))
    crime_sents = sentence_of.of_all(map(_FIRST_TOKEN, by_role["crime"]))
    accident = bool(mishap_sents) and accidental_blast(candidates, mishap_sents, sentence_of)
    strong_clauses: set[int] = set()
    violent_clauses: set[int] = set()
    strong_sents: set[int] = set()
    texts = facts.view.tokens.texts
    fight_sents: set[int] = set()  # sentences with a strong violent cue
    for m in candidates:
        cue = m.value
        if (cue.strength == "strong" or (promoted and id(m) in promoted)) and not (
                m.key.isascii() and in_relative_clause(m, texts, scope)):
            # (an English act in a relative clause describes a party of its clause's own act:
            # "soldiers executed 3 men who had joined a protest")
            clause = clause_of[m.first_token]
            if cue.event_type in VIOLENT:
                violent_clauses.add(clause)
                strong_clauses.add(clause)
                fight_sents.add(sentence_of[m.first_token])
            elif cue.family != "agree":
                strong_clauses.add(clause)
            strong_sents.add(sentence_of[m.first_token])
    ordered = candidates
    if "toll" in map(_FAMILY, candidates):
        # casualty words last: they never take a clause from the incident they report
        ordered = ([m for m in candidates if m.value.family != "toll"]
                   + [m for m in candidates if m.value.family == "toll"])
    context_sents: set[int] | None = None  # sentences with conflict context, when first asked
    armed_sents: set[int] | None = None  # sentences naming armed parties, when first asked
    weak_clauses: set[int] = set()
    violent_sents: set[int] = set()
    referring: set[int] = set()
    kept: list[Match] = []
    for m in ordered:
        cue = m.value
        family = cue.family
        sent = sentence_of[m.first_token]
        if (family == "toll" or family == "flight") and sent in cause_sents:
            continue
        if (family == "arrest" or family == "flight") and sent in crime_sents:
            continue  # (police arrested ten persons and recovered counterfeit notes)
        if family == "flight" and m.key.isascii() and _attempted(m, texts):
            continue  # (detained as they tried to flee: no flight took place)
        if family == "ied" and cue.strength == "weak" and (
                sent in mishap_sents or (accident and m.key in BLAST_EN)):
            # (a blast next to a boiler or a fire is an accident, no bomb; so is the same blast
            # told again in another sentence of an English report; and its toll is no killing)
            cause_sents.add(sent)
            continue
        if family == "toll" and sent in violent_sents:
            continue
        if cue.mode == "withdraw" and (sent in fight_sents or sent in violent_sents):
            continue  # (the attackers withdrew unharmed after the ambush: the fight's end)
        if family == "recruit" and m.first_token == m.last_token:
            if armed_sents is None:
                armed_sents = _armed_sentences(candidates, by_role, facts)
            if sent not in armed_sents:
                continue  # (تجند الأطباء، تجنيد الإمكانيات: civil mobilisation; not التجنيد الإجباري)
        if family == "territory" and controls_no_ground(m, texts, scope):
            continue  # (سيطرة الشرطة على الوضع: the situation, not ground)
        if not conflict_doc and sent not in anchored and (
                family in POLYSEMOUS_FAMILIES or (cue.decide == "platform" and sent not in qualified)):
            continue
        if cue.strength == "weak" and not (promoted and id(m) in promoted):
            # A killing is not a detail of a non-violent act of its clause (قتل فلسطيني
            # واعتقال آخر): only a violent strong cue takes its place.
            clause = clause_of[m.first_token]
            outranked = violent_clauses if family == "toll" else strong_clauses
            if clause in outranked:
                if cue.lemma in _GENERIC_ATTACK and _refers_back(m, facts.view):
                    referring.add(clause)  # "الهجوم نفذه انتحاريان": the cue names that attack
                continue
            if clause in weak_clauses:
                continue
            if context_sents is None:
                context_sents = (facts.context_sentences() | strong_sents
                                 | sentence_of.of_all(map(_FIRST_TOKEN, by_role["context"])))
            if sent not in context_sents:
                continue
            weak_clauses.add(clause)
        if family != "toll" and cue.event_type in VIOLENT:
            violent_sents.add(sent)
        kept.append(m)
    return kept, referring


def _armed_sentences(candidates: list[Match], by_role: dict[str, list[Match]], facts: _Found
                     ) -> set[int]:
    """Sentences naming armed parties or violence: a conflict-context word, an armed actor or a
    violent cue. Recruitment is of fighters by armed actors (CODING §1), so a bare recruitment
    word needs one of them in its sentence (its military phrases, conscription or children
    recruited, do not)."""
    assert facts.scope is not None
    sentence_of = facts.scope.sentence_of
    armed = facts.sentences(m.span.start for m in facts.context if m.kind == "actor" and _armed(m))
    armed |= sentence_of.of_all(map(_FIRST_TOKEN, by_role["context"]))
    armed |= sentence_of.of_all(m.first_token for m in candidates if m.value.event_type in VIOLENT)
    return armed


_TRIED = frozenset({"tried", "trying", "attempted", "attempting", "try", "attempt"})


def _attempted(m: Match, texts: Sequence[str]) -> bool:
    """An English verb after "tried to" (an attempt: "detained as they tried to flee")."""
    i = m.first_token
    return i >= 2 and texts[i - 1] == "to" and texts[i - 2] in _TRIED


# English bare blast words: one of them next to a mishap makes the others of the report that
# blast too (an explosion ripped through a plant; the explosion occurred at its boiler room).
BLAST_EN = frozenset({"explosion", "explosions", "blast", "blasts", "exploded"})
_DEVICE_FAMILIES = frozenset({"ied", "suicide", "grenade"})


def accidental_blast(candidates: list[Match], mishap_sents: set[int], sentence_of: PieceIndex
                     ) -> bool:
    """An English report of an accident: a bare blast word in a sentence with a mishap, and no
    device (bomb, IED, suicide bomber, grenade) named anywhere in it."""
    return any(m.key in BLAST_EN and sentence_of[m.first_token] in mishap_sents
               for m in candidates) and not any(
        m.value.strength == "strong" and m.value.family in _DEVICE_FAMILIES for m in candidates)


def _required(candidates: list[Match], by_role: dict[str, list[Match]], sentence_of: PieceIndex
              ) -> list[Match]:
    """The candidates less those whose sentence lacks what their row requires: a cue of one
    of the families named, or a role row of that name (a crowd turning out needs a motive).
    A cue that itself requires something names nothing: tear gas fired is a protest's
    dispersal only where a protest or a crowd is named, not by its own words."""
    present: dict[int, set[str]] = {}
    for c in candidates:
        if not c.value.requires:
            present.setdefault(sentence_of[c.first_token], set()).add(c.value.family)
    roles = {r for c in candidates for r in c.value.requires if r in by_role}
    for role in roles:
        for m in by_role[role]:
            present.setdefault(sentence_of[m.first_token], set()).add(role)
    return [c for c in candidates if not c.value.requires
            or not present.get(sentence_of[c.first_token], set()).isdisjoint(c.value.requires)]


def _refers_back(m: Match, view: TextView) -> bool:
    """A definite or demonstrative cue word (الهجوم، هذا الهجوم)."""
    return shape(m.value, view.text[m.start : m.end], m.proclitic)[1] or lead(view.tokens.texts, m)[1]


def _value(
    m: Match, text: str, texts: Sequence[str], scope: Scope, by_role: dict[str, list[Match]],
    target_firsts: list[int], protests: list[Match], victims: list[Match],
) -> dict[str, object]:
    """The trigger's coding: the cue row's, then what its neighbours decide."""
    cue = m.value
    value = template(cue, text[m.start : m.end], m.proclitic, *lead(texts, m)).copy()
    if cue.family == "protest" and by_role["force"] and fired_on(
            m, by_role["force"], by_role["motive"], scope, texts):
        value.update(EXCESSIVE_FORCE)  # "أطلقت الشرطة النار على المتظاهرين"
        return value
    if cue.sub_event_type == "Peaceful protest" and rioting(
            m, by_role["strong"] + by_role["weak"], scope, texts, text):
        value.update(RIOT)  # "المحتجون اشتبكوا مع الشرطة"
        return value
    if (cue.sub_event_type == "Violent demonstration" and cue.family == "riot"
            and mob_scene(m, by_role["strong"], protests, scope)):
        value.update(MOB)  # "an angry mob vandalised temples"
        return value
    if not cue.contextual:
        return value
    family, decide = cue.family, cue.decide
    if decide == "party":  # (decided when the candidates were chosen: triggers_flight)
        return value
    party = None
    if family == "clash" and by_role["crowd"]:
        party = crowd_party(m, by_role["crowd"], scope, texts, mutual=decide is None)
    if party is None and protests and family == "clash" and decide is None and at_protest(
            m, by_role["melee"], protests, by_role["motive"], scope):
        party = PROTESTERS
    if party is not None:
        police = party == PROTESTERS or armed_party(
            m, by_role["target"] + by_role["context"], scope, texts)
        value.update(RIOT if police else MOB)
    elif decide == "target" and victims and protester_victims(m, victims, by_role["motive"],
                                                              scope, texts):
        value.update(EXCESSIVE_FORCE)  # "قتل متظاهر برصاص قوات الأمن"
        return value
    device = family == "ied" or (family == "shell" and decide is None)
    # "rifles were seized": the weapons were, as a device cleared, no place
    seized = family == "territory" and bool(by_role["arms"]) and seized_arms(
        m, by_role["arms"], scope)
    stopper = (intercepted(m, by_role["intercept"], scope)
               if device and family == "shell" and by_role["intercept"] else None)
    if seized or (device and (stopper is not None or (
            by_role["clear"] and cleared(m, by_role["clear"], scope)))):
        value.update(event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                     plover="COERCE", plover_mode="seize", family="disrupt")
        word = text[stopper.start : stopper.end] if stopper is not None else ""
        if stopper is not None and (word in _PAST_STOPS or shape(
                stopper.value, word, stopper.proclitic)[0] == "verb"):
            value["form"] = "verb"  # اعترضت … صاروخا: one act, told with a past verb
    if decide is None or seized:
        return value
    qualifiers = by_role["qualifier"]
    if decide == "strike":
        # ضربة/ضربات: an air strike unless a ground weapon is named (ضربات مدفعية).
        ground = nearest(m, qualifiers, scope) == "ground"
        value["sub_event_type"] = SHELLING if ground else AIR
        value["family"] = "shell" if ground else "air"
    elif decide == "platform":
        # The weapon it is made with decides first (قصف … بدفعة من صواريخ), else the nearest
        # platform word (a channel named "المسيرة" is no drone).
        platform = instrument(m, qualifiers, scope, texts) or nearest(
            m, own_qualifiers(m, qualifiers, by_role, scope, texts), scope)
        value["sub_event_type"] = AIR if platform == "air" else SHELLING
        value["family"] = "air" if platform == "air" else "shell"
        if platform is None:
            value["decided"] = "default"
    elif decide == "target" and (weapon_used := instrument(m, qualifiers, scope, texts) or (
            named_platform(m, qualifiers, scope, texts) if cue.lemma in _GENERIC_ATTACK
            else None) or (air_subject(m, qualifiers) if cue.lemma in _GENERIC_ATTACK and shape(
                cue, text[m.start : m.end], m.proclitic)[0] == "verb" else None)):
        # "استهدفوا الرياض بصواريخ باليستية": the weapon names the attack; so do an adjective
        # ("هجمات جوية") and an air force as its wielder ("قامت القوات الجوية باستهداف"،
        # "استهدف طيران التحالف").
        value.update(event_type="Explosions/Remote violence", plover_mode="heavy-weapons",
                     sub_event_type=AIR if weapon_used == "air" else SHELLING,
                     family="air" if weapon_used == "air" else "shell")
    else:
        value["decide"] = decide
        target = following(m, by_role["target"], target_firsts, scope)
        if target:
            value["target"] = target
    return value


# Nouns naming a body (normalised): an agreement word after one is the body's name (مركز المصالحة
# الروسي، وزارة المصالحة، لجنة وقف إطلاق النار، مركز حميميم للمصالحة), no agreement reached.
_INSTITUTIONS = frozenset("مركز مراكز وزاره وزير هيئه لجنه لجان مفوضيه مكتب دائره".split())


def _not_institutions(candidates: list[Match], texts: Sequence[str]) -> list[Match]:
    """The candidates less agreement cues that are part of an institution's name."""
    def named(m: Match) -> bool:
        i = m.first_token
        if i and texts[i - 1].removeprefix("و") in _INSTITUTIONS:
            return True
        return i > 1 and m.proclitic.endswith("ل") and texts[i - 2].removeprefix("و") in _INSTITUTIONS
    return [m for m in candidates if m.value.family != "agree" or not named(m)]


# A verb of carrying out with its object pronoun (هجوم شنه مسلحون، تفجير نفذه عناصر): the noun
# after it is the attack's agent, not its target.
_AGENT_VERBS = frozenset("شنه شنها شنته شنتها نفذه نفذها نفذته نفذتها تبناه تبنته".split())


def _outside_actors(targets: list[Match], context: list[Mention], view: TextView) -> list[Match]:
    """The target words less those inside an armed actor's name (حزب العمال الكردستاني names
    the attacker, not workers attacked; مجلس دير الزور العسكري is no military target) and those
    naming the agent after a verb of carrying out (هجوم شنه مسلحون)."""
    texts = view.tokens.texts
    targets = [t for t in targets if not (t.first_token and texts[t.first_token - 1] in _AGENT_VERBS)]
    names = [m.span for m in context if m.kind == "actor" and _armed(m)]
    if not names or not targets:
        return targets
    starts = view.token_original_starts
    return [t for t in targets
            if not any(s.start <= starts[t.first_token] < s.end for s in names)]


def _taa_marbuta(view: TextView, m: Match) -> bool:
    """The pronoun ending ه the loader added matched a word's own ة (سلبة, a place, is no سلب+ه)."""
    if not added_ha(m.key):
        return False
    end = view.span(m.start, m.end).end
    return view.original[end - 1 : end] == "ة"


def _armed(m: Mention) -> bool:
    return isinstance(m.value, dict) and m.value.get("type") in ARMED_TYPES
