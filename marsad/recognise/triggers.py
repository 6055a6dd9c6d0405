"""Event-trigger recogniser: Arabic cue words -> ACLED type/sub-type, PLOVER type and mode.

The lexicon (``triggers.tsv``) lists verbs in their forms, masdars and nouns. Weak cues
(قتل، هجوم، انفجار، سيطرة…) count only in conflict context and when no strong cue shares their
clause; blocks (مناطق سيطرة، الحكم بالإعدام…) cancel the cues they cover. Bare قصف takes its
platform (air vs ground) from qualifier words in its clause or sentence.

Named rules besides: a casualty word (family ``toll``) is the outcome of an incident and yields to
any other violent trigger of its sentence; a toll or a
flight next to a disaster (زلزال، فيضانات، حادث سير) is no conflict event; a cue inside a place name
is no cue; a document with no conflict context at all (no armed actor, no conflict word, no
weapon) keeps its polysemous cues (خطف، سيطرة، هجرة، اعتقال) only in sentences with a place or
a toll; a clash between unorganised parties (أنصار، شبان،
مسلمين وهندوس) is a riot; a mine or device governed by a clearance verb is Disrupted weapons use; a trigger governed by a
void cue (a demand, threat, fear, purpose, rejection or question) reports no act; what follows
an agreement cue as its content (اتفاق بشأن إجلاء الجرحى) is the agreement, not a second event;
a noun cue next to a past verb of its clause (بعد معارك عنيفة اقتحمت) reports one incident;
ضربة/ضربات is an air strike unless a ground weapon is named.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import attrgetter

from marsad.model import Mention, Span
from marsad.recognise.cues import Scope, read_rows, variants
from marsad.text.lexicon import LexiconMatch, PhraseLexicon, longest
from marsad.text.normalise import normalise_phrase
from marsad.text.view import TextView

NAME = "marsad.triggers.v1"
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
_PRESENT_PREFIX = ("ي", "ت", "ن")
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# Families that are conflict evidence by themselves (a weapon or a killing named), and the ones
# whose words are common outside conflict (خطف الأضواء، سيطرة السوق، هجرة، اغتصاب، سلب، اعتقال
# in crime news, قصف alone): in a document without conflict context these need a place or a toll
# in their sentence.
_EVIDENCE_FAMILIES = frozenset({"air", "ied", "suicide", "chem", "grenade", "shell", "kill",
                                "clash", "disrupt", "base"})
_POLYSEMOUS_FAMILIES = frozenset({"abduct", "territory", "flight", "sexual", "arrest", "loot"})
_ARMED_TYPES = frozenset({1, 2, 3, 4, 8})


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon row: what the phrase means and how it behaves."""

    lemma: str
    form: str
    event_type: str
    sub_event_type: str | None
    plover: str | None
    mode: str | None
    family: str
    strength: str
    decide: str | None
    requires: tuple[str, ...]


def _opt(x: str) -> str | None:
    return None if x in ("-", "") else x


@lru_cache(maxsize=1)
def base_phrases() -> frozenset[str]:
    """The lexicon's trigger phrases as written (normalised), without added endings."""
    return frozenset(
        normalise_phrase(p)
        for row in read_rows("marsad.recognise", "triggers.tsv") if row[8] in ("strong", "weak")
        for p in row[2].split("|")
    )


def _taa_marbuta(view: TextView, m: LexiconMatch[Cue]) -> bool:
    """The pronoun ending ه the loader added matched a word's own ة (سلبة, a place, is no سلب+ه)."""
    key = m.key
    if not key.endswith("ه") or key in base_phrases() or key[:-1] not in base_phrases():
        return False
    return view.original[view.span(m.start, m.end).end - 1 : view.span(m.start, m.end).end] == "ة"


