"""What the words next to a name say about the role it plays in the sentence.

A capital named for its government, not as a scene (metonymy): "حكومة أنقرة", "دعت بغداد",
"أنقرة تتعاون", "Washington said". Such a mention is still a place mention, marked
``"government": true`` in its value, so no event is placed there (marsad.assemble.arguments).
A direction from a reference point right after another place ("مدينة سبها جنوب طرابلس"، "التي
تقع شمال شرقي القاهرة"، "بلدة صغيرة تقع شمال X"، "Sabha, south of Tripoli") only locates that place: marked
``"locates": true``, it is no scene either.
A distance before a place ("على بعد 20 كلم شمال X"، "375 كلم جنوب بغداد") makes the place a
reference point: within ``NEAR_KM`` the act is near it (precision 2), farther it is not there
at all (``"locates": true``); see docs/gazetteer.md.
A hospital the wounded were taken to ("نقلوا إلى مستشفى في X") is marked ``"locates": true``
too: where they were treated, not the scene.
A place name that is part of a person's name (حمد بن جاسم، العقيد تامر الرفاعي، الرئيس
الأمريكي جو بايدن) is no place mention (``surname``).
A place where someone spoke ("قال في مؤتمر صحفي عقده في أنقرة"، "told a news conference in
Ankara") or where a meeting was held ("قمة عقدت في طهران") is marked ``"spoken": true``: where
a statement was made or talks were held, not where the acts they speak of happened.
A country name before an adjective of a wider region, or after بلاد ("المغرب العربي"، "بلاد
المغرب الإسلامي"), names the region, not the country: no place mention.
A name after the noun of a feature named after it ("بحيرة تشاد"، "خليج عدن") is part of that
feature's name: no place mention (``names_feature``).
A bank or shore noun that is also a place's short name, followed by an adjective of its own
("الضفة التشادية"), is a bank, not the place (``bank_noun``).
A country name that is also a common word (مالي "financial") is the country right after a
preposition or a hashtag.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from marsad.recognise.cues import word_kinds
from marsad.recognise.token_scan import hits, scan
from marsad.text.lexicon_scan import proclitic_sequences, with_proclitics
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Tokens
from marsad.text.substrings import AnyOf

# Conjunctions written on the verb: ودعت، فقالت.
_CONJUNCTIONS = ("و", "ف")
# A conjunction, then ب، ل، ك or none: what a noun may carry (لبلدية، ومحور، وبحيرة).
_NOUN_PROCLITICS = proclitic_sequences(("", "ب", "ل", "ك"), article=False)
# Words before the capital that make it a place, not a subject: في أنقرة قالت ...
_PREPOSITIONS = frozenset(normalise_phrase(w) for w in ("في", "من", "إلى", "الى", "على", "عن",
                                                         "قرب", "in", "from", "to", "near", "at"))

# Words right before a country name on the stoplist that make it the country (في مالي، #مالي).
_COUNTRY_BEFORE = frozenset(normalise_phrase(w) for w in (
    "في", "من", "إلى", "الى", "وفي", "ومن", "وإلى", "#"))
_FROM, _SIDE = normalise_phrase("من"), normalise_phrase("جهة")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_kinds("marsad.recognise", "toponym_roles.tsv")


@lru_cache(maxsize=1)
def _tokens() -> dict[str, frozenset[str]]:
    """Each kind's words as tokens: as they stand or after a conjunction (ودعت، فقالت)."""
    return {kind: with_proclitics(words) for kind, words in _words().items()}


def _is(word: str, kind: str) -> bool:
    return word in _tokens()[kind]


def capital_name(name: str) -> bool:
    """``name`` (normalised, as a spot's key) is a capital's (``capital`` words): a governorate
    of that name may stand for the government as the city does (الخرطوم)."""
    return name in _words()["capital"]


