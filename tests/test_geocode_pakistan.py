"""Pakistan's provinces, its cities and the districts conflict news names, and more Afghan
spellings, are in the embedded gazetteer: a report placed in كويتا or شمال وزيرستان gets its
admin1; names that are also common words (السند، خيبر، كرم) need their unit word."""

from __future__ import annotations

from reading import place_admin

_places = place_admin


def test_pakistani_cities_give_their_province() -> None:
    got = _places("انفجرت عبوة ناسفة في مدينة كويتا، وقتل شرطيان في بيشاور، واعتقلت الشرطة "
                  "مشتبها به في كراتشي، فيما شددت السلطات الإجراءات الأمنية في لاهور وإسلام آباد.")
    assert got["مدينة كويتا"] == ("PK", "Balochistan", 1)
    assert got["بيشاور"] == ("PK", "Khyber Pakhtunkhwa", 1)
    assert got["كراتشي"] == ("PK", "Sindh", 1)
    assert got["لاهور"] == ("PK", "Punjab", 1)
    assert got["إسلام آباد"][:2] == ("PK", "Islamabad")


def test_pakistani_provinces_and_tribal_districts() -> None:
    got = _places("شن الجيش الباكستاني غارات على مخابئ مسلحين في شمال وزيرستان، وقتل جنود في "
                  "منطقة باجور وفي وادي سوات بإقليم خيبر بختونخوا، وهاجم انفصاليون قافلة في بلوشستان.")
    assert got["شمال وزيرستان"][:2] == ("PK", "Khyber Pakhtunkhwa")
    assert got["منطقة باجور"][:2] == ("PK", "Khyber Pakhtunkhwa")
    assert got["وادي سوات"][:2] == ("PK", "Khyber Pakhtunkhwa")
    assert got["إقليم خيبر بختونخوا"] == ("PK", "Khyber Pakhtunkhwa", 3)
    assert got["بلوشستان"] == ("PK", "Balochistan", 3)


def test_words_named_like_pakistani_units_need_the_unit_word() -> None:
    got = _places("قدم المحامي السند القانوني للمحكمة، وتحدث الخطيب عن غزوة خيبر وعن كرم الضيافة.")
    assert all(country != "PK" for country, _, _ in got.values())
    got = _places("اندلعت اشتباكات قبلية في منطقة كرم، وأغلقت السلطات الطرق في إقليم السند.")
    assert got["منطقة كرم"][:2] == ("PK", "Khyber Pakhtunkhwa")
    assert got["إقليم السند"] == ("PK", "Sindh", 3)


def test_more_afghan_spellings_and_towns() -> None:
    got = _places("قتل مدنيون في ولاية نانجارهار، وهاجمت طالبان نقطة تفتيش في ساريبول، "
                  "ووقع انفجار في مدينة جلال آباد وآخر في لشكر كاه.")
    assert got["ولاية نانجارهار"] == ("AF", "Nangarhar", 3)
    assert got["ساريبول"][:2] == ("AF", "Sar-e Pol")
    assert got["مدينة جلال آباد"] == ("AF", "Nangarhar", 1)
    assert got["لشكر كاه"] == ("AF", "Helmand", 1)


def test_punjab_is_pakistans_or_indias_by_the_articles_country() -> None:
    got = _places("أعلنت الشرطة الباكستانية اعتقال خمسة مشتبه بهم في إقليم البنجاب شرق باكستان، "
                  "بعد هجوم على مركز للشرطة قرب لاهور.")
    assert got["إقليم البنجاب"][:2] == ("PK", "Punjab")
    got = _places("قالت الشرطة الهندية إن مسلحين هاجموا مركزا للشرطة في البنجاب شمالي الهند، "
                  "وقتلوا ثلاثة من عناصرها، فيما دعت نيودلهي إلى الهدوء.")
    assert got["البنجاب"][0] == "IN"


def test_the_swat_police_team_is_no_place() -> None:
    got = _places("حاصرت قوات سوات التابعة للشرطة الأمريكية منزل المشتبه به في ولاية تكساس.")
    assert all(country != "PK" for country, _, _ in got.values())
    got = _places("قتل جنديان في هجوم على نقطة تفتيش في وادي سوات شمال غربي باكستان.")
    assert got["وادي سوات"][:2] == ("PK", "Khyber Pakhtunkhwa")
