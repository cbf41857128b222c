# ruff: noqa: S101 -- pytest speaks through assert
"""One line of a list: organization, person or noise, with its cleaned name and evidence."""

from __future__ import annotations

import pytest

from undersigned.matching import clean_name, parse_line


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("1. Yerevan Press Club;", "Yerevan Press Club"),
        ("12) Women’s Resource Center,", "Women’s Resource Center"),
        ("• Goris Press Club NGO", "Goris Press Club NGO"),
        ("- Peace Dialogue NGO.", "Peace Dialogue NGO"),
        ("(3) Tumanyan Law Firm", "Tumanyan Law Firm"),
        (
            "‘Artsvabuyn Zeytun” compatriotic union n.g.o.",
            "“Artsvabuyn Zeytun” compatriotic union n.g.o.",
        ),
        ("100 “Friends” Club", "“Friends” Club"),
        ("Article 42 of the Constitution", "Article 42 of the Constitution"),
    ],
)
def test_numbering_bullets_and_trailing_separators_are_stripped(raw, name):
    assert clean_name(raw) == name


def test_a_copy_paste_garble_with_a_repeated_tail_is_repaired():
    raw = "PRKUTYU center of disabled children and young peopleRKUTYUN"
    assert clean_name(raw) == "PRKUTYUN center of disabled children and young people"


def test_cleaning_runs_until_nothing_changes():
    assert clean_name("A);") == clean_name(clean_name("A);")) == ""
    assert clean_name("3. Yerevan Press Club Club;") == "Yerevan Press Club"


def test_a_tail_repeating_the_first_words_is_dropped():
    assert clean_name("Open Society Foundations Open Society") == "Open Society Foundations"


def test_a_name_typed_twice_on_its_line_is_one_name():
    assert clean_name("Unison ngo; Unison ngo") == "Unison ngo"
    assert clean_name("Asparez; Asparez;") == "Asparez"
    # Only the whole name typed twice: a longer name holding it is another.
    assert clean_name("Press, Press") == "Press, Press"
    for raw in [
        "Helsinki Committee; Armenian Helsinki Committee",
        "Press Club, Yerevan Press Club",
    ]:
        assert clean_name(raw) == raw


def test_a_word_pasted_twice_at_the_end_is_dropped():
    assert clean_name("Yerevan Press Club Club") == "Yerevan Press Club"
    assert (
        clean_name("Protection of Rights without Borders NGO Borders")
        == "Protection of Rights without Borders NGO"
    )
    assert clean_name("Club Club") == "Club Club"  # too short to tell


def test_a_heading_before_a_colon_is_dropped_and_a_subtitle_is_only_description():
    assert parse_line("Signed by: Transparency International").name == "Transparency International"
    civicus = parse_line("CIVICUS: World Alliance for Citizen Participation")
    assert civicus.kind == "org"
    assert civicus.name == "CIVICUS: World Alliance for Citizen Participation"
    assert civicus.key == "civicus"
    # A generic word before the colon is not a name of its own.
    assert parse_line("Women: Rights and Dignity").key == "dignity right women"


def test_a_former_name_in_brackets_is_left_out_of_the_matching_words():
    line = parse_line("Social Justice Centre (former EMC);")
    assert line.key == parse_line("Social Justice Center").key
    assert line.acronym is None


def test_a_legitimate_camel_case_name_is_left_alone():
    assert clean_name("EcoLur Informational NGO") == "EcoLur Informational NGO"
    assert clean_name("OxYGen Foundation") == "OxYGen Foundation"


