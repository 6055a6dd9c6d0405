"""The decisions a trigger's lexicon row leaves to the arguments: the target decides between a
battle and an attack on civilians (and force on protesters), the actor between arrest and
abduction, the taker between a government's and a non-state actor's territory. Split from
judge.py, which judges specificity."""


from __future__ import annotations

import re
from functools import lru_cache

from marsad.assemble.candidate import Candidate
from marsad.assemble.doc import DocIndex
from marsad.assemble.roles import passive_en
from marsad.recognise.cues import read_rows
from marsad.recognise.triggers_lexicon import ARMED_TYPES, STATE_TYPES
from marsad.text.normalise import normalise_phrase

# Non-state authorities that run their own courts and prisons (CODING §1: their detentions are
# Arrests, not abductions).
DE_FACTO_AUTHORITIES = ("sdf", "qsd", "aanes", "hts", "hayat", "houthi", "ansar-allah", "hamas",
                        "lna", "haftar")


_FORCE_ON_PROTESTERS = "Excessive force against protesters"
_SHELLING = "Shelling/artillery/missile attack"


@lru_cache(maxsize=1)
def _victim_words() -> dict[str, frozenset[str]]:
    """side (armed | civilian) -> the one-word victim nouns of victims.tsv (the one list of
    casualty nouns, its toll groups and sides), normalised and without the article."""
    sides: dict[str, set[str]] = {}
    for phrases, _, side in read_rows("marsad.assemble", "victims.tsv"):
        words = sides.setdefault(side.strip(), set())
        words.update(normalise_phrase(p).removeprefix("ال") for p in phrases.split("|") if " " not in p)
    return {side: frozenset(words) for side, words in sides.items()}


# English words for victims of any kind (seven people were killed): civilians only when the
# attack's target does not say otherwise (killed 38 people in an attack on a military base).
# (Apart from victims.tsv on purpose: no side of their own.)
_ANYONE = frozenset("people person persons".split())


# Bodies named after a partitive "من" (ستة من عناصر الأمن، من منتسبي الكتيبة، من قوات الجيش).
_ARMED_BODIES = frozenset(normalise_phrase(w) for w in (
    "منتسبي قوات جيش شرطه امن كتيبه لواء ميليشيات مليشيات ميليشيا مليشيا مسلحي مقاتلي عناصر "
    "صفوف").split())


_CIVILIAN_BODIES = frozenset("عائله اسره سكان اهالي".split())  # (خمسة من أفراد عائلة واحدة)


@lru_cache(maxsize=4096)
def _nouns(text: str) -> frozenset[str]:
    """The words of a casualty figure, normalised and without their article."""
    return frozenset(w.removeprefix("ال") for w in normalise_phrase(text).split())


# A figure followed by "من" and the body its victims belong to (ستة من عناصر الأمن، ثلاثة أشخاص
# من منتسبي الكتيبة): those words name the victims too.
_PARTITIVE = re.compile(r"\s*من\s+(\S+(?:\s+\S+)?)")


def _victim_kind(c: Candidate, text: str) -> str | None:
    """Who the killed or wounded were, from the nouns of the casualty figures (قتل مواطن) and of
    a partitive right after one (مقتل ستة من عناصر الأمن); armed victims decide first; "anyone"
    for English "people" (civilians unless the target is armed)."""
    words: set[str] = set()
    for m in c.killed + c.wounded:
        words |= _nouns(m.text)
        if text.startswith("من", m.span.end + 1) and (part := _PARTITIVE.match(text, m.span.end)):
            body = _nouns(part.group(1))
            if body & _ARMED_BODIES:
                words.add("عنصر")
            elif body & _CIVILIAN_BODIES:
                words.add("مدني")
    sides = _victim_words()
    if not words.isdisjoint(sides["armed"]):
        return "armed"
    if not words.isdisjoint(sides["civilian"]):
        return "civilian"
    return "anyone" if words & _ANYONE else None


# The note of a "who was hit" decision the arguments could not make (the lexicon's row stands).
TARGET_DEFAULT = "target not stated: lexicon default"