@lru_cache(maxsize=1)
def lexicon() -> PhraseLexicon[Cue]:
    """The trigger lexicon, loaded once per process."""
    lex: PhraseLexicon[Cue] = PhraseLexicon()
    for row in read_rows("marsad.recognise", "triggers.tsv"):
        lemma, form, phrases, etype, sub, plover, mode, family, strength, decide, req = row
        cue = Cue(
            lemma, form, etype, _opt(sub), _opt(plover), _opt(mode), family, strength,
            _opt(decide), tuple(r for r in req.split(",") if r != "-"),
        )
        endings = strength in ("strong", "weak")
        for phrase in phrases.split("|"):
            for variant in variants(phrase, endings):
                lex.add(variant, cue)
    return lex


_PAST = frozenset(
    "اعتقل اختطف اغتال اشتبك هاجم اقتحم استهدف سيطر استولي انتزع اغار نزح هرب انسحب انشق انضم "
    "داهم اعدم اغتصب اطلق القي قبض اوقف احتجز جند جرف نهب سلب شن فجر قصف قتل خطف اعترض اسقط "
    "ضبط فرق رشق احرق هدم تظاهر اعتصم احتج اضرب".split()
)


# Past-tense support verbs before a noun cue (انفجرت عبوة، اندلعت اشتباكات، شنت غارة): the noun
# then reports one incident, as a past verb does.
_SUPPORT = frozenset(
    "انفجر انفجرت وقع وقعت اندلع اندلعت شن شنت شنوا نفذ نفذت نفذوا سقط سقطت دارت دار جرت جري "
    "تعرض تعرضت تعرضوا استهدف استهدفت قام قامت قاموا تم وصلت وصل وصول دخلت دخل".split()
)
# Words after an agreement cue that introduce its content (اتفاق بشأن الإجلاء، هدنة لإجلاء).
_CONTENT = frozenset("بشان حول يقضي ينص يتضمن تضمن الخاص المتعلق يشمل".split())
# A clause opening with these brings new information: a demand's scope stops there.
_NEW_INFO = frozenset("فيما وفيما بينما وبينما حين وفي كما الي ذلك منها ومنها".split())
# A demand to stop or end something (دعا إلى وقف…) says that it happens: it voids nothing.
_STOP = frozenset("وقف لوقف بوقف ووقف انهاء لانهاء بانهاء الكف بالكف".split())
_VERB_WINDOW = 4
_NEGATION = frozenset({"لم", "لن"})
# Definite generic attack words that refer back to an attack already reported.
_GENERIC_ATTACK = frozenset({"هجوم"})


# Past-tense forms that are also masdars (قصف "shelling" / "he shelled"): read as nouns.
_AMBIGUOUS = frozenset("قصف قتل خطف ضبط شن نهب سلب هدم جرف فجر".split())


@lru_cache(maxsize=8192)
def _form(form: str, stem: str, proclitic: str) -> str:
    """verb (past), present, plural or noun, from the word's shape and its lexicon row's form
    (memoised: the same cue words recur in every article)."""
    if stem.endswith("ات"):
        return "plural"
    if proclitic.endswith(("ال", "ب", "ل")) or stem.startswith("ال"):
        return "noun" if form != "plural" else "plural"
    if (stem in _PAST and stem not in _AMBIGUOUS) or (
        len(stem) > 3 and stem.endswith("ت") and stem[:-1] in _PAST
    ) or (len(stem) > 4 and stem.endswith("وا")):
        return "verb"
    if len(stem) > 3 and (stem.startswith("ي") or (stem.startswith("ت") and stem.endswith("ون"))):
        return "present"
    if form == "verb" and stem.startswith("ت") and len(stem) > 3:
        return "present"
    if form == "plural" and not stem.endswith("ه"):
        return "plural"
    return "noun" if form == "verb" and stem.startswith("ال") else form


