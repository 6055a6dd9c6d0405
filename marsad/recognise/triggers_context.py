"""Context tests of the trigger recogniser: what around a cue word changes what it reports.

Each test reads the cue's neighbours (token texts, other lexicon hits, its sentence and
clause from a ``Scope``): a void cue governing it (a demand, threat, fear, purpose, rejection
or question), an agreement's content, control words with their taker before على, a clearance
verb before a device, an interception verb before a missile, the weapon an attack is made with,
the nearest qualifier or target word, a support verb or demonstrative before it, a past verb near
a noun cue, weapons as what was seized.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from itertools import accumulate, repeat
from operator import attrgetter

from marsad.model import Span
from marsad.recognise.cues import Scope
from marsad.recognise.triggers_foiled import foiled
from marsad.recognise.triggers_lexicon import (
    CONTROL_CUE,
    CONTROL_FORMS,
    CONTROL_WORDS,
    PROCEED,
    SUPPORT_FORMS,
    Cue,
    shape,
)
from marsad.text.lexicon import LexiconMatch, by_runs, longest
from marsad.text.lexicon_scan import NOUN_PREFIXES, with_proclitics
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens

Match = LexiconMatch[Cue]

# Words after an agreement cue that introduce its content (اتفاق بشأن الإجلاء، هدنة لإجلاء).
_CONTENT = frozenset("بشان حول يقضي ينص يتضمن تضمن الخاص المتعلق يشمل".split())
# A clause opening with these brings new information: a demand's scope stops there.
_NEW_INFO = frozenset("فيما وفيما بينما وبينما حين وفي كما الي ذلك منها ومنها".split())
# A demand to stop or end something (دعا إلى وقف…) says that it happens, and one to investigate,
# punish or condemn it (طالبت بالتحقيق في مقتل، تعهدت بمحاسبة المسؤولين عن القصف) that it
# happened: it voids nothing.
PRESUPPOSING = with_proclitics(map(normalise_phrase, (
    "تحقيق", "تحقيقا", "محاسبة", "معاقبة", "إدانة")), NOUN_PREFIXES)
_STOP = frozenset("وقف لوقف بوقف ووقف انهاء لانهاء بانهاء الكف بالكف".split()) | PRESUPPOSING
_VERB_WINDOW = 4
_DETERMINERS_EN = frozenset({"a", "an", "the", "much", "widely", "most"})
# Verbs of managing an act (تمكنت القوات من…، نجح الجيش في…): what follows them was done.
_LEAD_REACH = 8  # (the subject may stand between: تمكنت قوات الدفاع الجوي الملكي السعودي من …)
_DID = frozenset("قام قامت قاموا".split())
_MANAGED = frozenset("تمكن تمكنت تمكنوا استطاع استطاعت استطاعوا نجح نجحت نجحوا".split())
_NEGATION = frozenset({"لم", "لن", "لا"})
# The verbal noun of control an attempt governs (محاولة القوات السيطرة على): the territory void
# row's only object, so that a finite verb after it (وأفشلت المحاولة واستعادت سيطرتها) stays an act.
_CONTROL_NOUNS = frozenset(normalise_phrase(w) for w in ("السيطرة", "للسيطرة", "بالسيطرة"))
_DEMONSTRATIVES = frozenset("هذا هذه ذلك تلك هذان هاتان هذين هاتين the this that these those".split())
_CLEAR_REACH = 11
_INTERCEPT_REACH = 6
# A device named with these went off: it was not cleared (the trigger recogniser tests a cue's
# key and lemma, the assembler's relative-clause rule, assemble.cleared, the trigger's text).
BLAST_WORDS = ("انفجار", "تفجير")
_DESTROY = ("تدمير",)
_START_OF = attrgetter("start")
_END_OF = attrgetter("end")


def longest_cues(cues: list[Match]) -> list[Match]:
    """``longest`` of the cue words (in text order): the longest of overlapping ones, the
    leftmost on a tie, a strong one over a weak one of the same extent.

    Overlapping cues form runs (القصف/قصف, غارات/غارات جوية), each decided alone
    (``by_runs``): a pair by one comparison, a longer run by ``longest``.
    """
    return by_runs(cues, _longest_run)


def _longest_run(run: list[Match]) -> list[Match]:
    """The cues kept of a run of overlapping ones (in text order): one of a pair."""
    if len(run) == 2:
        a, b = run
        la, lb = a.end - a.start, b.end - b.start
        # (a starts first; of the same extent the strong one was listed first, else a)
        keep_a = la > lb or (la == lb and (a.start < b.start or b.value.strength == "weak"
                                           or a.value.strength == "strong"))
        return [a if keep_a else b]
    return longest([c for c in run if c.value.strength == "strong"]
                   + [c for c in run if c.value.strength != "strong"])


def lead(texts: Sequence[str], m: Match) -> tuple[bool, bool]:
    """What the words before the cue say: it is a noun right after a past support verb (انفجرت
    عبوة ناسفة، اندلعت اشتباكات، أقدم … على نهب، تمكنت … من إيقاف، قامت … بتفجير), and it
    follows a demonstrative (تلك الاشتباكات، هذا الهجوم: it refers back)."""
    first = m.first_token
    if first == 0:
        return False, False
    prev = texts[first - 1]
    demonstrative = prev in _DEMONSTRATIVES or prev[1:] in _DEMONSTRATIVES
    if first >= 2:
        prev2 = texts[first - 2]
        demonstrative = demonstrative or prev2 in _DEMONSTRATIVES or prev2[1:] in _DEMONSTRATIVES
        if prev in ("علي", "الي", "من", "في"):
            # "أقدم المتمردون على نهب…", "عمدت القوات إلى تجريف…", "تمكنت القوات من إيقاف…",
            # "نجح الجيش في تحرير…": one act, as a past verb.
            before = texts[max(0, first - _LEAD_REACH) : first - 1]
            verbs = PROCEED if prev in ("علي", "الي") else _MANAGED
            # (the words less و/ف, stripped and looked up in C)
            bare = map(str.removeprefix, map(str.removeprefix, before, repeat("و")), repeat("ف"))
            return not verbs.isdisjoint(bare), demonstrative
    if m.proclitic.endswith("ب") and any(
            t.removeprefix("و").removeprefix("ف") in _DID for t in texts[max(0, first - 4) : first]):
        return True, demonstrative  # "قامت الميليشيات بتفجير…": one act, as a past verb
    return prev in SUPPORT_FORMS, demonstrative


def place_reach(places: Sequence[Span]) -> tuple[list[int], list[int]]:
    """Resolved places as a test of whether a cue's words are (part of) a place name (سلبة the
    village, not سلب): their starts in order, and the furthest end reached so far, so that
    one bisect tells whether a cue's tokens start inside a place (see ``TriggerRecogniser``;
    quantities reads dates' spans so, to tell a number inside a date)."""
    ordered = sorted(places, key=_START_OF)
    return list(map(_START_OF, ordered)), list(accumulate(map(_END_OF, ordered), max))