@pytest.mark.parametrize(
    "raw",
    [
        "Signatories:",
        "Signed by:",
        "Related Posts:",
        "The statement is open for others to join",
        "To sign the appeal, please send the name of your organization to appeal@example.am",
        "Page 1 of 2",
        "Ստորագրողներ՝",
        "Подписали:",
        "Список открыт для присоединения.",
        "Statement on the Azerbaijani offensive against Artsakh",
        "27.09.2020",
        "https://example.org/statement",
        "B",
        "Armenia",
        "Organizations from Georgia",
        "and others",
        "Մենք դատապարտում ենք Ադրբեջանի ագրեսիան և կոչ ենք անում միջազգային հանրությանը։",
        "Мы осуждаем агрессию и призываем международное сообщество принять меры.",
        "",
        "   ",
        "***",
        "Yerevan, 14 February 2023",
        "Երևան, 3 մարտի 2023 թ.",
        "Posted on 16 May 2024 by admin",
        "*List updated on 20 May 2024",
        "Список обновлён 3 марта.",
        "Home » News » Statements",
        "Tags: civil society, Georgia, joint statement",
        "Like Loading...",
        "2d  Like  Reply",
        "12h Like Reply",
        "Leave a comment",
        "Совместное заявление правозащитных организаций России, Беларуси и Украины",
        "Հայաստանի քաղաքացիական հասարակության կազմակերպությունների համատեղ հայտարարություն",
        "Organisations are listed in alphabetical order; additional signatories in the order "
        "received.",
        "The list is being updated. Last update: 9 April 2024, 18:00",
        "25 November 2022 – International Day for the Elimination of Violence against Women",
        "#RatifyIstanbulConvention #16DaysOfActivism",
        "Share on Facebook",
        "Share this article",
        "© 2024 Coalition. All rights reserved",
        "« Previous post: Statement on the attack on the office of Transparency International",
        "To: the Government of the Republic of Armenia; the European Bank for Reconstruction",
        "Contact for media: info@example.org",
        "CSOs demand transparent selection of members of the Supreme Judicial Council",
        "Journalists are not the enemy: joint statement on violence against media workers",
        "International organizations",
        "Individuals (in personal capacity)",
    ],
)
def test_headings_notes_and_page_chrome_are_noise(raw):
    assert parse_line(raw).kind == "noise"


@pytest.mark.parametrize(
    "raw",
    [
        "Anna Hakobyan",
        "Nino Lomjaria",
        "Ketevan Chachava, journalist",
        "Dr. Arman Tatoyan",
        "Artur Sargsyan – human rights defender",
        "Levan Abashidze – journalist, Batumi",
        "Наталья Лебедева — психолог, Москва",
        "Արմեն Հակոբյան – իրավաբան",
        "к.ю.н. Пётр Сидоров, правозащитник",
        "Giorgi Kapanadze, researcher",
    ],
)
def test_individual_signatories_are_people(raw):
    assert parse_line(raw).kind == "person"


@pytest.mark.parametrize(
    "raw",
    [
        "Tumanyan Law Firm",
        "Safe traffic",
        "Driver’s friend",
        "Unison NGO",
        "Satar NGO",
        "Bankwatch Romania",
        "ARTICLE 19",
        "Civil.ge",
        "Rights Georgia",
        "PRKUTYUN center of disabled children and young people",
    ],
)
def test_short_organization_names_are_not_taken_for_people(raw):
    assert parse_line(raw).kind == "org"


def test_an_organization_and_its_representative_are_split():
    line = parse_line("Georgian Young Lawyers’ Association – Tamar Khidasheli")
    assert line.kind == "org"
    assert line.name == "Georgian Young Lawyers’ Association"
    assert line.representative == "Tamar Khidasheli"


def test_a_place_after_a_dash_is_part_of_the_name_not_a_representative():
    line = parse_line("Helsinki Citizens’ Assembly – Vanadzor")
    assert line.representative is None
    assert "vanadzor" in line.key


def test_acronyms_and_country_qualifiers_are_taken_as_evidence():
    line = parse_line("Civil Development Agency, CiDA (Georgia);")
    assert line.acronym == "CiDA"
    assert line.country == "georgia"
    assert line.key == "agency civil development"
    assert parse_line("ISFED – International Society for Fair Elections and Democracy").acronym == (
        "ISFED"
    )
    assert parse_line(
        "The Armenian Institute of International and Security Affairs (AIISA)"
    ).acronym == ("AIISA")