class TriggerRecogniser:
    """Finds event triggers; the value carries the coding (see docs/mentions.md)."""

    name: str = NAME
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("trigger",)

    def __init__(self) -> None:
        self.lexicon = lexicon()

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        toks = view.tokens
        if not toks:
            return []
        scope = Scope.build(toks, view.sentences, view.clauses)
        sentence_of, clause_of = scope.sentence_of, scope.clause_of
        matches = self.lexicon.matches(toks)
        by_role: dict[str, list[LexiconMatch[Cue]]] = defaultdict(list)
        for m in matches:
            by_role[m.value.strength].append(m)
        blocked = {i for m in by_role.pop("block", ()) for i in range(m.first_token, m.last_token + 1)}
        orig_starts = view.token_original_starts
        # One pass over what was found before: resolved places, sentences with an actor or a
        # casualty figure (context), sentences with a place or a figure (anchored), armed actors.
        places: list[Span] = []
        context_sents: set[int] = set()
        figures: list[int] = []  # original starts of casualty figures
        armed_actor = False
        for other in found:
            kind = other.kind
            if kind == "place":
                if _resolved(other):
                    places.append(other.span)
            elif kind == "casualty" or kind == "actor":
                start = other.span.start
                context_sents.add(sentence_of[max(0, bisect_right(orig_starts, start) - 1)])
                if kind == "casualty":
                    figures.append(start)
                elif not armed_actor and _armed(other):
                    armed_actor = True
        inside = _place_test(orig_starts, places)
        candidates = [
            m
            for m in longest(by_role.get("strong", []) + by_role.get("weak", []))
            if not (blocked and any(i in blocked for i in range(m.first_token, m.last_token + 1)))
            and not (inside and inside(m)) and not (m.key[-1] == "ه" and _taa_marbuta(view, m))
        ]
        voids = by_role.get("void", [])
        if voids:
            by_sentence: dict[int, list[LexiconMatch[Cue]]] = {}
            for v in voids:
                by_sentence.setdefault(sentence_of[v.first_token], []).append(v)
            candidates = [
                m for m in candidates
                if sentence_of[m.first_token] not in by_sentence
                or not _voided(m, by_sentence[sentence_of[m.first_token]], view, scope)
            ]
        candidates, promoted = _agreement_content(candidates, view)
        candidates = _with_control_phrases(candidates, view, blocked)
        context_sents.update(sentence_of[m.first_token] for m in by_role.get("context", []))
        qualified = {sentence_of[q.first_token] for q in by_role.get("qualifier", [])}
        conflict_doc = armed_actor or bool(by_role.get("context")) or any(
            _weapon(m.value, sentence_of[m.first_token] in qualified) for m in candidates
        )
        anchored: set[int] = set()
        if not conflict_doc:  # (only a document without conflict context asks for these)
            anchored = {sentence_of[max(0, bisect_right(orig_starts, start) - 1)]
                        for start in chain(figures, (p.start for p in places))}
        cause_sents = {sentence_of[m.first_token] for m in by_role.get("cause", [])}
        families: dict[int, set[str]] = {}
        strong_clauses: set[int] = set()
        violent_clauses: set[int] = set()
        violent_sents: set[int] = set()
        for m in candidates:
            sent = sentence_of[m.first_token]
            families.setdefault(sent, set()).add(m.value.family)
            if m.value.strength == "strong" or id(m) in promoted:
                if m.value.event_type in _VIOLENT or m.value.family != "agree":
                    strong_clauses.add(clause_of[m.first_token])
                if m.value.event_type in _VIOLENT:
                    violent_clauses.add(clause_of[m.first_token])
                context_sents.add(sent)
        weak_clauses: set[int] = set()
        referring: set[int] = set()
        kept: list[LexiconMatch[Cue]] = []
        # Casualty words last, so that they never take a clause from the incident they report.
        for m in sorted(candidates, key=lambda m: (m.value.family == "toll", m.first_token)):
            cue = m.value
            sent, clause = sentence_of[m.first_token], clause_of[m.first_token]
            if cue.requires and not families.get(sent, set()) & set(cue.requires):
                continue
            if sent in cause_sents and cue.family in ("toll", "flight") and cue.strength != "block":
                continue
            if cue.family == "toll" and sent in violent_sents:
                continue
            polysemous = cue.family in _POLYSEMOUS_FAMILIES or (
                cue.decide == "platform" and sent not in qualified)
            if not conflict_doc and polysemous and sent not in anchored:
                continue
            if cue.strength == "weak" and id(m) not in promoted:
                # A killing is not a detail of a non-violent act of its clause (قتل فلسطيني
                # واعتقال آخر): only a violent strong cue takes its place.
                outranked = violent_clauses if cue.family == "toll" else strong_clauses
                if clause in outranked and cue.lemma in _GENERIC_ATTACK and (
                        _definite(_stem(view, m), m.proclitic) or _demonstrative(view, m)):
                    referring.add(clause)  # "الهجوم نفذه انتحاريان": the cue names that attack
                if clause in outranked or clause in weak_clauses or sent not in context_sents:
                    continue
                weak_clauses.add(clause)
            if cue.event_type in _VIOLENT and cue.family != "toll":
                violent_sents.add(sent)
            kept.append(m)
        past: dict[int, bool] = {}  # id of a candidate -> it is a past-tense verb (memo)
        out: list[Mention] = []
        original = view.original
        for m in sorted(kept, key=lambda m: m.first_token):
            value = self._value(m.value, m, view, scope, by_role)
            if value["form"] in ("noun", "plural"):
                if _past_verb_near(m, candidates, past, view, scope):
                    value["form"] = "verb"
            if clause_of[m.first_token] in referring and m.value.strength == "strong":
                value["refers"] = True
            span = view.span(m.start, m.end)
            out.append(Mention("trigger", span, span.of(original), value, self.name))
        return out

    def _value(
        self,
        cue: Cue,
        m: LexiconMatch[Cue],
        view: TextView,
        scope: Scope,
        by_role: dict[str, list[LexiconMatch[Cue]]],
    ) -> dict[str, object]:
        stem = _stem(view, m)
        value: dict[str, object] = {
            "event_type": cue.event_type,
            "sub_event_type": cue.sub_event_type,
            "plover": cue.plover,
            "lemma": cue.lemma,
            "family": cue.family,
            "form": "verb" if _supported(view, m) else _form(cue.form, stem, m.proclitic),
            "strength": cue.strength,
        }
        if _definite(stem, m.proclitic) or _demonstrative(view, m):
            value["definite"] = True
        if cue.mode:
            value["plover_mode"] = cue.mode
        if cue.family == "clash" and _crowd_parties(m, by_role, scope):
            armed = _nearest(m, by_role.get("target", []), scope, after_only=True) == "armed"
            value.update(event_type="Riots", plover="PROTEST", plover_mode="riot", family="riot",
                         sub_event_type="Violent demonstration" if armed else "Mob violence")
        device = cue.family == "ied" or (cue.family == "shell" and cue.decide is None)
        if device and _cleared(m, by_role.get("clear", []), scope):
            value.update(event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                         plover="COERCE", plover_mode="seize", family="disrupt")
        if cue.decide == "strike":
            # ضربة/ضربات: an air strike unless a ground weapon is named (ضربات مدفعية).
            ground = _nearest(m, by_role.get("qualifier", []), scope) == "ground"
            value["sub_event_type"] = SHELLING if ground else AIR
            value["family"] = "shell" if ground else "air"
        elif cue.decide == "platform":
            # The weapon it is made with decides first (قصف … بدفعة من صواريخ), else the nearest
            # platform word (a channel named "المسيرة" is no drone).
            platform = _instrument(m, by_role.get("qualifier", []), scope, view) or _nearest(
                m, by_role.get("qualifier", []), scope)
            value["sub_event_type"] = AIR if platform == "air" else SHELLING
            value["family"] = "air" if platform == "air" else "shell"
            if platform is None:
                value["decided"] = "default"
        elif cue.decide == "target" and (weapon := _instrument(m, by_role.get("qualifier", []),
                                                               scope, view)):
            # "استهدفوا الرياض بصواريخ باليستية": the weapon names the attack.
            value.update(event_type="Explosions/Remote violence", plover_mode="heavy-weapons",
                         sub_event_type=AIR if weapon == "air" else SHELLING,
                         family="air" if weapon == "air" else "shell")
        elif cue.decide:
            value["decide"] = cue.decide
            target = _nearest(m, by_role.get("target", []), scope, after_only=True)
            if target:
                value["target"] = target
        return value