def nearest(m: Match, others: Sequence[Match], scope: Scope) -> str | None:
    """The label (event_type column) of the closest qualifier in the clause, else the sentence."""
    sentence_of, clause_of = scope.sentence_of, scope.clause_of
    clause, sent = clause_of[m.first_token], sentence_of[m.first_token]
    best: tuple[int, int, str] | None = None
    for o in others:
        if sentence_of[o.first_token] != sent:
            continue
        if o.first_token <= m.last_token and o.last_token >= m.first_token:  # overlaps
            continue
        rank = 0 if clause_of[o.first_token] == clause else 1
        dist = min(abs(o.first_token - m.last_token), abs(m.first_token - o.last_token))
        if best is None or (rank, dist) < best[:2]:
            best = (rank, dist, o.value.event_type)
    return best[2] if best else None


def following(m: Match, others: Sequence[Match], firsts: Sequence[int], scope: Scope) -> str | None:
    """The label of the closest hit after the cue in its clause (``others`` in text order,
    ``firsts`` their first tokens): the first one past its last token, if in its clause
    (clauses only grow along the text)."""
    k = bisect_right(firsts, m.last_token)
    if k < len(firsts) and scope.clause_of[firsts[k]] == scope.clause_of[m.first_token]:
        return others[k].value.event_type
    return None