def test_legal_forms_are_kept_aside_as_weak_evidence():
    for raw in ["Asparez NGO", "«Ասպարեզ» ՀԿ", "ОО «Аспарез»", "NGO Asparez", "Asparez n.g.o."]:
        line = parse_line(raw)
        assert line.key == "asparez", raw
        assert line.match is not None
        assert line.match.forms == {"ngo"}, raw


def test_a_legal_form_word_that_heads_the_name_stays_a_name_word():
    assert "fund" in parse_line("Fund for Armenian Relief").key


def test_the_matching_key_ignores_word_order_quotes_and_plurals():
    assert parse_line("Union of Informed Citizens").key == parse_line("Informed Citizen Union").key
    assert parse_line("“Centre of Economic Right” NGO").key == (
        parse_line("NGO Centre of Economic Rights").key
    )


@pytest.mark.parametrize(
    ("raw", "name", "country", "representative"),
    [
        (
            "12   Union of Informed Citizens NGO   Armenia   Daniel Ioannisyan",
            "Union of Informed Citizens NGO (Armenia)",
            "armenia",
            "Daniel Ioannisyan",
        ),
        ("3\tGYLA\tTbilisi, Georgia", "GYLA (Tbilisi, Georgia)", "tbilisi georgia", None),
        (
            "20   Belarusian Helsinki Committee   Belarus / Lithuania",
            "Belarusian Helsinki Committee (Belarus / Lithuania)",
            "belarus lithuania",
            None,
        ),
        # A form's export, its columns set apart by bars or by runs of spaces.
        ("ISFED | Georgia | Tamar Beridze", "ISFED (Georgia)", "georgia", "Tamar Beridze"),
        (
            "Union of Informed Citizens NGO      Armenia      D. Ioannisyan",
            "Union of Informed Citizens NGO (Armenia)",
            "armenia",
            "D. Ioannisyan",
        ),
        (
            "Society Without Violence | Armenia | Anna Sargsyan, program manager",
            "Society Without Violence (Armenia)",
            "armenia",
            "Anna Sargsyan, program manager",
        ),
    ],
)
def test_a_row_of_a_table_reads_as_a_line_of_a_list(raw, name, country, representative):
    line = parse_line(raw)
    assert (line.kind, line.name, line.country) == ("org", name, country)
    assert line.representative == representative
    assert parse_line(raw).raw == raw


@pytest.mark.parametrize(
    "raw",
    ["Women’s  Resource  Center", "Peace Dialogue NGO  (Vanadzor)", "Friends  of  Nature"],
)
def test_spaces_typed_twice_inside_a_name_are_only_spaces(raw):
    assert parse_line(raw).name == " ".join(raw.split())


@pytest.mark.parametrize(
    "raw",
    [
        "Home | News | Statements | Contact",
        "Share | Print",
        "Asparez | Ասպարեզ",
        "Organization name | Country | Contact person",
        "2 | P a g e",
    ],
)
def test_bars_between_other_words_make_no_table_row(raw):
    line = parse_line(raw)
    assert "(" not in line.name and line.representative is None


@pytest.mark.parametrize(
    "raw",
    [
        "individual | Armenia | Lilit Sargsyan, independent election observer",
        "—      Georgia      Davit Abashidze, lawyer (personal capacity)",
        "-\tArmenia\tAnna Petrosyan",
    ],
)
def test_a_row_where_no_organization_signs_is_the_person(raw):
    line = parse_line(raw)
    assert line.kind == "person"
    assert line.name.startswith(("Lilit Sargsyan", "Davit Abashidze", "Anna Petrosyan"))


def test_a_person_in_a_table_row_is_a_person():
    assert parse_line("6\tAnna Petrenko\tUkraine").kind == "person"


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("Toplum TV (toplum.tv)", ("toplum", "television")),
        ("Hetq (www.hetq.am)", ("hetq",)),
        ("AbzasMedia (https://abzas.net/)", ("abzasmedia",)),
    ],
)
def test_a_website_in_brackets_is_left_out(raw, words):
    line = parse_line(raw)
    assert line.kind == "org"
    assert line.match is not None and line.match.words == words