def _nearest(
    m: LexiconMatch[Cue],
    others: Sequence[LexiconMatch[Cue]],
    scope: Scope,
    after_only: bool = False,
) -> str | None:
    """The label (event_type column) of the closest qualifier in the clause, else the sentence."""
    clause, sent = scope.clause_of[m.first_token], scope.sentence_of[m.first_token]
    best: tuple[int, int, str] | None = None
    sentence_of = scope.sentence_of
    for o in others:
        if sentence_of[o.first_token] != sent:
            continue
        overlaps = o.first_token <= m.last_token and o.last_token >= m.first_token
        if overlaps or (after_only and o.first_token < m.last_token):
            continue
        if after_only and scope.clause_of[o.first_token] != clause:
            continue
        rank = 0 if scope.clause_of[o.first_token] == clause else 1
        dist = min(abs(o.first_token - m.last_token), abs(m.first_token - o.last_token))
        if best is None or (rank, dist) < best[:2]:
            best = (rank, dist, o.value.event_type)
    return best[2] if best else None


def _supported(view: TextView, m: LexiconMatch[Cue]) -> bool:
    """The cue is a noun right after a past support verb (انفجرت عبوة ناسفة، اندلعت اشتباكات)."""
    if m.first_token == 0:
        return False
    texts = view.tokens.texts
    prev = texts[m.first_token - 1]
    if prev in ("علي", "الي") and m.first_token >= 2:
        # "أقدم المتمردون على نهب…", "عمدت القوات إلى تجريف…": one act, as a past verb.
        before = texts[max(0, m.first_token - 5) : m.first_token - 1]
        return any(t.removeprefix("و").removeprefix("ف") in _PROCEED for t in before)
    return _support_verb(prev)