def cleared(m: Match, clears: Sequence[Match], scope: Scope) -> bool:
    """A clearance verb governs the device: before it in its clause, a few words away (its
    subject may stand between: نزعت الفرق الهندسية التابعة للجيش المئات من الألغام)."""
    if BLAST_WORDS[0] in m.value.lemma or m.key.startswith(BLAST_WORDS):  # lemma: انفجار
        return foiled(m, clears, scope)  # went off, not cleared; unless its blowing up was foiled
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    # A list of devices (الألغام الأرضية والعبوات الناسفة) stays governed a little further on;
    # missiles and shells only right after the verb (فككت صواريخ), since an area being cleared
    # is often where they are fired from (تطهير المناطق التي تنطلق منها صواريخ).
    ied = m.value.family == "ied"
    reach = _CLEAR_REACH if ied else 3
    # Destroying names a cleared device (تدمير سيارة مفخخة), not a launcher hit by a strike
    # (تدمير منصة إطلاق صواريخ: the strike's outcome).
    return any(
        0 <= m.first_token - c.last_token <= reach and clause_of[c.first_token] == clause
        and (ied or not c.key.endswith(_DESTROY))
        for c in clears
    )


def intercepted(m: Match, intercepts: Sequence[Match], scope: Scope) -> Match | None:
    """The interception verb that governs the missile or shell: before it in its clause, its
    subject may stand between (اعترضت الدفاعات الجوية السعودية صاروخا باليستيا); a weapon with
    ب is what something else was downed with (أسقطت طائرة بصاروخ)."""
    if m.proclitic.endswith("ب") or m.value.lemma == "إسقاط":  # (a crewed aircraft downed)
        return None
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    return next((c for c in intercepts if 0 < m.first_token - c.last_token <= _INTERCEPT_REACH
                 and clause_of[c.first_token] == clause), None)


def instrument(m: Match, qualifiers: Sequence[Match], scope: Scope, texts: Sequence[str]) -> str | None:
    """The weapon an attack is made with: a qualifier after the cue in its clause, with ب on it
    or on a word just before it (بصواريخ، بدفعة من صواريخ), or English "with" just before it
    (attacked the village with mortar shells, targeted with eight rocket shells)."""
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    for q in qualifiers:
        if not (0 < q.first_token - m.last_token <= 12 and clause_of[q.first_token] == clause):
            continue
        lead = texts[max(m.last_token + 1, q.first_token - 2) : q.first_token]
        if q.proclitic.endswith("ب") or any(
                (t.startswith("ب") and len(t) > 3) or t == "with" for t in lead):
            return q.value.event_type
    return None


def own_qualifiers(m: Match, qualifiers: Sequence[Match], by_role: Mapping[str, Sequence[Match]],
                   scope: Scope, texts: Sequence[str]) -> Sequence[Match]:
    """The qualifiers that may name an English cue's platform: one in another clause that is
    part of another act's own cue (militants shelled the town, and the army retaliated with air
    strikes) names that act's platform, not this one's (``by_role``: the sentence's cues by
    role; the acts are its strong and weak ones). English only: an English verb phrase names
    its platform in its own clause; Arabic keeps the sentence's."""
    if not texts[m.first_token].isascii():
        return qualifiers
    acts = [*by_role["strong"], *by_role["weak"]]
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    return [q for q in qualifiers if clause_of[q.first_token] == clause or not any(
        a is not m and a.first_token <= q.first_token and q.last_token <= a.last_token
        for a in acts)]


_AIR_DEFENCE = frozenset("دفاع الدفاع للدفاع والدفاع دفاعات الدفاعات".split())


def named_platform(m: Match, qualifiers: Sequence[Match], scope: Scope, texts: Sequence[str]
                   ) -> str | None:
    """The platform a generic attack word names by its neighbours: an adjective right after it
    (هجمات جوية، هجوم صاروخي، هجوما جويا) gives its own; an air force as its wielder, an air qualifier
    ending right before it in its clause (قيام القوات الجوية باستهداف، طائرات التحالف استهدفت),
    gives air; not air defence, which fires at aircraft (الدفاعات الجوية تستهدف)."""
    clause = scope.clause_of[m.first_token]
    for q in qualifiers:
        if q.first_token == m.last_token + 1 and texts[q.last_token].endswith(("ي", "يه", "يا")):
            return str(q.value.event_type)
        if (q.value.event_type == "air" and 0 < m.first_token - q.last_token <= 2
                and scope.clause_of[q.first_token] == clause
                and _AIR_DEFENCE.isdisjoint(texts[max(0, q.first_token - 2) : q.first_token + 1])):
            return "air"
    return None