@pytest.mark.parametrize("raw", ["www.civilnet.am/news/123", "see www.hrw.org", "info@ypc.am"])
def test_an_address_alone_is_noise(raw):
    assert parse_line(raw).kind == "noise"


@pytest.mark.parametrize(
    ("raw", "country"),
    [
        ("Promo-LEX (Republic of Moldova)", "moldova"),
        ("People in Need (Czech Republic)", "czechia"),
        ("Bir Duino Kyrgyzstan (Kyrgyz Republic)", "kyrgyzstan"),
        ("KIBHR, Kazakstan", "kazakhstan"),
        ("Диалог мира, г. Ванадзор", "vanadzor"),
    ],
)
def test_countries_and_towns_are_read_however_they_are_written(raw, country):
    assert parse_line(raw).country == country


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("ОО «Правовая клиника «Адилет»»", "ОО Правовая клиника “Адилет”"),
        (
            "ОФ «Международный фонд защиты свободы слова «Адил соз»",
            "ОФ Международный фонд защиты свободы слова “Адил соз”",
        ),
        ("«Мемориал» и «Голос»", "“Мемориал” и “Голос”"),
    ],
)
def test_the_innermost_quotation_is_the_name(raw, name):
    assert clean_name(raw) == name
    assert clean_name(name) == name


@pytest.mark.parametrize(
    "raw",
    [
        "Skip to content",
        "Leave a Reply Cancel reply",
        "Accept   Privacy policy",
        "Enter your email address   Subscribe",
        "Showing 1 to 53 of 53 entries",
        "Download the statement (PDF, 210 KB)",
        "No.   Organization   Country   Contact person",
        "OPEN LETTER",
        "APEL PUBLIC",
        "Էջ 2 / 2",
        "გვერდი 2 / 2",
        "Pagina 2 din 2",
        "April 18, 2024 at 9:14 pm",
        "Chișinău, 3 mai 2021",
        "Київ, 21 квітня 2022 р.",
        "of civil society organizations from the regions of Armenia on the draft law",
        "о недопустимости преследования гражданских активистов и журналистов",
        "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ",
        "EaP CSF Statement on the persecution of independent journalists in Azerbaijan",
        "ՔԱՂԱՔԱՑԻԱԿԱՆ ՀԱՍԱՐԱԿՈՒԹՅԱՆ ԿԱԶՄԱԿԵՐՊՈՒԹՅՈՒՆՆԵՐԻ ՀԱՅՏԱՐԱՐՈՒԹՅՈՒՆԸ",
        "Edit 20.07: added the signatures from the form",
        "Edit: fixed the names, sorry for the typos",
        "UPD: список дополнен",
        "ՍՏՈՐԱԳՐԵՔ / SIGN ON!!!",
        "Organization name / Կազմակերպության անվանումը",
        "Опыт России, Казахстана, Кыргызстана и других стран показывает, что подобные законы"
        " используются для стигматизации и ликвидации независимых НКО и СМИ.",
    ],
)
def test_more_page_furniture_titles_and_dates_are_noise(raw):
    assert parse_line(raw).kind == "noise"


@pytest.mark.parametrize(
    "raw",
    [
        "Open Society Foundations",
        "Public Journalism Club",
        "Organization for Security and Co-operation in Europe",
        "8. ა(ა)იპ „პარტნიორობა ადამიანის უფლებებისთვის“",
        "Individual Rights Center",
        "Hetq Online, journalists",
        "Editorial Board of Hetq",
        "Yes! Youth Initiative",
        "Center for Rights, Freedom and Development of Civil Society, Youth and Children NGO",
        "2. Межрегиональная общественная организация содействия защите прав человека и"
        " гражданских свобод «Правовая инициатива», г. Москва, Россия.",
        "Upd: + Goris Press Club",
        "PS: late signature: Yerevan Press Club",
        "UPDATE Armenia: Center for Civic Initiatives",
        "NO to Violence!!",
        "tvyal hraparak, journalist",
    ],
)
def test_names_near_those_rules_stay_organizations(raw):
    assert parse_line(raw).kind == "org"


