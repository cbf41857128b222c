# ruff: noqa: S101 -- pytest speaks through assert
"""Comparing two names: score, decision and reasons a moderator can read."""

from __future__ import annotations

import pytest

from undersigned.matching import compare, parse_line


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Journalists’ Club Asparez", "Journalists’ Club “Asparez”"),
        ("Journalists’ Club Asparez", "“Asparez” Journalists Club”"),
        ("Journalists’ Club Asparez", "«Ասպարեզ» լրագրողների ակումբ"),
        ("Journalists’ Club Asparez", "Клуб журналистов «Аспарез»"),
        ("Helsinki Citizens’ Assembly-Vanadzor", "Helsinki Citizens’ Assembly–Vanadzor"),
        ("Union of Informed Citizens", "Informed Citizens Union NGO"),
        (
            "Georgian Young Lawyers’ Association – Tamar Khidasheli",
            "Georgian Young Lawyers Association",
        ),
        ("Civil Development Agency, CiDA (Georgia);", "Civil Development Agency"),
        ("Women Support Cenre", "Women support center NGO"),
        ("“Centre of Economic Right” NGO", "NGO Centre of Economic Right"),
        ("“Khazer” Ecological and Cultural NGO", "Khazer NGO"),
        ("Dalma-Sona Fund", "Dalma Sona Foundation"),
        ("Правозащитный центр «Мемориал»", "Human Rights Centre “Memorial”"),
        ("EcoLur Informational NGO", "Eco Lur Informational NGO"),
        ("Non-discrimination and Equality Coalition", "Nondiscrimination and Equality Coalition"),
        ("GYLA – Ana Abashidze", "Georgian Young Lawyers’ Association (GYLA)"),
        ("IDFI", "ინფორმაციის თავისუფლების განვითარების ინსტიტუტი (IDFI)"),
        ("PINK Armenia", "Public Information and Need of Knowledge (PINK Armenia)"),
        (
            "Human Rights Education and Monitoring Center (EMC)",
            "ადამიანის უფლებების სწავლებისა და მონიტორინგის ცენტრი (EMC)",
        ),
        ("Georgian Young Lawyers’ Association", "საქართველოს ახალგაზრდა იურისტთა ასოციაცია"),
        ("Journalists’ Club Asparez", "Journalists’ Club Asparez of Armenia"),
        ("Комитет «Гражданское содействие»", "Civic Assistance Committee"),
        ("Харківська правозахисна група", "Kharkiv Human Rights Protection Group"),
        ("Харьковская правозащитная группа", "Kharkiv Human Rights Protection Group (KHPG)"),
        ("Центр гражданских свобод (Украина)", "Центр громадянських свобод"),
        ("Правозащитный центр «Вясна»", "Human Rights Centre “Viasna”"),
        ("ARTICLE 19", "Article 19: Global Campaign for Free Expression"),
        ("CIVICUS", "CIVICUS: World Alliance for Citizen Participation"),
        ("Netgazeti", "Netgazeti.ge"),
        ("Fund “Sukhumi”", "Cultural-Humanitarian Fund “Sukhumi”"),
        (
            "International Center on Conflict and Negotiation (ICCN)",
            "Международный центр по конфликтам и переговорам",
        ),
    ],
)
def test_variants_of_one_organization_are_the_same(a, b):
    comparison = compare(a, b)
    assert comparison.decision == "same", comparison.reasons
    assert comparison.score >= 0.9


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Women’s Rights Center NGO", "Women’s Resource Center"),
        ("Consumers Support Center NGO", "Consumers’ Consulting Center NGO"),
        ("Helsinki Citizens’ Assembly", "Helsinki Citizens’ Assembly – Vanadzor"),
        ("Resource Center for Women’s Empowerment NGO", "Women’s Empowerment Center NGO"),
        ("Martuni Wonen’ s Community Counsil NGO", "Martuni Community Development Center NGO"),
        ("Road Traffic Safety and Control", "Safe traffic"),
        ("Human Rights House Yerevan", "Human Rights House Tbilisi"),
        ("Helsinki Citizens Assembly (Armenia)", "Helsinki Citizens Assembly (Georgia)"),
        ("School No 5", "School No 6"),
        ("Civic Voice", "Citizen's Voice"),
        ("Правозащитный центр «Мемориал»", "Международное общество «Мемориал»"),
        ("Satar NGO", "Satar Foundation"),
        ("Khazer NGO", "Khazar NGO"),
        ("Armenian Lawyers’ Association", "Armenian Young Lawyers’ Association"),
        (
            "«Հայաստանի իրավաբանների ասոցիացիա» ՀԿ",
            "«Հայաստանի երիտասարդ իրավաբանների ասոցիացիա» ՀԿ",
        ),
        ("Youth Initiative Center Gyumri", "Youth Initiative Center Vanadzor"),
        ("Open Society Foundations", "Open Society Foundations – Armenia"),
        ("Transparency International", "Transparency International Georgia"),
        ("Institute of Public Policy", "Institute for Public Policy Armenia"),
        ("HRC", "Human Rights Center"),
        ("Norwegian Helsinki Committee (NHC)", "Netherlands Helsinki Committee"),
    ],
)
def test_look_alike_organizations_are_never_the_same(a, b):
    comparison = compare(a, b)
    assert comparison.decision != "same", comparison.reasons