def air_subject(m: Match, qualifiers: Sequence[Match], scope: Scope, texts: Sequence[str]
                ) -> str | None:
    """"air" when an aircraft word, or a coalition (``_COALITION``), is a finite attack verb's
    subject: right after it, where Arabic puts the subject (استهدف طيران التحالف، هاجمت طائرات
    النظام، استهدفت قوات التحالف), or, an aircraft word, opening its clause
    a few words before it, its modifiers between (طائرات الاحتلال من نوع إف 16 استهدفت، مقاتلات
    التحالف بقيادة السعودية هاجمت); not an aircraft behind ل or ب (تصدت لطائرات معادية: its
    object), nor when support, a comma or air defence stands between (قوات الجيش بدعم من الطيران
    هاجمت: the ground troops attacked)."""
    after = texts[m.last_token + 1 : m.last_token + 3]
    if after and (after[0] in _COALITION or (after[0] == _FORCES and after[1:] and after[1] in _COALITION)):
        return "air"  # (استهدفت قوات التحالف مواقع: the coalition attacks from the air)
    clause = scope.clause_of[m.first_token]
    for q in qualifiers:
        if q.value.event_type != "air":
            continue
        if q.first_token == m.last_token + 1:
            return "air"
        between = texts[q.last_token + 1 : m.first_token]
        words = [w for w in between if w.isalnum()]
        if (q.last_token < m.first_token and len(words) < _SUBJECT_REACH
                and not q.proclitic.removesuffix("ال").endswith(("ل", "ب"))
                and scope.clause_of[q.first_token] == clause
                and _SUPPORT.isdisjoint(words) and not any(w in "،؛,;" for w in between)
                and _AIR_DEFENCE.isdisjoint(texts[max(0, q.first_token - 2) : q.first_token + 1])):
            return "air"
    return None


# The coalitions (the Saudi-led one in Yemen, the US-led one against IS) strike from the air:
# as an attack verb's subject with no weapon named, they name an air strike.
_COALITION = frozenset({normalise_phrase("التحالف"), normalise_phrase("تحالف")})
_FORCES = normalise_phrase("قوات")
_SUBJECT_REACH = 6  # words from an aircraft subject to its verb (طائرات الاحتلال من نوع إف 16)
# Words of support or company: an aircraft after one backs another party's attack.
_SUPPORT = frozenset(normalise_phrase(w) for w in (
    "بدعم وبدعم بإسناد وبإسناد بمساندة وبمساندة بغطاء وبغطاء بمشاركة وبمشاركة مع ومع "
    "بمؤازرة وبمؤازرة تساندها يساندها تدعمها يدعمها").split())


def past_verb_near(m: Match, same_clause: Sequence[Match], past: dict[int, bool], text: str) -> bool:
    """A past-tense cue of the same clause (``same_clause``: its candidates) a few words away
    (بعد معارك عنيفة اقتحمت القوات). ``past`` memoises, per candidate id, whether it is a past
    verb: shapes are read only for the candidates near a noun."""
    for p in same_clause:
        if p is m or min(abs(p.first_token - m.last_token),
                         abs(m.first_token - p.last_token)) > _VERB_WINDOW:
            continue
        verb = past.get(id(p))
        if verb is None:
            verb = past[id(p)] = shape(p.value, text[p.start : p.end], p.proclitic)[0] == "verb"
        if verb:
            return True
    return False