_STATE_FORCES_AR = re.compile(
    r"(?:القوات|قوات|الوحدات)\s+(?:الحكومية|النظامية|الموالية\s+للرئيس|الموالية\s+للحكومة"
    r"|الشرعية|الأمنية|المسلحة\s+\S+ية)|(?:قوات|جيش|الجيش)\s+(?:الشرعية|الوطني|النظام|الحكومة)"
    r"|الجيش\s+(?:السوري|العراقي|اليمني|الليبي|اللبناني|المصري|الوطني)"
)
# English: the government's forces as the subject before the verb (Yemeni government forces
# captured…, the army units took control…, Syrian troops… capturing). Apart from the Arabic
# names, which need no IGNORECASE: that flag costs a search at every character.
_STATE_FORCES_EN = re.compile(
    r"\b(?:(?:pro-)?government(?:-backed|-led)?|regime|loyalist)\s+(?:forces|troops|soldiers|units)\b"
    r"|\b(?:security\s+forces|national\s+army|the\s+army|the\s+military|army\s+(?:units|troops)"
    r"|federal\s+(?:forces|troops)|armed\s+forces|military\s+forces|troopers)\b"
    r"|(?<!free\s)\b(?:syrian|iraqi|yemeni|afghan|somali|libyan|nigerian|malian|ukrainian|egyptian"
    r"|lebanese|pakistani|sudanese|ethiopian|philippine|myanmar|burmese)\s+(?:army|troops|military"
    r"|soldiers|government\s+forces|security\s+forces)\b",
    re.IGNORECASE,
)


# English: rebels, militants and the like as the subject before the verb (not pro-government ones).
_NON_STATE_EN = re.compile(
    r"(?<!pro-government\s)(?<!government-backed\s)(?<!regime\s)(?<!loyalist\s)"
    r"\b(?:militants|rebels|insurgents|jihadists|fighters|gunmen|separatists|guerrillas|militias"
    r"|militiamen|terrorists|extremists)\b",
    re.IGNORECASE,
)


# The characters an ASCII letter matches under IGNORECASE (checked over all of Unicode): a text
# with none of them holds no English name of the forces.
_LATIN_LETTER = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")


def _state_forces(text: str, at_start: bool = False) -> bool:
    """The text names the government's forces (``at_start``: at its start)."""
    if at_start:
        return bool(_STATE_FORCES_AR.match(text) or (
            _LATIN_LETTER.search(text) and _STATE_FORCES_EN.match(text)))
    return bool(_STATE_FORCES_AR.search(text) or (
        _LATIN_LETTER.search(text) and _STATE_FORCES_EN.search(text)))


def _active_non_state(c: Candidate, idx: DocIndex) -> bool:
    """English: rebels or militants named before an active territory verb (in a passive, "the
    militants were driven out", they are who lost the ground)."""
    return not passive_en(c, idx) and _NON_STATE_EN.search(_clause_before(c, idx)) is not None


_BY_AGENT = re.compile(r"\s*(?:[\w-]+\s+){0,4}?by\s+")


def _state_agent(c: Candidate, idx: DocIndex) -> bool:
    """English: a passive territory verb whose agent, after "by", is the government's forces."""
    if not passive_en(c, idx):
        return False
    text = idx.view.original
    end = c.trigger.span.end
    by = _BY_AGENT.match(text, end, idx.clause_end(c.clause))
    return by is not None and _state_forces(text[by.end() : by.end() + 60], at_start=True)


def _clause_before(c: Candidate, idx: DocIndex) -> str:
    """The original text of the trigger's clause up to the trigger."""
    return idx.view.original[idx.clause_start(c.clause) : c.trigger.span.start]


_SUBJECT_REACH = 60


def _subject_after(c: Candidate, idx: DocIndex) -> str:
    """The original text right after the trigger up to its على (the subject of a VSO verb:
    سيطرت القوات الحكومية على…), else empty."""
    text = idx.view.original
    end = c.trigger.span.end
    cut = text.find("على", end, end + _SUBJECT_REACH)
    return text[end:cut].strip() if cut > 0 else ""