@lru_cache(maxsize=8192)
def _support_verb(word: str) -> bool:
    """The word is a support verb, maybe after و/ف and with an object pronoun (memoised)."""
    forms = {word, word[1:] if word[:1] in "وف" else word}
    # with an object pronoun (نفذه انتحاريان، شنها الطيران)
    forms |= {f[: -len(p)] for f in forms for p in ("ها", "هم", "ه") if f.endswith(p)}
    return not _SUPPORT.isdisjoint(forms)


_PROCEED = frozenset("اقدم اقدمت اقدموا عمد عمدت عمدوا".split())


def _definite(stem: str, proclitic: str) -> bool:
    """A noun with the article or a pronoun suffix (القصف، الهجوم، خطفهم): it may refer back."""
    return (stem.startswith("ال") or proclitic.endswith(("ال", "لل"))
            or (len(stem) > 5 and stem.endswith(("ها", "هم", "هما"))))


def _weapon(cue: Cue, qualified: bool) -> bool:
    """A strong cue that names a weapon or a killing (air strike, IED, assassination, clashes,
    or قصف with its platform): conflict evidence by itself."""
    if cue.strength != "strong":
        return False
    if cue.decide == "platform":
        return qualified
    return cue.family in _EVIDENCE_FAMILIES


def _resolved(m: Mention) -> bool:
    return isinstance(m.value, dict) and m.value.get("name") is not None


def _armed(m: Mention) -> bool:
    return isinstance(m.value, dict) and m.value.get("type") in _ARMED_TYPES


def _place_test(
    orig_starts: Sequence[int], places: Sequence[Span]
) -> Callable[[LexiconMatch[Cue]], bool] | None:
    """Whether a cue's words are (part of) a resolved place name (سلبة the village, not سلب):
    its tokens start inside one place's span (original offsets, no per-cue span mapping).
    Places sorted by start with the furthest end so far: one bisect per cue."""
    if not places:
        return None
    ordered = sorted(places, key=attrgetter("start"))
    starts = [p.start for p in ordered]
    reach = list(accumulate((p.end for p in ordered), max))

    def inside(m: LexiconMatch[Cue]) -> bool:
        k = bisect_right(starts, orig_starts[m.first_token])
        return k > 0 and orig_starts[m.last_token] < reach[k - 1]

    return inside