def test_a_score_comes_with_readable_reasons():
    comparison = compare("Women’s Rights Center NGO", "Women’s Resource Center")
    assert comparison.decision == "different"
    assert 0.0 <= comparison.score < 0.7
    assert any("right" in reason for reason in comparison.reasons)
    assert any("resource" in reason for reason in comparison.reasons)


def test_a_place_qualifier_in_one_name_only_goes_to_review():
    comparison = compare("Helsinki Citizens’ Assembly", "Helsinki Citizens’ Assembly – Vanadzor")
    assert comparison.decision == "review"
    assert any("vanadzor" in reason for reason in comparison.reasons)


def test_different_acronyms_mean_different_organizations():
    comparison = compare("Youth Centre (YCA)", "Youth Centre (YCG)")
    assert comparison.decision == "different"
    assert any("acronym" in reason for reason in comparison.reasons)


def test_an_acronym_alone_goes_to_review_unless_the_other_name_declares_it():
    comparison = compare("AIISA", "The Armenian Institute of International and Security Affairs")
    assert comparison.decision == "review"
    comparison = compare(
        "AIISA", "The Armenian Institute of International and Security Affairs (AIISA)"
    )
    assert comparison.decision == "same"
    assert any("acronym" in reason for reason in comparison.reasons)


def test_acronyms_in_different_scripts_do_not_disagree():
    comparison = compare(
        "Georgian Young Lawyers’ Association (GYLA)",
        "საქართველოს ახალგაზრდა იურისტთა ასოციაცია (საია)",
    )
    assert not any("different acronyms" in reason for reason in comparison.reasons)


def test_a_country_named_at_the_end_of_one_name_only():
    same = compare(
        "Freedom of Information Center Asparez", "Freedom of Information Center Asparez Armenia"
    )
    assert same.decision == "same"
    assert any("only names the country" in reason for reason in same.reasons)
    # A body with national chapters, a dash before the country, or only generic words: review.
    for a, b in [
        ("Transparency International", "Transparency International Armenia"),
        ("Asparez Club", "Asparez Club – Armenia"),
        ("Women’s Resource Center", "Women’s Resource Center Armenia"),
    ]:
        assert compare(a, b).decision != "same", (a, b)