# What "shot down" / "downed" brought down (English): an uncrewed craft or a missile is a weapon
# whose use was disrupted (CODING §1: a drone shot down), a crewed aircraft stays the row's
# missile attack. Read in the clause after the verb, or before a passive one (a drone was shot
# down).
_UNCREWED = frozenset("drone drones uav uavs unmanned missile missiles rocket rockets "
                      "projectile projectiles".split())
_CREWED = frozenset("helicopter helicopters plane planes jet jets warplane warplanes aircraft "
                    "fighter bomber".split())
_PASSIVE = frozenset("was were been being is are".split())
_DOWNED_REACH = 6


def _downed_uncrewed(c: Candidate, idx: DocIndex) -> bool:
    """The object of a shooting-down verb is a drone or a missile (``_UNCREWED``)."""
    texts = idx.view.tokens.texts
    first = idx.tok(c.trigger.span.start)
    after = idx.tok(c.trigger.span.end - 1) + 1
    for k in range(after, min(idx.clause_end_token(c.clause), after + _DOWNED_REACH)):
        if texts[k] in _UNCREWED:
            return True
        if texts[k] in _CREWED:
            return False
    lead = texts[max(0, first - 5) : first]
    if _PASSIVE.isdisjoint(lead[-2:]):
        return False
    return not _UNCREWED.isdisjoint(lead) and _CREWED.isdisjoint(lead)


# Aircraft as the ones firing an English missile or rocket (Israeli warplanes fired a missile,
# missiles fired by Saudi jets): an air strike, not a ground-launched one (CODING §1).
_AIRCRAFT = frozenset("warplane warplanes jets jet aircraft helicopter helicopters drone drones "
                      "planes bombers choppers chopper gunships".split())
_AIRCRAFT_REACH = 3  # words from "by" to the aircraft (by Israeli jets)
_BY_REACH = 8  # words from the missile cue to its "by" (missiles were fired in a raid by)
_ANTI = frozenset({"anti", "-"})  # anti-aircraft guns fire at aircraft


_RAIDS = frozenset({"raid", "raids"})  # (English: a raid is a search, or an air raid)


def _aircraft_in_clause(c: Candidate, idx: DocIndex) -> bool:
    """English: an aircraft word in the trigger's clause ("planes carry out raids", "raids by
    the army's helicopters"), not an anti-aircraft one."""
    texts = idx.view.tokens.texts
    first = idx.tok(idx.clause_start(c.clause))
    last = idx.clause_end_token(c.clause)
    return any(texts[k] in _AIRCRAFT and texts[k - 1] not in _ANTI for k in range(first, last))


def _air_launched(c: Candidate, idx: DocIndex) -> bool:
    """An aircraft word a few words before the English missile cue in its clause (its subject),
    or its agent after "by" (fired by Israeli jets, were fired in a third raid by jets)."""
    texts = idx.view.tokens.texts
    first = idx.tok(c.trigger.span.start)
    start = max(idx.tok(idx.clause_start(c.clause)), first - 2)
    for k in range(start, first):  # (its subject: right before, or before one verb)
        if texts[k] in _AIRCRAFT and texts[k - 1] not in _ANTI:
            return True
    after = idx.tok(c.trigger.span.end - 1) + 1
    last = idx.clause_end_token(c.clause)
    for k in range(after, min(last, after + _BY_REACH)):  # (its agent: fired ... by jets)
        if texts[k] == "by":
            return not _AIRCRAFT.isdisjoint(texts[k + 1 : min(last, k + 1 + _AIRCRAFT_REACH)])
    return False