@pytest.mark.parametrize(
    "raw",
    [
        "Vladislav Gribincea, jurist",
        "Nadejda Hriptievschi, expert independent",
        "Anar Məmmədli, human rights defender",
        "Sevinc Osmanqızı, journalist (USA)",
        "Евгений Жовтис, правозащитник (Алматы)",
        "Азамат Касымов, журналист (Бишкек)",
        "48   Gulnara Bekova (individual), Kyrgyzstan",
        "46   Arzu Geybulla   Azerbaijan   journalist",
        "lilit hakobyan, psychologist, Vanadzor",
    ],
)
def test_a_person_with_a_profession_is_a_person_whatever_the_name(raw):
    assert parse_line(raw).kind == "person"


@pytest.mark.parametrize(
    ("raw", "acronym", "words"),
    [
        ("MIC (Media Initiatives Center)", "MIC", ("media", "initiative", "center")),
        ("– МХГ (Московская Хельсинкская группа)", "МХГ", ("moscow", "helsinki", "group")),
    ],
)
def test_an_acronym_followed_by_its_name_in_brackets_is_read_as_that_name(raw, acronym, words):
    line = parse_line(raw)
    assert line.acronym == acronym
    assert line.match is not None and line.match.words == words


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (
            "«Ասպարեզ» լրագրողների ակումբ (Journalists’ Club Asparez)",
            ("asparez", "journalist", "club"),
        ),
        (
            "Human Rights House Tbilisi (member of the Human Rights House Network)",
            ("human", "right", "house", "tbilisi"),
        ),
        ("Hetq (Investigative Journalists)", ("hetq", "investigation", "journalist")),
    ],
)
def test_a_translation_or_a_note_in_brackets_is_not_matched_on(raw, words):
    line = parse_line(raw)
    assert line.match is not None and line.match.words == words


@pytest.mark.parametrize("raw", ["Էջ 2", "Page 3", "Organization — Town"])
def test_a_page_label_or_a_table_heading_alone_is_noise(raw):
    assert parse_line(raw).kind == "noise"


def test_the_united_states_is_a_country():
    assert parse_line("Committee to Protect Journalists (United States)").country == "usa"


@pytest.mark.parametrize(
    "raw",
    [
        "Nadiya Kovalenko",
        "Azad Isazade",
        "Umid Niyazov",
        "Надія Коваленко, журналістка",
        "5\tNadiya Kovalenko\tUkraine\tjournalist",
    ],
)
def test_given_names_that_are_also_words_are_people(raw):
    assert parse_line(raw).kind == "person"


@pytest.mark.parametrize(
    "raw",
    [
        "al-Farabi Kazakh National University",
        "de facto Center for Civic Education in Georgia",
        "CONTACT",
        "Main Contact",
        "Person to Person",
        "Kylym Shamy, independent",
        "Liceul Teoretic Mihai Eminescu",
    ],
)
def test_names_like_page_furniture_titles_or_people_stay_organizations(raw):
    assert parse_line(raw).kind == "org"


def test_a_role_after_a_contact_person_is_the_persons():
    line = parse_line("Hetq Online\tArmenia\tEdik Baghdasaryan\tjournalist")
    assert (line.kind, line.name) == ("org", "Hetq Online (Armenia)")
    assert line.representative == "Edik Baghdasaryan, journalist"
    assert parse_line(line.name).kind == "org"


@pytest.mark.parametrize("raw", ["Armen Media", "Azad Media", "Nadezhda Moldova"])
def test_a_given_name_before_an_organization_word_is_an_organization(raw):
    assert parse_line(raw).kind == "org"