def test_comparison_is_symmetric():
    pairs = [
        ("Women Support Cenre", "Women support center NGO"),
        ("“Khazer” Ecological and Cultural NGO", "Khazer NGO"),
        ("Helsinki Citizens’ Assembly", "Helsinki Citizens’ Assembly – Vanadzor"),
    ]
    for a, b in pairs:
        assert compare(a, b).score == compare(b, a).score
        assert compare(a, b).decision == compare(b, a).decision


def test_noise_is_different_from_everything():
    assert compare("Signatories:", "Asparez").decision == "different"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sülh və Demokratiya İnstitutu", "Institute for Peace and Democracy (IPD)"),
        ("Qadın Böhran Mərkəzi", "Women’s Crisis Centre, Baku"),
        ("NİDA Vətəndaş Hərəkatı", "NIDA Civic Movement"),
        ("İnsan Hüquqları Klubu", "Insan Huquqlari Klubu (Bakı)"),
        ("AO „Centrul de Drept al Femeilor”", "Asociaţia Obştească „Centrul de Drept al Femeilor”"),
        ("Asociația Promo-LEX", "Asociatia Obsteasca Promo-LEX"),
        ("Громадянська мережа ОПОРА", "Civil Network OPORA"),
        ("Інститут інформації", "Information Institute"),
        ("Комитет по защите свободы слова", "Committee to Protect Freedom of Speech"),
    ],
)
def test_names_in_romanian_azerbaijani_and_ukrainian_meet_their_translations(a, b):
    assert compare(a, b).decision == "same", compare(a, b).reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Proper names that are also words stay names: «Адилет» is not «Справедливость».
        ("ОО «Справедливость» (Джалал-Абад)", "«Адилет», Бишкек"),
        ("Правозащитное движение «Бир Дуйно Кыргызстан»", "Мир Кыргызстана"),
    ],
)
def test_new_words_do_not_make_names_the_same(a, b):
    assert compare(a, b).decision != "same", compare(a, b).reasons


def test_abbreviations_of_other_languages_are_not_english_words():
    # Kazakh "оф" and "тоо" would read as "of" and "too"; a name is no typing error of a
    # Kazakh word ("Yerkir", "еркін").
    pair = compare("Union of Informed Citizens", "INFORMED CITIZENS UNION NGO")
    assert pair.decision == "same", pair.reasons
    assert compare("Yerkir", "Yerkir Media").decision == "review"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ARTICLE 19 (United Kingdom)", "Article 19"),
        ("Human Rights House Foundation (Norway)", "HRHF – Human Rights House Foundation (Oslo)"),
        ("ОО «Мирный диалог» (Ванадзор)", "Peace Dialogue NGO"),
        ("Комитет по защите свободы слова", "Committee to Protect Freedom of Expression"),
        (
            "Международное общество за честные выборы и демократию (ISFED)",
            "International Society for Fair Elections and Democracy (ISFED)",
        ),
    ],
)
def test_countries_capitals_and_translations_agree(a, b):
    assert compare(a, b).decision == "same", compare(a, b).reasons