def _crowd_parties(m: LexiconMatch[Cue], by_role: dict[str, list[LexiconMatch[Cue]]],
                   scope: Scope) -> bool:
    """A clash whose parties (after بين، within a few words) include an unorganised crowd."""
    clause = scope.clause_of[m.first_token]
    return any(
        0 < c.first_token - m.last_token <= 4 and scope.clause_of[c.first_token] == clause
        for c in by_role.get("crowd", [])
    )


def _cleared(m: LexiconMatch[Cue], clears: Sequence[LexiconMatch[Cue]], scope: Scope) -> bool:
    """A clearance verb governs the device: before it in its clause, a few words away (its
    subject may stand between: نزعت الفرق الهندسية التابعة للجيش المئات من الألغام)."""
    clause = scope.clause_of[m.first_token]
    if "انفجار" in m.value.lemma or m.key.startswith(("انفجار", "تفجير")):
        return False  # a device that went off was not cleared
    # A list of devices (الألغام الأرضية والعبوات الناسفة) stays governed a little further on;
    # missiles and shells only right after the verb (فككت صواريخ), since an area being cleared
    # is often where they are fired from (تطهير المناطق التي تنطلق منها صواريخ).
    reach = _CLEAR_REACH if m.value.family == "ied" else 3
    return any(
        0 <= m.first_token - c.last_token <= reach and scope.clause_of[c.first_token] == clause
        for c in clears
    )


_CLEAR_REACH = 11


def _stem(view: TextView, m: LexiconMatch[Cue]) -> str:
    stem = view.text[m.start : m.end]
    if m.last_token != m.first_token:  # (a token holds no space)
        stem = stem.split(None, 1)[0]
    if stem.endswith(("ها", "هم")) and len(stem) > 5:
        stem = stem[:-2]
    return stem


def _past_verb_near(
    m: LexiconMatch[Cue], candidates: Sequence[LexiconMatch[Cue]], past: dict[int, bool],
    view: TextView, scope: Scope,
) -> bool:
    """A past-tense cue of the same clause a few words away (بعد معارك عنيفة اقتحمت القوات).
    ``past`` memoises, per candidate id, whether it is a past verb: shapes are read only for
    the candidates near a noun."""
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    for p in candidates:
        if p is m or clause_of[p.first_token] != clause or min(
                abs(p.first_token - m.last_token), abs(m.first_token - p.last_token)) > _VERB_WINDOW:
            continue
        verb = past.get(id(p))
        if verb is None:
            verb = past[id(p)] = _form(p.value.form, _stem(view, p), p.proclitic) == "verb"
        if verb:
            return True
    return False


def _voided(
    m: LexiconMatch[Cue], voids: Sequence[LexiconMatch[Cue]], view: TextView, scope: Scope
) -> bool:
    """A void cue before the trigger governs it: within two words (next), in its clause, or in
    its sentence up to a clause that opens with new information (فيما، بينما)."""
    sent, clause = scope.sentence_of[m.first_token], scope.clause_of[m.first_token]
    texts = view.tokens.texts
    for v in voids:
        if v.last_token >= m.first_token or scope.sentence_of[v.first_token] != sent:
            continue
        reach = v.value.decide
        if not _STOP.isdisjoint(texts[v.last_token + 1 : v.last_token + 4]):
            continue
        # Negation particles govern only the word right after them (لم يقتل، لن أستسلم); "لم
        # يسفر الهجوم عن إصابات" keeps its attack.
        near = 1 if v.key in _NEGATION else 2
        if reach == "next" and m.first_token - v.last_token <= near:
            return True
        if reach == "clause" and scope.clause_of[v.first_token] == clause:
            return True
        if reach == "sentence":
            opened = {
                scope.clause_of[i] for i in range(v.last_token + 1, m.first_token + 1)
                if scope.clause_of[i] != scope.clause_of[i - 1] and texts[i] in _NEW_INFO
            }
            if not opened:
                return True
    return False