@pytest.mark.parametrize(
    ("raw", "country", "words"),
    [
        ("Kylym Shamy (г. Бишкек)", "bishkek", ("kylym", "shamy")),
        ("Адилет (Legal Clinic)", None, ("adilet", "legal", "clinic")),
    ],
)
def test_a_town_or_a_description_in_another_script_is_no_translation(raw, country, words):
    line = parse_line(raw)
    assert line.country == country
    assert line.match is not None and line.match.words == words


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("74. Armenian Progressive Youth NGOArmenian Progr", "Armenian Progressive Youth NGO"),
        ("Public Journalism ClubJournalism Club", "Public Journalism Club"),
    ],
)
def test_a_name_pasted_again_after_capitals_is_repaired(raw, name):
    assert clean_name(raw) == name


@pytest.mark.parametrize("raw", ["Երևան, 2019թ. մայիսի 24", "3 դեկտեմբերի, 2020թ.", "2 | P a g e"])
def test_armenian_dates_and_spaced_page_labels_are_noise(raw):
    assert parse_line(raw).kind == "noise"


@pytest.mark.parametrize(
    "raw",
    [
        "on the Amulsar Gold Mine Project",
        "privind proiectul Legii cu privire la accesul la informațiile de interes public",
        "щодо незаконно утримуваних Російською Федерацією цивільних громадян",
    ],
)
def test_the_second_line_of_a_title_is_noise(raw):
    assert parse_line(raw).kind == "noise"


def test_a_name_pasted_again_after_its_legal_form_is_dropped():
    assert clean_name("Armenian Progressive Youth NGOProgressive Youth") == (
        "Armenian Progressive Youth NGO"
    )


def test_a_person_in_personal_capacity_cleans_to_the_same_name_twice():
    first = parse_line("Narine G. (individual)")
    assert first.kind == "person"
    assert parse_line(first.name).name == first.name


@pytest.mark.parametrize("raw", ["Like Minded Foundation", "Share the Road NGO"])
def test_a_name_starting_with_a_word_of_page_chrome_stays_a_name(raw):
    assert parse_line(raw).kind == "org"
    assert parse_line("Share | Print").kind == "noise"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("On behalf of Bridge of Hope NGO, we sign the statement.", "Bridge of Hope NGO"),
        ("On behalf of the Women's Support Center, we join.", "Women’s Support Center"),
        ("We at Pyunik are happy to join.", "Pyunik"),
        ("Yes, count us in – Mission Armenia", "Mission Armenia"),
        ("Bridge of Hope – yes, we confirm our signature (re: your reminder).", "Bridge of Hope"),
        ("Please add the Armenian Association of the Blind.", "Armenian Association of the Blind"),
        (
            "Please sign us in: Partnership for Human Rights (PHR)",
            "Partnership for Human Rights (PHR)",
        ),
        ("+1 from Women's Resource Center Armenia", "Women’s Resource Center Armenia"),
        ("We join from Baku – Nefes LGBT Alliance", "Nefes LGBT Alliance – Baku"),
        ("Georgian Democracy Initiative (GDI) – we join", "Georgian Democracy Initiative (GDI)"),
        ("Pink Armenia joins! Solidarity from Yerevan 🏳️‍🌈", "Pink Armenia"),
        ("Hi! Disability Info NGO joins. Good luck with the statement!", "Disability Info NGO"),
        (
            "Dear all, the Armenian Caritas Benevolent NGO supports the statement.",
            "Armenian Caritas Benevolent NGO",
        ),
        (
            "Mission Armenia Charitable NGO also signs (sorry if we replied twice)",
            "Mission Armenia Charitable NGO",
        ),
        ("Բարև Ձեզ, «Ագաթ» ՀԿ-ն միանում է հայտարարությանը։", "“Ագաթ” ՀԿ"),
        ("Միանում ենք՝ Կանանց ռեսուրսային կենտրոն ՀԿ", "Կանանց ռեսուրսային կենտրոն ՀԿ"),
        ("ვუერთდებით – ადამიანის უფლებათა ცენტრი", "ადამიანის უფლებათა ცენტრი"),
        ("საფარი უერთდება ✊", "საფარი"),
    ],
)
def test_a_sign_on_written_as_a_sentence_is_the_name_it_carries(raw, name):
    line = parse_line(raw)
    assert (line.kind, line.name) == ("org", name)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("The Armenian Institute of International and Security Affairs", None),
        ("Sign Language Center", None),
        ("Join Us Foundation", None),
        ("Best Friends Foundation", None),
        ("Traffic and Road Signs (Armenia)", None),
        ("Goris Press Club joins (Syunik)", None),  # a place in brackets is kept
        ("On behalf of myself, I sign", "On behalf of myself, I sign"),
    ],
)
def test_names_with_the_words_of_a_sign_on_keep_them(raw, name):
    assert parse_line(raw).name == (name or raw)


