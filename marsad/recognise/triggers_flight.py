"""Flight words (فر، هرب، الفرار، لاذ بالفرار…) report displacement only when people flee now.

- Who fled: a flight said of armed or criminal parties (فر المهاجمون، لاذ الجناة بالفرار، فرار
  عناصر التنظيم، هروب سجناء، هرب السائق) is an escape, not displacement. The party is the nearest
  ``party`` row of the lexicon (armed | civilian) or armed actor mention in the cue's clause: a
  few words after it (its subject or the noun it governs, not past من/عن: فروا من المسلحين
  names what they fled) or before it (لاذ الجناة بالفرار، تمكن السجناء من الهروب). With no
  party named it stays displacement. Only the rows whose decide column is ``party`` are tested
  (نزوح، تهجير are said of populations).
- A flight from a front, the ranks or military service (الفرار من جبهات القتال، الهرب من أرض
  المعركة، فروا من الخدمة العسكرية: ``flight_fronts.txt`` right after من) is desertion.
- A flight from custody (فرار سجين من السجن، هروب المعتقلين من مركز الاحتجاز: ``flight_custody.txt``
  after a من within a few words of the cue, past the name of who fled) is an escape.
- An Arabic relative clause's flight with no party in its own clause (مسلحو التنظيم "الذين فروا
  إلى تلك المناطق") is said of the party ending a few words before its relative pronoun.
- A flight word read after the future س or the preposition ك is another word (جوازات سفر،
  كفر الشيخ، كفروا).
- وفر، وفرت، وفروا read as و + a flight verb are also وفّر "provided" (وفرت الحكومة الدعم):
  they count only with a civilian party next to them (وفرت العائلات).
- An English flight word in a relative clause ("civilians who had tried to flee", "families that
  fled the fighting") describes the people another clause is about; it reports no flight of its own.
- When: a flight of long ago (لاجئو 1948، إبان النكبة، منذ عام 1967) is the status of refugees,
  not news of the day. Any flight cue whose sentence holds an ``era`` row or a year
  ``LONG_AGO_YEARS`` or more before publication is dropped, unless the era is only a yardstick
  (أكبر موجة نزوح منذ عام 1948).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from marsad.model import Mention
from marsad.recognise.cues import Scope, read_phrases, token_index
from marsad.recognise.triggers_lexicon import Cue
from marsad.text.lexicon import LexiconMatch
from marsad.text.lexicon_scan import proclitic_sequences, with_proclitics
from marsad.text.normalise import normalise_phrase
from marsad.text.view import TextView

Match = LexiconMatch[Cue]

PARTY_AFTER = 4  # tokens after the cue's last token (فرار عدد كبير من عناصر)
PARTY_BEFORE = 4  # tokens before its first token (تمكن عدد من السجناء من الهروب)
LONG_AGO_YEARS = 10
# After the cue these introduce what or where from the flight was, not who fled …
_STOP = frozenset("من عن الي نحو باتجاه صوب".split())
# … except من after a quantity (هروب عدد من السجناء، فرار العشرات من عناصر التنظيم).
_PARTITIVE = frozenset(
    "عدد العديد عشرات العشرات مئات المئات الاف الالاف بعض جميع معظم اغلب كثير كبير مجموعه اكثر "
    "اقل".split())
_AMBIGUOUS_WA = frozenset({"فر", "فرت", "فروا"})  # و + these = وفّر "provided"
_RELATIVE_EN = frozenset({"who", "whom", "that", "which"})
_RELATIVE_AR = frozenset(normalise_phrase(w) for w in (
    "الذي الذين التي اللذين اللذان اللتين اللتان اللواتي اللاتي اللائي").split())
_RELATIVE_TOKENS = with_proclitics(_RELATIVE_AR)  # (والذين، فالذين)
# Trying or managing to flee (as the tokens are, normalised): an escape unless civilians are named.
_ATTEMPT = frozenset(normalise_phrase(w) for w in (
    "حاول حاولت حاولوا حاولا يحاول تحاول يحاولون محاولة محاولته محاولتها محاولتهم محاولتهما "
    "محاولات تمكن تمكنت تمكنوا تمكنا يتمكن تتمكن يتمكنون استطاع استطاعت استطاعوا يستطيع "
    "فرصة").split())
# (and after a conjunction, ب or ل: وحاولوا، بمحاولة، ولمحاولة)
_ATTEMPT_TOKENS = with_proclitics(_ATTEMPT, proclitic_sequences(("", "ب", "ل"), article=False))
_FROM = normalise_phrase("من")
# Where people live, after من: fleeing them is leaving home (as the tokens are, normalised).
_HOMES = frozenset(normalise_phrase(w) for w in (
    "المدينة المدن البلدة البلدات القرية القرى المنطقة المناطق المخيم الحي الأحياء منازلهم "
    "منازلها بيوتهم ديارهم مساكنهم المحافظة الريف البلاد").split())
ATTEMPT_REACH = 6  # tokens back from the cue (تمكنت أربع سيدات منهم من الفرار)
RELATIVE_REACH = 5  # tokens from a relative pronoun to the flight word ("who had tried to flee")
# A yardstick, not a time (أكبر موجة نزوح منذ النكبة).
_SUPERLATIVES = frozenset(
    "اكبر الاكبر اسوا الاسوا اضخم الاضخم اعلي الاعلي اوسع الاوسع مسبوق مسبوقه".split())


def current_flights(
    candidates: list[Match], by_role: dict[str, list[Match]], found: Sequence[Mention],
    armed_actors: Sequence[Mention], view: TextView, scope: Scope,
) -> list[Match]:
    """The candidates less the flight cues said of armed or criminal parties or of long ago
    (``armed_actors``: the actor mentions of an armed type, in text order)."""
    texts = view.tokens.texts
    starts = view.token_original_starts
    armed = [token_index(starts, a.span.start) for a in armed_actors]
    parties = by_role["party"]
    old = _long_ago_sentences(by_role["era"], found, view, scope)
    out: list[Match] = []
    for m in candidates:
        cue = m.value
        if cue.family == "flight":
            if "س" in m.proclitic or "ك" in m.proclitic:
                continue  # سفر، كفر، كفروا: other words
            if old and scope.sentence_of[m.first_token] in old:
                continue
            if m.key.isascii() and in_relative_clause(m, texts, scope):
                continue
            if cue.decide == "party":
                if _from_front(m, texts):
                    continue  # (الهرب من أرض المعركة: desertion)
                if _from_custody(m, texts, scope):
                    continue  # (فرار السجين من السجن: an escape)
                party = flight_party(m, parties, armed, texts, scope) or antecedent_party(
                    m, parties, armed, texts, scope)
                if party == "armed":
                    continue
                if party != "civilian" and _attempted(m, texts, scope) and not _from_home(
                        m, texts, found, view):
                    continue
                if m.proclitic == "و" and m.key in _AMBIGUOUS_WA and party != "civilian":
                    continue
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _fronts() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalise_phrase(p).split()) for p in read_phrases(
        "marsad.recognise", "flight_fronts.txt"))


def _from_front(m: Match, texts: Sequence[str]) -> bool:
    """The cue is followed by من and a front, the ranks or military service (الفرار من جبهات
    القتال، فروا من الخدمة العسكرية، الهرب من صفوف الجيش): fighters deserting, not people
    leaving their homes."""
    k = m.last_token + 1
    if k + 1 >= len(texts) or texts[k] != _FROM:
        return False
    return _names_one(texts, k + 1, _fronts())


@lru_cache(maxsize=1)
def _custody() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalise_phrase(p).split()) for p in read_phrases(
        "marsad.recognise", "flight_custody.txt"))


def _from_custody(m: Match, texts: Sequence[str], scope: Scope) -> bool:
    """A من within ``PARTY_AFTER`` tokens after the cue, in its clause, is followed by a place of
    custody (فرار رضوان من سجن ريو، هروب عشرات المعتقلين من السجن المركزي): prisoners
    escaping, not people leaving their homes."""
    clause = scope.clause_of[m.last_token]
    stop = min(len(texts) - 1, m.last_token + 1 + PARTY_AFTER)
    for k in range(m.last_token + 1, stop):
        if scope.clause_of[k] != clause:
            return False
        if texts[k] == _FROM:
            return _names_one(texts, k + 1, _custody())
    return False


def _names_one(texts: Sequence[str], k: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """The tokens from ``k`` open one of ``phrases`` (as token tuples, up to three long; the
    data files' first words suffice)."""
    return any(tuple(texts[k : k + n]) in phrases for n in (1, 2, 3))


def antecedent_party(
    m: Match, parties: Sequence[Match], armed: Sequence[int], texts: Sequence[str], scope: Scope,
) -> str | None:
    """Who an Arabic relative clause's flight is said of (مسلحو التنظيم الذين فروا إلى تلك
    المناطق، العائلات التي فرت من القصف): the party ending a few words before the relative
    pronoun that opens the clause, in its sentence (a comma or quote may part them)."""
    k = m.first_token - 1
    if k < 1 or texts[k] not in _RELATIVE_TOKENS:
        return None
    sentence_of = scope.sentence_of
    sent = sentence_of[k]
    reach: set[int] = set()  # the last PARTY_BEFORE words before the pronoun, in its sentence
    i = k - 1
    while i >= 0 and len(reach) < PARTY_BEFORE and sentence_of[i] == sent:
        if texts[i].isalnum():
            reach.add(i)
        i -= 1
    spots = [(p.last_token, str(p.value.event_type)) for p in parties]
    spots += [(i, "armed") for i in armed]
    near = [(last, label) for last, label in spots if last in reach and label != "remnant"]
    return max(near)[1] if near else None


def _attempted(m: Match, texts: Sequence[str], scope: Scope) -> bool:
    """A verb or noun of trying or managing a few words before the cue in its clause (محاولته
    الفرار، تمكن من الهرب، حاولوا الفرار): someone's escape from a scene, not a population
    leaving its homes."""
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    for k in range(m.first_token - 1, max(-1, m.first_token - ATTEMPT_REACH - 1), -1):
        if clause_of[k] != clause:
            return False
        if texts[k] in _ATTEMPT_TOKENS:
            return True
    return False


def _from_home(m: Match, texts: Sequence[str], found: Sequence[Mention], view: TextView) -> bool:
    """The cue is followed by من and a place or a home (الفرار من المدينة، من منازلهم، من
    الغوطة): people leaving where they live, not someone's escape from a prison or a scene."""
    k = m.last_token + 1
    if k + 1 >= len(texts) or texts[k] != _FROM:
        return False
    if texts[k + 1] in _HOMES:
        return True
    start = view.token_original_starts[k + 1]
    return any(p.kind == "place" and p.span.start == start for p in found)


def in_relative_clause(m: Match, texts: Sequence[str], scope: Scope) -> bool:
    """An English relative pronoun a few words before the cue in its clause."""
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    return any(texts[k] in _RELATIVE_EN and clause_of[k] == clause
               for k in range(max(0, m.first_token - RELATIVE_REACH), m.first_token))


def flight_party(
    m: Match, parties: Sequence[Match], armed: Sequence[int], texts: Sequence[str], scope: Scope,
) -> str | None:
    """``armed`` or ``civilian``: who the flight cue is said of, the nearest party in its
    clause (after it on a tie), or None when none is named there. A remnant word (البقية،
    آخرون) is the party named last before it in its sentence (قتل ستة من المسلحين بينما فر البقية)."""
    clause_of = scope.clause_of
    clause = clause_of[m.first_token]
    limit = m.last_token + PARTY_AFTER
    for i in range(m.last_token + 1, min(limit, len(texts) - 1) + 1):
        if texts[i] in _STOP and texts[i - 1] not in _PARTITIVE:
            limit = i - 1
            break
    best: tuple[int, int, str, int] | None = None  # (distance, before?, label, first token)
    # (after the cue, a party behind ل or ب is no subject: وفرت الحكومة المساعدات للنازحين)
    spots = [(p.first_token, p.last_token, str(p.value.event_type)) for p in parties
             if p.first_token < m.first_token
             or not p.proclitic.removesuffix("ال").endswith(("ل", "ب"))]
    spots += [(i, i, "armed") for i in armed]
    for first, last, label in spots:
        if m.last_token < first <= limit:
            rank = (first - m.last_token, 0)
        elif 0 < m.first_token - last <= PARTY_BEFORE:
            rank = (m.first_token - last, 1)
        else:
            continue
        if clause_of[first] != clause:
            continue
        if best is None or rank < best[:2]:
            best = (*rank, label, first)
    if best is not None and best[2] == "remnant":
        # البقية، آخرون: the rest of the party named before them in the sentence
        sentence_of = scope.sentence_of
        sent = sentence_of[best[3]]
        before = [(first, label) for first, _, label in spots
                  if first < best[3] and label != "remnant" and sentence_of[first] == sent]
        return max(before)[1] if before else None
    return best[2] if best else None


def _year(value: object) -> int | None:
    if not isinstance(value, dict):
        return None
    year = value.get("year")
    if isinstance(year, int):
        return year
    start = value.get("start")
    if isinstance(start, str) and start[:4].isdigit():
        return int(start[:4])
    return None


def _long_ago_sentences(
    eras: Sequence[Match], found: Sequence[Mention], view: TextView, scope: Scope,
) -> set[int]:
    """Sentences naming an era of long ago or a year ``LONG_AGO_YEARS`` before publication,
    not as a yardstick."""
    texts = view.tokens.texts
    firsts = [e.first_token for e in eras]
    published = view.document.published
    if published and str(published)[:4].isdigit():
        limit = int(str(published)[:4]) - LONG_AGO_YEARS
        starts = view.token_original_starts
        for d in found:
            year = _year(d.value) if d.kind == "date" else None
            if year is not None and year <= limit:
                firsts.append(token_index(starts, d.span.start))
    out: set[int] = set()
    for first in firsts:
        sent = scope.sentence_of[first]
        if sent in out:
            continue
        lead = texts[max(0, first - 2) : first]
        if "منذ" in lead and _yardstick(texts, scope, sent, first):
            continue
        out.add(sent)
    return out


def _yardstick(texts: Sequence[str], scope: Scope, sent: int, first: int) -> bool:
    """A superlative before the era in its sentence (أكبر موجة نزوح منذ عام 1948)."""
    sentence_of = scope.sentence_of
    i = first - 1
    while i >= 0 and sentence_of[i] == sent:
        if texts[i] in _SUPERLATIVES or texts[i][1:] in _SUPERLATIVES:
            return True
        i -= 1
    return False