def voided(m: Match, voids: Sequence[Match], texts: Sequence[str], scope: Scope) -> bool:
    """A void cue before the trigger (``voids``: those of its sentence) governs it: within two
    words (next), as its complement (complement, subject: an ability; aim: an aim, a plan or a
    warning), in its clause, or in its sentence up to a clause that opens with new information
    (فيما، بينما). A void row naming a family (a failure to agree) governs only that family's
    cues."""
    first = m.first_token
    clause_of = scope.clause_of
    for v in voids:
        if v.last_token >= first or v.value.family not in ("-", m.value.family):
            continue
        if v.value.family == "territory" and texts[first] not in _CONTROL_NOUNS:
            continue  # (an attempt governs the noun it tries; استعادت سيطرتها is a new act)
        reach = v.value.decide
        if v.value.family == "-" and not _STOP.isdisjoint(texts[v.last_token + 1 : v.last_token + 4]):
            continue  # (a demand to stop X says X happens; a failed ceasefire is still none)
        # Negation particles govern only the word right after them (لم يقتل، لن أستسلم); "لم
        # يسفر الهجوم عن إصابات" keeps its attack.
        near = 1 if v.key in _NEGATION else 2
        if v.first_token and texts[v.first_token - 1] in _DETERMINERS_EN and v.key.isascii():
            reach, near = "next", 1  # ("a feared unit", "the threatened strike": a noun's adjective)
        if reach == "next" and (first - v.last_token <= near or (
                near == 2 and _through_support(v.last_token, first, texts))):
            return True
        if reach in ("complement", "subject") and _complement(v, first, texts):
            return True
        if reach == "aim" and _aimed(v, first, texts):
            return True
        if reach == "clause" and clause_of[v.first_token] == clause_of[first]:
            return True
        if reach == "sentence" and not any(
            texts[i] in _NEW_INFO for i in scope.clause_openings(v.last_token, first)
        ):
            return True
    return False


# Words between an ability and the act it names (قادرة على شن هجمات، بإمكانها أن تقتحم).
_SUPPORT_VERBS = frozenset(normalise_phrase(w) for w in (
    "أن", "شن", "تنفيذ", "القيام", "ارتكاب", "خوض", "نصب", "توجيه", "استخدام", "فرض", "بسط", "إحكام"))
_PREPOSITIONS = frozenset({"في", "علي", "الي"})
_PARTY_REACH = 3  # بإمكان قوات النظام السيطرة: the party named between
_ANY = frozenset({"اي", "ايه"})  # أي، أية, normalised
_PRESENT = frozenset("يت")  # a present verb right after the any-noun (أي هجوم يستهدف، أية غارة تطال)


def _complement(v: Match, first: int, texts: Sequence[str]) -> bool:
    """The trigger at ``first`` is the complement of the ability ``v``: right after it, after a
    support verb or أن, or (a ``subject`` row: بإمكان، بوسع) after the party it names; after أي,
    also the present verb right after its noun (أي هجوم يستهدف: any attack that would target)."""
    gap = first - v.last_token
    if gap == 1:
        return True
    if gap == 2 and v.key in _ANY and texts[first][:1] in _PRESENT:
        return True  # (أي هجوم يستهدف: the any-noun's own verb, as hypothetical as the noun)
    if v.value.decide == "subject" and texts[v.last_token] not in _PREPOSITIONS:
        # (its party may stand between; not after يرغب في، عازم على, whose object is next;
        # no punctuation between: كان يعتزم تنفيذه، ثم انشق)
        return gap <= _PARTY_REACH + 1 and all(w.isalnum() for w in texts[v.last_token + 1 : first])
    return gap == 2 and texts[v.last_token + 1].removeprefix("ب") in _SUPPORT_VERBS


# An operation noun whose adjective names the act (تنفيذ عملية انتحارية، شن عمليات عسكرية).
_OPERATIONS = frozenset({"عمليه", "عمليات"})


def _through_support(cue: int, first: int, texts: Sequence[str]) -> bool:
    """Only a support verb and an operation noun stand between the cue's last token and the
    trigger (ينوي تنفيذ عملية انتحارية): the trigger is still the next act after the cue."""
    between = texts[cue + 1 : first]
    return 0 < len(between) <= 2 and between[0].removeprefix("ب") in _SUPPORT_VERBS and all(
        w in _OPERATIONS for w in between[1:])


_AIM_REACH = 6  # تسعى قوات النظام السوري إلى: the subject between the verb and its إلى
_TO = frozenset({"الي", "ب", "ل", "من"})


def _aimed(v: Match, first: int, texts: Sequence[str]) -> bool:
    """The trigger at ``first`` is what an aim verb ``v`` aims at: the word after its إلى or من, or
    the word written with ل or ب (لاستعادة، باقتحام), or after a support verb there (لشن هجمات)."""
    for k in range(v.last_token + 1, min(first + 1, v.last_token + 1 + _AIM_REACH)):
        word = texts[k]
        if word in _TO:
            aim = k + 2 if texts[k + 1] in _SUPPORT_VERBS else k + 1
        elif word[0] in "لب" and word[1:] in _SUPPORT_VERBS:
            aim = k + 1
        elif word[0] in "لب" and len(word) > 3:
            aim = k
        else:
            continue
        return first == aim or _joined(aim, first, texts)
    return False