@pytest.mark.parametrize(
    "raw",
    [
        "Best regards,",
        "Kind regards,",
        "Best,",
        "Hello,",
        "Dear Coalition,",
        "Thank you for the initiative!",
        "Sent from my iPhone",
        "Get Outlook for Android",
        "---------- Forwarded message ---------",
        "Date: Wed, 30 Nov 2022, 15:02",
        "Subject: Re: Sign-on: statement on independent living",
        "Հարգանքով՝",
    ],
)
def test_an_e_mail_s_greetings_closings_and_headers_are_noise(raw):
    assert parse_line(raw).kind == "noise"


@pytest.mark.parametrize(
    ("raw", "name", "representative"),
    [
        # A dash before a tab is a bullet; the organization stays.
        ("–\tYerevan Press Club\tBoris Navasardian", "Yerevan Press Club", "Boris Navasardian"),
        ("- | Yerevan Press Club | Boris Navasardian", "Yerevan Press Club", "Boris Navasardian"),
        # Empty answers, websites, e-mails and phones go; a role between stays a role.
        (
            "Armenian Lawyers’ Association | N/A | Armenia",
            "Armenian Lawyers’ Association (Armenia)",
            None,
        ),
        ("Yerevan Press Club | ypc.am | Armenia", "Yerevan Press Club (Armenia)", None),
        (
            "Union of Informed Citizens | Armenia | info@uic.am",
            "Union of Informed Citizens (Armenia)",
            None,
        ),
        (
            "Yerevan Press Club | President | Boris Navasardian",
            "Yerevan Press Club",
            "Boris Navasardian, President",
        ),
        # The person who filled in the form first, a country first.
        (
            "Anna Sargsyan | Women's Resource Center | Armenia",
            "Women’s Resource Center (Armenia)",
            "Anna Sargsyan",
        ),
        ("Georgia | ISFED | Tamar Beridze", "ISFED (Georgia)", "Tamar Beridze"),
    ],
)
def test_a_form_s_export_keeps_the_organization_and_drops_what_names_no_one(
    raw, name, representative
):
    line = parse_line(raw)
    assert (line.kind, line.name, line.representative) == ("org", name, representative)


@pytest.mark.parametrize(
    "raw",
    [
        # Justified text, two people side by side, menus ending in a place.
        "Women’s   Resource   Center   Gyumri",
        "Anna Sargsyan      Lilit Petrosyan",
        "Contact | Georgia",
        "Home | About | Armenia",
        "Главная | Армения",
    ],
)
def test_rows_that_are_no_table_are_read_as_they_are(raw):
    line = parse_line(raw)
    assert line.representative is None and "(" not in line.name


@pytest.mark.parametrize(
    "raw",
    [
        "Лев Израилевич Пономарев",
        "Даниил Шведов",
        "Ирина Литвак",
        "Данияр Асанов",
        "Gevorg Manukyan, independent journalist",
    ],
)
def test_names_and_surnames_like_countries_or_words_are_people(raw):
    assert parse_line(raw).kind == "person"