@lru_cache(maxsize=1)
def _org_tokens() -> frozenset[str]:
    """The ``org`` nouns as tokens, also after ب، ل or ك (لبلدية، ومحور)."""
    return with_proclitics(_words()["org"], _NOUN_PROCLITICS)


def _word(toks: Tokens, k: int) -> str | None:
    """Token ``k`` when it is a word (not punctuation), else None."""
    if 0 <= k < len(toks):
        w = toks.texts[k]
        if w[:1].isalpha():
            return w
    return None


def for_government(toks: Tokens, first: int, last: int, english: bool) -> bool:
    """The name at tokens ``first``..``last`` stands for its government: after a ruler noun
    (حكومة، سلطات، بقيادة، الموالية) or a verb of speech, decision or action (maybe with an
    object pronoun: بدأتها أنقرة), after "المدعوم من", before such a verb and not after a
    preposition, asked to act (طالبوا دمشق بالتدخل), or a party "X من جهة". English: before a
    speech verb ("Ankara said", "Washington has")."""
    before, after = _word(toks, first - 1), _word(toks, last + 1)
    if english:
        return (after is not None and after.lower() in _words()["verb_en"]
                and (before is None or before.lower() not in _PREPOSITIONS))
    if _paired(toks, first, last, before, after):
        return True
    if before is not None and (_is(before, "ruler") or _is(before, "verb")
                               or _verb_with_object(before)):
        return True
    if before == _FROM and (backer := _word(toks, first - 2)) is not None and _is(backer, "backed"):
        return True  # المدعومة من طهران
    if (after is not None and (after in _APPEAL_AFTER or (after[0] == "ب" and len(after) > 4))
            and before not in _PREPOSITIONS):
        asked = (_word(toks, k) for k in range(first - 1, first - 4, -1))
        if any(w is not None and _is(w, "appeal") for w in asked):
            return True  # "طالب الأكراد دمشق بالتدخل"، "دعا الوزير واشنطن إلى": who is asked
    then = _word(toks, last + 3)
    if after == _FROM and _word(toks, last + 2) == _SIDE and (then is None or then[0] == "و"):
        return True  # "بين أنقرة من جهة و…": a party, not "صنعاء من جهة الجنوب"
    return after is not None and _is(after, "verb") and (
        before is None or (before not in _PREPOSITIONS and before[1:] not in _PREPOSITIONS))


_BETWEEN = frozenset(normalise_phrase(w) for w in ("بين", "وبين"))


def _paired(toks: Tokens, first: int, last: int, before: str | None, after: str | None) -> bool:
    """The capital at ``first``..``last`` is one of a pair of capitals (``capital`` words) that
    stand for their governments: "بين واشنطن وأنقرة" (relations, talks between states), or
    the second of a pair after a verb of a government ("توصلت موسكو وأنقرة إلى اتفاق")."""
    if toks.texts[first][:1] == "و" and before is not None and before in _words()["capital"]:
        lead = _word(toks, first - 2)  # the word before the pair
        return lead is not None and (lead in _BETWEEN or _is(lead, "ruler") or _is(lead, "verb"))
    return (before is not None and before in _BETWEEN and after is not None
            and after[:1] == "و" and after[1:] in _words()["capital"])


def loyal_to(toks: Tokens, first: int) -> bool:
    """The capital at token ``first``, with ل written on it, follows a word of allegiance
    ("القوات الموالية لدمشق"): it stands for its government."""
    before = _word(toks, first - 1)
    return before is not None and _is(before, "loyal")


# Words that never stand in a person's name between a title and a surname.
_NOT_NAMES = frozenset(normalise_phrase(w) for w in (
    "في", "من", "إلى", "الى", "على", "عن", "مع", "بعد", "قبل", "إن", "أن", "ان", "بين", "عند",
    "حتى", "منذ", "خلال", "ضد", "عبر", "نحو", "لدى", "أمس", "اليوم", "قد", "لقد", "كان", "كانت",
    "باسم", "هو", "هي", "الذي", "التي", "إنه", "انه", "أنه", "أمام", "خلف", "داخل", "خارج",
    "قرب", "حول", "تحت", "فوق", "وسط", "لا", "لم", "لن", "ما"))