def _agreement_content(
    candidates: list[LexiconMatch[Cue]], view: TextView
) -> tuple[list[LexiconMatch[Cue]], set[int]]:
    """An agreement cue followed by its content (بشأن/حول X، or لـ + a cue): the content cue is
    what was agreed, not a second event, and the agreement stands as a strong cue."""
    texts = view.tokens.texts
    promoted: set[int] = set()
    content: set[int] = set()
    for m in candidates:
        if m.value.family != "agree":
            continue
        nxt = m.last_token + 1
        marker = nxt < len(texts) and texts[nxt] in _CONTENT
        for o in candidates:
            if o is m or o.value.family == "agree":
                continue
            gap = o.first_token - m.last_token
            if (marker and 1 < gap <= 3) or (gap == 1 and o.proclitic.endswith(("ل", "لل"))):
                content.add(id(o))
                promoted.add(id(m))
    return [m for m in candidates if id(m) not in content], promoted


_DEMONSTRATIVES = frozenset("هذا هذه ذلك تلك هذان هاتان هذين هاتين".split())


def _demonstrative(view: TextView, m: LexiconMatch[Cue]) -> bool:
    """A cue after a demonstrative (تلك الاشتباكات، هذا الهجوم): it refers back."""
    for t in view.tokens.texts[max(0, m.first_token - 2) : m.first_token]:
        if t in _DEMONSTRATIVES or t[1:] in _DEMONSTRATIVES:
            return True
    return False


def _instrument(
    m: LexiconMatch[Cue], qualifiers: Sequence[LexiconMatch[Cue]], scope: Scope, view: TextView
) -> str | None:
    """The weapon an attack is made with: a qualifier after the cue in its clause, with ب on it
    or on a word just before it (بصواريخ، بدفعة من صواريخ)."""
    clause = scope.clause_of[m.first_token]
    texts = view.tokens.texts
    for q in qualifiers:
        if not (0 < q.first_token - m.last_token <= 12 and scope.clause_of[q.first_token] == clause):
            continue
        lead = texts[max(m.last_token + 1, q.first_token - 2) : q.first_token]
        if q.proclitic.endswith("ب") or any(t.startswith("ب") and len(t) > 3 for t in lead):
            return q.value.event_type
    return None


_CONTROL_WORDS = frozenset({"سيطره", "سيطرته", "سيطرتها", "سيطرتهم"})
_CONTROL_FORMS = _CONTROL_WORDS | {p + w for w in _CONTROL_WORDS for p in ("و", "ب")}
_CONTROL_CUE = Cue("سيطرة", "noun", "Battles", "Non-state actor overtakes territory", "ASSAULT",
                   "firearms", "territory", "strong", "territory", ())


def _with_control_phrases(
    candidates: list[LexiconMatch[Cue]], view: TextView, blocked: set[int]
) -> list[LexiconMatch[Cue]]:
    """"سيطرة داعش على منطقة الملعب": control words with their taker between them and على are
    a territory cue too (the lexicon holds only the adjacent "السيطرة على")."""
    if "سيطر" not in view.text:  # in every control word: no token can be one
        return candidates
    toks = view.tokens
    texts = toks.texts
    hits = list(compress(range(len(texts)), map(_CONTROL_FORMS.__contains__, texts)))
    if not hits:
        return candidates
    covered = {i for m in candidates for i in range(m.first_token, m.last_token + 1)}
    extra: list[LexiconMatch[Cue]] = []
    for i in hits:
        if i in blocked or i in covered or i + 1 >= len(texts) or texts[i + 1] == "علي":
            continue
        if "علي" not in texts[i + 2 : i + 5]:
            continue
        word = texts[i] if texts[i] in _CONTROL_WORDS else texts[i][1:]
        clitic = texts[i][: len(texts[i]) - len(word)]
        extra.append(LexiconMatch(toks[i].start + len(clitic), toks[i].end, i, i, word,
                                  _CONTROL_CUE, clitic))
    return sorted(candidates + extra, key=lambda m: m.first_token) if extra else candidates