@pytest.mark.parametrize(
    "raw",
    [
        "Հավանել",
        "Поделиться",
        "Share on Facebook | Share on X",
        "Dear Chairperson-in-Office,",
        "Уважаемый Действующий председатель!",
        "* joined after the publication of the Russian version",
        "The letter remains open for signatures.",
        "(batch 2 continues in the spreadsheet – 4 more to check)",
        "Signatories (batch 1 – from the shared doc, 29.07)",
        "Civic Solidarity Platform: Open letter to the OSCE Chairperson-in-Office on journalists",
        "EaP CSF Statement: Georgia must withdraw the law on foreign influence",
        "Спільне звернення до ОБСЄ та МКЧХ щодо звільнення українських журналістів",
        "Հասարակական կազմակերպությունների հայտարարությունը դատական համակարգում անցումային "
        "արդարադատության գործիքների կիրառման մասին",
        "Հայտարարությանը միանալու համար գրեք մեզ հաղորդագրություն։",
        "თბილისი, 2024 წლის 4 აპრილი",
    ],
)
def test_more_chrome_salutations_notes_and_titles_are_noise(raw):
    assert parse_line(raw).kind == "noise"


@pytest.mark.parametrize(
    "raw",
    [
        "Dear Heart NGO",
        "*Freedom House",
        "Committee for the Statement of Rights of Armenia",
        "Like Minded Foundation",
    ],
)
def test_names_near_those_notes_stay_names(raw):
    assert parse_line(raw).kind == "org"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (
            "Please add me as an individual – Arpine Grigoryan, lawyer, Yerevan",
            "Arpine Grigoryan, lawyer, Yerevan",
        ),
    ],
)
def test_a_person_signing_in_a_sentence_is_that_person(raw, name):
    line = parse_line(raw)
    assert (line.kind, line.name) == ("person", name)


def test_a_town_said_so_in_brackets_is_a_place_the_vocabulary_need_not_know():
    line = parse_line("ОО «Нотабене» (г. Худжанд)")
    assert line.match is not None and line.match.words == ("notabene",)
    assert line.country == "khudzhand"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Real World, Real People NGORld, Real People", "Real World, Real People NGO"),
        ("Center for Civic Initiatives and Civic Initiatives", None),
    ],
)
def test_the_end_of_a_name_pasted_again_glued_to_its_last_word_goes(raw, name):
    assert parse_line(raw).name == (name or raw)


@pytest.mark.parametrize(
    ("raw", "name", "representative"),
    [
        # A word processor's second-level bullet, a chat's export, a coalition's members.
        ("o   Society Without Violence", "Society Without Violence", None),
        ("[14.05.24, 10:43:15] Ani Hovhannisyan: Pink Armenia is in", "Pink Armenia", None),
        ("[14.05.24, 10:43:51] Giorgi Beridze: + ISFED", "ISFED", None),
        ("КМБПЧ тоже подписывается, полное название: Казахстанское бюро", "КМБПЧ", None),
        (
            "•  Coalition to Stop Violence Against Women, including:",
            "Coalition to Stop Violence Against Women",
            None,
        ),
        # A sheet whose columns ran together, a country's code.
        (
            "5/2/2024 10:14:22       Helsinki Citizens' Assembly-Vanadzor    Armenia Arman Sahakyan  "
            "arman.sahakyan@example.com",
            "Helsinki Citizens’ Assembly-Vanadzor (Armenia)",
            "Arman Sahakyan",
        ),
        (
            "5/2/2024 14:30:02       PJC     ARM     Tatevik Galstyan        tg@example.com",
            "PJC (Armenia)",
            "Tatevik Galstyan",
        ),
    ],
)
def test_lists_pasted_from_word_chats_and_sheets_are_read(raw, name, representative):
    line = parse_line(raw)
    assert (line.kind, line.name, line.representative) == ("org", name, representative)


@pytest.mark.parametrize(
    "raw",
    [
        "[14.05.24, 10:44:02] Ruslan Zhakupov: \u200esticker omitted",
        "This message was deleted",
        "<Media omitted>",
    ],
)
def test_a_chat_s_chrome_is_noise(raw):
    assert parse_line(raw).kind == "noise"