@pytest.mark.parametrize(
    ("a", "b", "decision"),
    [
        (
            "Law Development and Protection Foundation",
            "Foundation for Law Development and Protection",
            "same",
        ),
        ("Fund for Armenian Relief", "Armenian Relief Fund", "same"),
        ("Foundation for Armenian Science", "Armenian Science Association", "different"),
        ("Московская Хельсинкская группа", "Московская Хельсинская группа", "same"),
        ("«Зелёная альтернатива»", "Green Alternative", "same"),
        ("Саюз беларускіх пісьменнікаў", "Union of Belarusian Writers", "same"),
        ("European Federation of Journalists", "Европейская федерация журналистов", "same"),
        (
            "Transparency International Anti-Corruption Center",
            "Transparency Int’l Anti-Corruption Center",
            "same",
        ),
    ],
)
def test_word_order_abbreviations_and_more_translations(a, b, decision):
    assert compare(a, b).decision == decision, compare(a, b).reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Aravot Daily", "“Aravot” daily newspaper"),
        ("ОВД-Инфо", "Проект OVD-Info"),
        ("Mtavari Arkhi", "Mtavari Channel"),
        ("Adilsoz", "International Foundation for Protection of Freedom of Speech “Adil Soz”"),
        ("Khazer NGO (Ruzanna Grigoryan, chair)", "“Khazer” Ecological and Cultural NGO"),
        ("Center for Civil Liberties (Nobel Peace Prize 2022)", "Center for Civil Liberties"),
    ],
)
def test_outlets_projects_and_notes_in_brackets(a, b):
    assert compare(a, b).decision == "same", compare(a, b).reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("“Umid” İctimai Birliyi", "ГО «Надія»"),
        ("ОО «Надежда»", "“Hope” NGO"),
        ("“Mir” NGO", "“Sulh” NGO"),
        ("ОФ «Бирлик»", "ОО «Союз»"),
        ("5\tTransparency International\tGeorgia", "Transparency International"),
        ("Liceul Teoretic  Mihai Eminescu", "Liceul Teoretic  Ion Creangă"),
        ("“Viitorul” Institute", "“Future” Institute"),
    ],
)
def test_names_that_only_translate_or_qualify_each_other_are_not_merged(a, b):
    assert compare(a, b).decision != "same", compare(a, b).reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "«Ագաթ» հաշմանդամություն ունեցող կանանց իրավունքների պաշտպանության կենտրոն ՀԿ",
            "«Ագաթ» ՀԿ – Ն. Մարտիրոսյան, նախագահ",
        ),
        ("«Աստղիկ» հաշմանդամ երեխաների ծնողների ասոցիացիա ՀԿ", "Աստղիկ հ/կ"),
    ],
)
def test_armenian_names_that_describe_whom_they_serve_meet_their_short_form(a, b):
    assert compare(a, b).decision == "same", compare(a, b).reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Caucasus Open Space", "„კავკასიის ღია სივრცე“"),
        ("МФ «Адил соз»", "Международный фонд защиты свободы слова «Әділ сөз»"),
        ("Legal Resources Centre from Moldova", "CRJM (Legal Resources Centre from Moldova)"),
    ],
)
def test_spellings_seen_in_the_eleventh_blind_set(a, b):
    assert compare(a, b).decision == "same", compare(a, b).reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("VIASNA (Human Rights Centre)", "Human Rights Centre"),
        ("FEMINA (Women's Public Association)", "Women's Public Association"),
        ("“Dignity”", "“Dignity” Crisis Center"),
        ("“Tanadgoma” Center", "“Tanadgoma” Anti-Trafficking Center"),
        ("Maks Media", "Makh Media"),
    ],
)
def test_names_in_capitals_and_quoted_names_with_a_topic_stay_apart(a, b):
    assert compare(a, b).decision != "same", compare(a, b).reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Комитет солдатских матерей России", "Союз комитетов солдатских матерей России"),
        ("Women’s Resource Center", "Network of Women’s Resource Centers"),
    ],
)
def test_a_body_gathering_others_is_not_one_of_them(a, b):
    assert compare(a, b).decision != "same", compare(a, b).reasons


def test_an_office_of_a_body_is_still_that_body():
    pair = compare(
        "Helsinki Citizens’ Assembly – Vanadzor", "Helsinki Citizens’ Assembly Vanadzor Office"
    )
    assert pair.decision == "same", pair.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Institute for Reporters’ Freedom and Safety (IRFS)",
            "Jurnalistlərin Azadlığı və Təhlükəsizliyi İnstitutu (JATİ)",
        ),
        (
            "Centrul de Resurse Juridice din Moldova (CRJM)",
            "Legal Resources Centre from Moldova (LRCM)",
        ),
        (
            "Centrul Național de Prevenire a Abuzului față de Copii (CNPAC)",
            "National Center for Child Abuse Prevention (NCCAP)",
        ),
    ],
)
def test_acronyms_that_each_spell_their_own_name_in_its_language_do_not_disagree(a, b):
    assert compare(a, b).decision == "same"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Center for Rights Development (CRD)", "Center for Rights and Development (CFRD)"),
        ("Women's Rights Center (WRC)", "Women's Resource Center (WRCA)"),
    ],
)
def test_acronyms_that_differ_in_one_language_keep_names_apart(a, b):
    assert compare(a, b).decision == "different"