_NAME_REACH = 2  # first names (تامر، عبد الله) between a title and a surname


def surname(toks: Tokens, i: int, proclitic: str, written: str = "") -> bool:
    """The place name at token ``i`` (``proclitic`` written on it; ``written``: the token as the
    original spells it, needed only after ب) is part of a person's name:
    right after بن ("حمد بن جاسم"), or, with nothing or ب written on it, after an honorific,
    maybe nisba adjectives (الأمريكي) and one to three first names ("العقيد تامر الرفاعي"،
    "الرئيس الأمريكي جو بايدن"), or right after the honorific (الشيخ صلاح الدين); a first
    name has no article and is no body (محور، بلدية)."""
    before = _word(toks, i - 1)
    if before is None or before in _NOT_NAMES:  # most places follow في، من ...: decided here
        return False
    if _is(before, "kin"):
        return not proclitic and not toks.texts[i].startswith("ال")
    if not proclitic and _is(before, "title") and not toks.texts[i].startswith("ال"):
        return True  # الشيخ صلاح الدين، الملك سلمان: a name right after an honorific
    if proclitic not in ("", "ب") or before.startswith("ال"):
        return False
    k, names = i - 1, 0
    while names < _NAME_REACH and (w := _word(toks, k)) is not None and not w.startswith("ال") \
            and w not in _NOT_NAMES and w not in _org_tokens() \
            and not w[-1:].isdigit():
        names, k = names + 1, k - 1
    if names == 0 or (proclitic and (names > 1 or not _b_name(written))):
        return False
    while (w := _word(toks, k)) is not None and w.startswith("ال") and w.endswith(("ي", "يه")) \
            and not _is(w, "title"):
        k -= 1  # الرئيس الأمريكي
    w = _word(toks, k)
    return w is not None and w in _words()["title"]


def _b_name(word: str) -> bool:
    """A ب-read name spelt (in the original) ب + bare ا, not the article (بايدن, not بالقدس or
    بإدلب): after a title and one first name a surname, not "in X"."""
    return word.startswith("با") and not word.startswith("بال")


# Object pronouns a verb carries when the capital after it is its subject ("بدأتها أنقرة").
_OBJECTS = ("هما", "ها", "هم", "ه")
# Words right after the capital that make it the one asked to act ("دعا … واشنطن إلى").
_APPEAL_AFTER = frozenset(normalise_phrase(w) for w in ("إلى", "الى", "على", "لأن", "لان"))


def _verb_with_object(word: str) -> bool:
    """A verb of speech, decision or action carrying an object pronoun (بدأتها، شنتها، نفته):
    the capital right after it is its subject, so its government ("عملية بدأتها أنقرة")."""
    for ending in _OBJECTS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return _is(word[: -len(ending)], "verb")
    return False


def names_region(toks: Tokens, first: int, last: int) -> bool:
    """The country name at tokens ``first``..``last`` names a wider region after it: "بلاد
    المغرب"، "المغرب العربي"، "القاعدة في المغرب الإسلامي" (the Maghreb, not Morocco). Tokens
    and the data file's words (``word_kinds``) are both normalised: they compare as they are."""
    texts, words = toks.texts, _words()
    # (set tests first: a word, not punctuation, is asked of the rare token that is listed)
    after = texts[last + 1] if last + 1 < len(texts) else ""
    if after in words["region_after"] and after[:1].isalpha():
        return True
    before = texts[first - 1] if first >= 1 else ""
    return _is(before, "region_before") and before[:1].isalpha()