_JOIN_REACH = 4  # بالإفراج عن المختطفين والانسحاب: a second complement a few words on


def _joined(aim: int, first: int, texts: Sequence[str]) -> bool:
    """The word at ``first`` is joined by و to the complement at ``aim``, a few words on with
    no punctuation between (يلزم الجماعة بالإفراج عن الأسرى والانسحاب من المدن)."""
    return (0 < first - aim <= _JOIN_REACH and texts[first].startswith("و")
            and all(w.isalnum() for w in texts[aim + 1 : first]))


def agreement_content(candidates: list[Match], texts: Sequence[str]) -> tuple[list[Match], set[int]]:
    """An agreement cue followed by its content (بشأن/حول X، or لـ + a cue): the content cue is
    what was agreed, not a second event, and the agreement stands as a strong cue."""
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
    if not content:
        return candidates, promoted
    return [m for m in candidates if id(m) not in content], promoted


def control_phrases(candidates: list[Match], text: str, toks: Tokens, blocked: set[int]) -> list[Match]:
    """"سيطرة داعش على منطقة الملعب": control words with their taker between them and على are
    a territory cue too (the lexicon holds only the adjacent "السيطرة على").

    Every control word holds سيطر: the tokens are found from its occurrences in ``text``
    (normalised), work per occurrence."""
    pos = text.find("سيطر")
    if pos < 0:
        return candidates
    texts, starts = toks.texts, toks.starts
    hits: list[int] = []
    while pos >= 0:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and texts[i] in CONTROL_FORMS and (not hits or hits[-1] != i):
            hits.append(i)
        pos = text.find("سيطر", pos + 4)
    if not hits:
        return candidates
    covered = {i for m in candidates for i in range(m.first_token, m.last_token + 1)}
    extra: list[Match] = []
    for i in hits:
        if i in blocked or i in covered or i + 1 >= len(texts) or texts[i + 1] == "علي":
            continue
        if "علي" not in texts[i + 2 : i + 5]:
            continue
        word = texts[i] if texts[i] in CONTROL_WORDS else texts[i][1:]
        clitic = texts[i][: len(texts[i]) - len(word)]
        extra.append(LexiconMatch(starts[i] + len(clitic), toks.ends[i], i, i, word,
                                  CONTROL_CUE, clitic))
    return sorted(candidates + extra, key=lambda m: m.first_token) if extra else candidates


# What a control verb may be "على" without holding ground: a situation, a fire, prices, a
# disease (سيطرة الشرطة على الوضع، سيطر الجيش على الموقف).
_NO_GROUND = frozenset(normalise_phrase(w) for w in (
    "الوضع", "الأوضاع", "الموقف", "المواقف", "الأمور", "زمام", "الحريق", "الحرائق", "النيران",
    "الأسعار", "الفيروس", "الوباء", "المشهد", "الأزمة", "التضخم", "نفسه", "أعصابه"))


def controls_no_ground(m: Match, texts: Sequence[str], scope: Scope) -> bool:
    """A control word whose "على" (within a few words, in its clause) takes a situation, not
    ground: no change of territory."""
    clause_of = scope.clause_of
    end = min(len(texts) - 1, m.last_token + 4)
    for k in range(m.last_token, end):
        if texts[k] == "علي":
            return clause_of[k + 1] == clause_of[m.first_token] and texts[k + 1] in _NO_GROUND
    return False


_ARMS_BEFORE = 4  # "several rifles were seized": the goods before a passive or reduced verb
_ARMS_AFTER = 5  # "seized a large quantity of explosives"


def seized_arms(m: Match, arms: Sequence[Match], scope: Scope) -> bool:
    """A seizure word whose object is weapons (``arms``: the arms rows' hits), named before it
    (weapons were seized, rifles seized in the raid) or a few words after it in its clause
    (seized a quantity of explosives): the weapons were seized, no territory."""
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    return any(
        clause_of[a.first_token] == clause
        and (0 < m.first_token - a.last_token <= _ARMS_BEFORE
             or 0 < a.first_token - m.last_token <= _ARMS_AFTER)
        for a in arms
    )