def test_a_person_in_brackets_after_a_name_is_left_out_whatever_the_surname():
    assert compare(
        "Media Rights Institute", "Media Huquqlari Institutu (Rashid Hajili)"
    ).decision == ("same")
    assert (
        parse_line("Media Huquqlari Institutu (Rashid Hajili)").name == "Media Huquqlari Institutu"
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("8) Armenian Caritas Benevolent NGO", "56) Caritas Armenia"),
        ("For Sustainable Human Development Association", "For Sustainable Human Development NGO"),
        ("«Հույսի կամուրջ» ՀԿ", "Bridge of Hope NGO"),
    ],
)
def test_a_word_said_twice_or_an_association_as_the_legal_form_keeps_names_one(a, b):
    assert compare(a, b).decision == "same"


def test_an_association_is_not_a_union():
    assert compare("Women's Association", "Women's Union NGO").decision != "same"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Human Rights Center (HRC), Tbilisi", "İnsan Hüquqları Mərkəzi (İHM)"),
        ("Centrul pentru Drepturile Omului (CDO)", "Human Rights Centre (HRC)"),
        ("Women's Resource Center (WRC)", "Centrul de Resurse pentru Femei (CRF)"),
        ("Center for Civil Liberties (CCL)", "Civil Freedoms Centre (CFC)"),
        (
            "Human Rights Center of Azerbaijan (HRCA)",
            "Azərbaycan İnsan Hüquqlarını Müdafiə Mərkəzi (AİHMM)",
        ),
    ],
)
def test_generic_names_in_translation_with_their_own_acronyms_stay_apart(a, b):
    assert compare(a, b).decision == "different"


def test_a_region_is_no_surname():
    assert parse_line("Kvemo Kartli").kind != "person"
    assert parse_line("Human Rights Club – Elnur Məmmədli, sədr").representative


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Women for Women Foundation", "Women's Foundation"),
        ("Youth for Youth NGO", "Youth NGO"),
        ("Lawyers for Lawyers", "Lawyers NGO"),
        ("Armenian Caritas Benevolent NGO", "Armenian Charity NGO"),
        ("Eurasian Network of People who Use Drugs", "Asian Network of People who Use Drugs"),
    ],
)
def test_a_word_named_twice_on_purpose_or_another_region_tells_names_apart(a, b):
    assert compare(a, b).decision == "different"


def test_an_association_of_a_few_words_may_gather_their_ngos():
    assert (
        compare(
            "Association of Investigative Journalists", "Investigative Journalists NGO"
        ).decision
        != "same"
    )


def test_an_english_silent_e_is_no_difference_across_scripts():
    assert compare("«Սոցիոսկոպ» ՀԿ", "Socioscope NGO").decision == "same"


@pytest.mark.parametrize(
    ("a", "b", "decision"),
    [
        # A foundation is no association, whatever the rest agrees on.
        (
            "Хельсинкский фонд по правам человека (Польша)",
            "“Հելսինկյան ասոցիացիա” իրավապաշտպան ՀԿ",
            "review",
        ),
        # Kinds that one language names where another names the other.
        ("Sose Women Fund", "Sose Women Foundation", "same"),
        ("Eurasia Partnership Foundation", "Фонд «Евразийское партнерство»", "same"),
    ],
)
def test_different_kinds_of_body_keep_two_names_from_a_merge(a, b, decision):
    assert compare(a, b).decision == decision