@lru_cache(maxsize=1)
def _feature_heads() -> frozenset[str]:
    """The ``feature_head`` nouns as tokens, maybe after و/ف and ب/ل/ك (ببحيرة، وخليج), never
    with the article: the head of a name in construct is indefinite in form (بحيرة تشاد), while
    "البحيرة" or "الخليج" before a name is a place or a region of its own in a list
    (الإسكندرية والبحيرة وكفر الشيخ، منطقة الخليج ومصر)."""
    return with_proclitics(_words()["feature_head"], _NOUN_PROCLITICS)


def names_feature(toks: Tokens, first: int, proclitic: str) -> bool:
    """The name at token ``first`` (``proclitic`` written on it) follows the noun of a feature
    named after it ("بحيرة تشاد"، "خليج عدن"، "مضيق هرمز"): it names the lake, gulf or strait,
    not the country or town. A name with a conjunction on it is the next item of a list."""
    if proclitic[:1] in _CONJUNCTIONS:
        return False
    before = _word(toks, first - 1)
    return before is not None and before in _feature_heads()


def bank_nouns() -> frozenset[str]:
    """The bank nouns ``bank_noun`` reads (a cheap membership test before it)."""
    return _words()["bank"]


def bank_noun(toks: Tokens, key: str, last: int) -> bool:
    """The name ``key`` (normalised) ending at token ``last`` is a common noun for a bank or shore followed by
    a definite adjective of its own ("الضفة التشادية من بحيرة تشاد"، "الضفة الشرقية لنهر
    الفرات"): a bank of some water, not the place the noun also names (the West Bank), unless
    the adjective is one the place takes ("الضفة المحتلة")."""
    if key not in _words()["bank"]:
        return False
    after = _word(toks, last + 1)
    return (after is not None and after.startswith("ال")
            and after not in _words()["bank_keeps"])


def after_preposition(toks: Tokens, i: int, proclitic: str) -> bool:
    """Token ``i`` follows a preposition (في مالي، بمالي) or a hashtag (#مالي): an adjective
    (مالي "financial") never stands right after one, so a country name there is the country."""
    if proclitic.endswith(("ب", "ل")) and "ال" not in proclitic:  # not التركية
        return True
    return i > 0 and toks.texts[i - 1] in _COUNTRY_BEFORE


_DIRECTION_EN = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+$", re.IGNORECASE)
_LIES = re.compile(r"(?:(?:(?:التي|الذي|التى)\s+)?(?<![^\sو])(?:تقع|يقع)|الواقعه?|(?:which|that)\s+(?:is|lies)"
                   r"|located|situated)\s*$")
_RIGHT_AFTER = re.compile(r"[\s،,(\-–]*")  # سبها جنوب طرابلس، كبيسة (70 كلم غرب الرمادي)


def locates(text: str, prev_end: int, start: int, direction: bool) -> bool:
    """The place starting at ``start`` in ``text`` (the normalised text; ``direction``: an
    Arabic direction word opens it) is a direction from a reference point that only says where
    the place ending at ``prev_end`` lies, or follows "التي تقع"/"located"."""
    head = start
    if not direction:
        m = _DIRECTION_EN.search(text, max(0, start - 30), start)
        if m is None:
            return False
        head = m.start()
    if _LIES.search(text, max(0, head - 25), head):
        return True
    return 0 <= prev_end <= head and _RIGHT_AFTER.fullmatch(text, prev_end, head) is not None


# What names a statement right before "في X": a press conference, remarks, an interview, a speech;
# up to four words may follow it ("مؤتمر صحفي عقده اليوم في"، "بثه التلفزيون في").
_STATEMENT = "|".join(sorted({normalise_phrase(w) for w in (
    "مؤتمر صحفي", "مؤتمر صحافي", "مؤتمرا صحفيا", "مؤتمرا صحافيا", "المؤتمر الصحفي",
    "المؤتمر الصحافي", "تصريح", "تصريحات", "تصريحات صحفية", "مقابلة", "خطاب", "كلمة ألقاها",
    "أمام الصحافيين", "أمام الصحفيين", "للصحافيين", "للصحفيين")},
    key=len, reverse=True))
