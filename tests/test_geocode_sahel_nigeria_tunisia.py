"""Nigeria's states, Cameroon's Far North, Burkina Faso's towns and more Malian, Nigerien and
Tunisian towns are in the embedded gazetteer: a report placed in مايدوغوري or بن قردان gets its
admin1; names that are also words or given names (باما، مروة، دوري، الحمامات) need a cue."""

from __future__ import annotations

from reading import place_admin

from marsad.geocode.build import GENERIC_UNIT_NAMES
from marsad.geocode.store import embedded


def test_nigerian_states_and_towns_give_their_state() -> None:
    got = place_admin("قتل مسلحون من بوكو حرام عشرة قرويين في ولاية بورنو، وانفجرت قنبلة في "
                      "مايدوغوري، فيما خطف المسلحون طالبات من مدرسة في دابشي بولاية يوبي.")
    assert got["ولاية بورنو"] == ("NG", "Borno", 3)
    assert got["مايدوغوري"] == ("NG", "Borno", 1)
    assert got["دابشي"] == ("NG", "Yobe", 1)
    assert got["ولاية يوبي"] == ("NG", "Yobe", 3)


def test_nigerian_city_named_like_its_state_needs_a_cue() -> None:
    got = place_admin("انفجرت عبوة في سوق مدينة كانو شمال نيجيريا، وأعلنت الشرطة حظر التجول في "
                      "ولاية كادونا.")
    assert got["مدينة كانو"] == ("NG", "Kano", 1)
    assert got["ولاية كادونا"] == ("NG", "Kaduna", 3)
    got = place_admin("قالوا إنهم كانوا في البيت، وزارت الطالبة مروة جدتها في أبو ظبي.")
    assert all(country not in ("NG", "CM") for country, _, _ in got.values())


def test_cameroon_and_burkina_faso() -> None:
    got = place_admin("هاجم مسلحون قرية قرب كولوفاتا في أقصى شمال الكاميرون، وقتل جنود في "
                      "هجوم على ثكنة في جيبو شمال بوركينا فاسو، وشددت واغادوغو الإجراءات.")
    assert got["قرب كولوفاتا"] == ("CM", "Far North", 2)
    assert got["جيبو"] == ("BF", "Sahel", 1)
    assert got["واغادوغو"][:2] == ("BF", "Centre")
    got = place_admin("فاز الفريق في مباراة الدوري، وجاء دوري في الكلام.")
    assert all(country != "BF" for country, _, _ in got.values())


def test_mali_niger_tunisia_towns() -> None:
    got = place_admin("استهدف هجوم معسكرا في سيفاري وسط مالي، وهاجم مسلحون بلدة بوسو في "
                      "النيجر، واشتبكت قوات الأمن التونسية مع مسلحين في بن قردان وفي جبل الشعانبي.")
    assert got["سيفاري"] == ("ML", "Mopti", 1)
    assert got["بلدة بوسو"] == ("NE", "Diffa", 1)
    assert got["بن قردان"][:2] == ("TN", "Medenine Governorate")
    assert got["جبل الشعانبي"][:2] == ("TN", "Kasserine Governorate")


def test_the_baths_are_no_tunisian_town() -> None:
    got = place_admin("أغلقت البلدية الحمامات العامة في الحي، وافتتحت فندقا في مدينة الحمامات التونسية.")
    assert "الحمامات" not in got
    assert got["مدينة الحمامات"][:2] == ("TN", "Nabeul Governorate")


def test_units_named_with_a_compass_word_or_a_country_are_not_named_so_alone() -> None:
    units = [e for e in embedded().entries() if e.level == "admin1" and e.country in ("CM", "BF", "NG")]
    countries = {e.name for e in embedded().entries() if e.level == "country"}
    names = {n for e in units for n in e.names}
    assert not names & (GENERIC_UNIT_NAMES | countries)
    shown = {e.name for e in units}
    assert {"Niger State", "Plateau State", "Borno", "Far North", "Sahel"} <= shown


def test_kabul_spelling_ghouta_towns_and_iranian_towns() -> None:
    got = place_admin("فجر انتحاري نفسه قرب وزارة في كابول، وقصفت الطائرات بلدة حمورية ومسرابا في "
                      "الغوطة الشرقية، وتظاهر محتجون في شيراز وخرمشهر، واشتبكت القوات في شقرة بأبين.")
    assert got["كابول"] == ("AF", "Kabul", 1)
    assert got["بلدة حمورية"] == ("SY", "Rif Dimashq", 1)
    assert got["مسرابا"] == ("SY", "Rif Dimashq", 1)
    assert got["شيراز"] == ("IR", "Fars", 1)
    assert got["خرمشهر"] == ("IR", "Khuzestan", 1)
    assert got["شقرة"] == ("YE", "Abyan", 1)
    got = place_admin("وصف الكاتب مشهد الدمار في المدينة.")
    assert all(country != "IR" for country, _, _ in got.values())


def test_myanmar_states_and_rakhine_towns() -> None:
    got = place_admin("فر آلاف الروهينغا من ولاية راخين بعد إحراق قرى شمالي مونغدو، واندلعت "
                      "اشتباكات في ولاية كاشين، وقال مسؤول في نايبيداو إن الوضع هادئ.")
    assert got["ولاية راخين"] == ("MM", "Rakhine", 3)
    assert got["شمالي مونغدو"] == ("MM", "Rakhine", 2)
    assert got["ولاية كاشين"] == ("MM", "Kachin", 3)
    assert got["نايبيداو"][:2] == ("MM", "Nay Pyi Taw")
    got = place_admin("لا شان لنا بهذا الأمر، وقال تشين إن مون سيصل غدا.")
    assert all(country != "MM" for country, _, _ in got.values())
    assert place_admin("اندلعت اشتباكات في ترهونة جنوب شرق طرابلس.")["ترهونة"][:2] == ("LY", "Al Marqab")