def decide_type(c: Candidate, idx: DocIndex) -> None:
    """The decisions the lexicon left to the arguments."""
    v = c.value  # (the trigger's; what this sets does not change it)
    decide = v.get("decide")
    a1, a2 = c.actor1, c.actor2
    if decide == "target" and a2 is not None and a2.type == 6 and (a1 is None or a1.type != 6):
        # violence on protesters, whoever uses it (CODING: Protests)
        c.event_type, c.sub_event_type, c.plover = "Protests", _FORCE_ON_PROTESTERS, "PROTEST"
    elif decide == "target":
        target = v.get("target")
        victims = _victim_kind(c, idx.view.original)
        if a2 is not None and a2.type in (6, 7):
            target = "civilian"
        elif a2 is not None and a2.type in ARMED_TYPES:
            target = "armed"
        elif victims == "anyone":
            target = target if target == "armed" else "civilian"
        elif victims is not None:
            target = victims
        if target == "civilian":
            c.event_type, c.sub_event_type, c.plover = "Violence against civilians", "Attack", "ASSAULT"
        elif target == "armed":
            c.event_type, c.sub_event_type, c.plover = "Battles", "Armed clash", "ASSAULT"
        else:
            c.notes.append(TARGET_DEFAULT)
    elif decide == "downed" and _downed_uncrewed(c, idx):
        c.event_type, c.sub_event_type = "Strategic developments", "Disrupted weapons use"
        c.plover, c.family = "COERCE", "disrupt"
    elif decide == "actor" and a1 is not None:
        authority = a1.type in STATE_TYPES or any(k in a1.id for k in DE_FACTO_AUTHORITIES)
        if not authority and a1.type in (2, 3, 4):
            c.event_type = "Violence against civilians"
            c.sub_event_type = "Abduction/forced disappearance"
            c.plover = "ASSAULT"
            c.notes.append("detention by a non-state group: abduction")
    elif decide == "territory" and a1 is not None:
        if a1.type == 1:
            c.sub_event_type = "Government regains territory"
        elif a1.type in (2, 3, 4, 8):
            c.sub_event_type = "Non-state actor overtakes territory"
    elif decide == "territory" and (_state_forces(_clause_before(c, idx))
                                    or _state_forces(_subject_after(c, idx), at_start=True)):
        # No known actor, but its clause names the government's forces (القوات الموالية للرئيس،
        # الجيش الوطني، قوات الشرعية), before the verb or as its subject after it (سيطرت
        # القوات الحكومية على…).
        c.sub_event_type = "Government regains territory"
        c.notes.append("taker named as government forces")
    elif decide == "territory" and c.trigger.text.isascii() and _state_agent(c, idx):
        # (English passive: "the area was recaptured by government troops")
        c.sub_event_type = "Government regains territory"
        c.notes.append("taker named as government forces")
    elif decide == "territory" and c.trigger.text.isascii() and _active_non_state(c, idx):
        # No known actor, but rebels or militants are its subject ("al-Shabab militants
        # recaptured the town"): "recaptured" tells who lost it, not who took it.
        c.sub_event_type = "Non-state actor overtakes territory"
        c.notes.append("taker named as non-state fighters")
    if (c.sub_event_type == _SHELLING and decide is None and c.trigger.text.isascii()
            and _air_launched(c, idx)):
        c.sub_event_type, c.family = "Air/drone strike", "air"
        c.notes.append("fired by aircraft: an air strike")
    if v.get("lemma") == "arrest" and c.trigger.text.lower() in _RAIDS and _aircraft_in_clause(c, idx):
        c.event_type, c.sub_event_type, c.plover, c.family = (
            "Explosions/Remote violence", "Air/drone strike", "ASSAULT", "air")
        c.notes.append("raids by aircraft: air strikes")
    if v.get("decided") == "default":
        c.notes.append("platform not stated: coded as shelling")
    if c.sub_event_type == _FORCE_ON_PROTESTERS and c.actor1 is not None and c.actor1.type == 6 and (
            c.actor2 is None or c.actor2.type != 6):
        # the force is Actor 1, the protesters it was used on Actor 2 (a casualty word names
        # its victims first: قتل متظاهرين برصاص الشرطة)
        c.actor1, c.actor2 = c.actor2, c.actor1