# A meeting held somewhere (قمة عقدت في طهران، الاجتماع الذي انعقد في جنيف، محادثات تعقد في
# أستانا): where talks were held, not where the acts they discuss happened. The bare عقد (also
# "a decade", "a contract") counts only after a meeting noun.
_HELD = "|".join(sorted({normalise_phrase(w) for w in (
    "عقدت", "انعقد", "انعقدت", "المنعقد", "المنعقدة", "تعقد", "يعقد", "ستعقد", "سيعقد", "تنعقد",
    "ينعقد", "عقدها", "عقدوها", "عقدوه", "عقدتها", "المقرر عقدها", "المقرر عقده")},
    key=len, reverse=True))
_MEETING = "|".join(sorted({normalise_phrase(w) for w in (
    "قمة", "القمة", "قمته", "اجتماع", "الاجتماع", "اجتماعا", "اجتماعات", "الاجتماعات", "مؤتمر",
    "المؤتمر", "مؤتمرا", "محادثات", "المحادثات", "مفاوضات", "المفاوضات", "مباحثات", "المباحثات",
    "لقاء", "اللقاء", "لقاءات", "جلسة", "الجلسة", "جولة", "الجولة")}, key=len, reverse=True))
_WORD_RE = r"[^\s.،,:؛!?؟«»\"]+"
_SPOKEN = re.compile(
    rf"(?:^|\s)(?:{_STATEMENT})(?:\s+{_WORD_RE}){{0,4}}?(?:\s+(?:في|من)\s+|\s+ب)$"
    rf"|(?:^|\s)(?:(?:{_MEETING})(?:\s+{_WORD_RE}){{0,3}}?\s+(?:الذي\s+|التي\s+)?[وف]?عقد|[وف]?(?:{_HELD}))"
    rf"(?:\s+{_WORD_RE}){{0,2}}?(?:\s+في\s+|\s+ب)$"
    r"|\b(?:news|press)\s+conference\s+in\s+$|\b(?:said|told\s+reporters)\s+in\s+$")
# What the text before a place ends with, less its trailing spaces, when _SPOKEN is found there.
_SPOKEN_ENDS = ("في", "من", "ب", "in")


# Any word a statement or meeting place needs: searched in the short window before a place only
# (a search of the whole document first cost more than the windows it spared).
_MAY_SPEAK = AnyOf([*_STATEMENT.split("|"), "conference", "said", "told", "عقد"])


def spoken_at(text: str, start: int) -> bool:
    """The place starting at ``start`` in ``text`` (normalised) is where a statement was made:
    "قال في مؤتمر صحفي في أنقرة"، "told a news conference in Ankara"."""
    head = max(0, start - 70)
    window = text[head:start]
    # Cheap tests first: every match of _SPOKEN ends so (but for spaces) and holds a word of
    # _MAY_SPEAK.
    if not window.rstrip().endswith(_SPOKEN_ENDS) or not _MAY_SPEAK.search(window):
        return False
    return _SPOKEN.search(text, head, start) is not None


# A hospital the wounded were taken to, right before a place ("نقل إلى أحد المستشفيات الجامعية
# بصفاقس"، "أسعفوا إلى مستشفى في X"): where they were treated, not where they were hurt. The
# transfer verb is needed: "قصف مستشفى في X" is a scene.
_HOSPITAL = re.compile(
    r"(?:^|\s)[وف]?(?:نقل|نقلت|نقلوا|ينقل|تنقل|نقله|نقلها|نقلهم|نقلهما|نقلت|اسعف|اسعفت|اسعفوا|"
    r"اسعافه|اسعافهم|وصل|وصلت|وصول|تحويل|تحويله|تحويلهم|حول|حولت|حولوا)"
    r"(?:\s+[^\s.،,:؛]+){0,4}?\s+(?:الي|الى|نحو)\s+(?:احد\s+|احدي\s+)?(?:ال)?مستشف[يىا]\w*"
    r"(?:\s+[^\s.،,:؛]+){0,3}?\s*(?:\s(?:في|فى)\s+|\sب)$")
MAY_HOSPITAL = "مستشف"  # a document without it skips ``to_hospital``


def to_hospital(text: str, start: int) -> bool:
    """The place starting at ``start`` in ``text`` (normalised) is where a hospital the wounded
    were taken to lies, not where they were hurt."""
    head = max(0, start - 120)
    # Every match holds MAY_HOSPITAL: one C-level find spares most places the regex, which is
    # tried at each position of its window.
    if text.find(MAY_HOSPITAL, head, start) < 0:
        return False
    return _HOSPITAL.search(text, head, start) is not None


# A distance right before a place (normalised text): a number or a vague count, a unit, then
# maybe "إلى" and a direction ("إلى الشمال من") and "من/عن": "على بعد 20 كيلومترا من مدينة X".
_DISTANCE = re.compile(
    r"(?:^|[\s(])(\d+(?:[.,]\d+)?|بضع|بضعه|عده|عشرات|مئات)\s*/?\s*(?:ال)?"
    r"(كلم|كم|كيلو\s*متر|كيلو\s*مترا|كيلو\s*مترات|كيلومتر|كيلومترا|كيلومترات|كيلو|ميل|ميلا"
    r"|اميال|متر|مترا|امتار)\s+(?:(?:الي|نحو|باتجاه)\s+)?"
    r"(?:(?:ال)?(?:شمال|جنوب|شرق|غرب)[يا]?(?:\s+(?:ال)?(?:شرق|غرب)[يا]?)?\s+)?"
    r"(?:(?:من|عن)\s+)?$")
# Unit words as tokens (normalised): a distance needs one among the few tokens before a place.
UNIT_WORDS = frozenset(p + w for p in ("", "ال") for w in (
    "كلم", "كم", "كيلو", "كيلومتر", "كيلومترا", "كيلومترات", "ميل", "ميلا", "اميال", "متر", "مترا",
    "امتار"))
_UNIT_REACH = 5  # tokens: "20 كيلومترا الي الشمال من مدينه X"
_COUNTS = {"بضع": 5.0, "بضعه": 5.0, "عده": 5.0, "عشرات": 30.0, "مئات": 200.0}
_UNITS = {"ميل": 1.609, "ميلا": 1.609, "اميال": 1.609, "متر": 0.001, "مترا": 0.001,
          "امتار": 0.001}
NEAR_KM = 25.0  # within this an act "N km from X" is coded near X (precision 2), else not at X


def unit_tokens(tokens: Tokens, text: str) -> list[int]:
    """Indexes of the tokens that are a unit word, maybe right after a number (20 كلم، 40كلم),
    in order: read from the document's shared token pass (``token_scan``), once a document."""
    done = scan(tokens, UNIT_WORDS, text)
    found = hits(done, UNIT_WORDS)
    if done.digit_tokens:  # a token led by a digit holds the start of a digit run
        texts = tokens.texts
        glued = [k for k in done.digit_tokens
                 if texts[k][:1].isdigit() and texts[k].lstrip("0123456789/.,") in UNIT_WORDS]
        if glued:
            found = sorted(found + glued)
    return found


def measured_before(units: Sequence[int], first: int) -> bool:
    """A unit word (``units``: ``unit_tokens``) is among the few tokens before token ``first``:
    a cheap test before ``distance_before`` reads the text."""
    k = bisect_left(units, first - _UNIT_REACH)
    return k < len(units) and units[k] < first


def distance_before(text: str, start: int) -> tuple[float, int] | None:
    """The distance in km said right before the place starting at ``start`` in ``text``
    (normalised), and where that distance starts; None when there is none."""
    m = _DISTANCE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    number = m.group(1)
    value = _COUNTS.get(number)
    if value is None:
        value = float(number.replace(",", "."))
    return value * _UNITS.get(m.group(2).replace(" ", ""), 1.0), m.start(1)
