"""Vocabulary: legal forms, a small cross-language dictionary, generic words, places, names.

Every table is written in the script people use; at import time the entries are
transliterated once, so lookups work on the Latin tokens produced by ``tokens.py``.

- ``LEGAL_FORMS``: "NGO", "ՀԿ", "ОО", "ააიპ", ... per language, each with a class
  (ngo / foundation / company).  A legal form is weak evidence: it never makes two names
  match, and two different classes only keep a pair from being merged without review.
- ``CONCEPTS``: frequent words and their translations (center / կենտրոն / центр /
  ცენტრი), so that «Ասպարեզ» լրագրողների ակումբ meets "Journalists’ Club Asparez".
  Entries ending in ``*`` are stems matched as prefixes (Armenian, Russian and Georgian
  inflect).
- ``GENERIC_WEIGHT``: how little agreement on a frequent word proves.  Words that are not
  listed weigh 1.0 (distinctive).
- ``PLACES``: countries and cities, used to tell a qualifier ("– Vanadzor", "(Georgia)")
  from the rest of a name.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from undersigned.matching.translit import transliterate


def words(text: str) -> frozenset[str]:
    """The set of space-separated words of ``text`` (keeps the tables below readable)."""
    return frozenset(text.split())


# ---------------------------------------------------------------- legal forms
# phrase (words separated by spaces, stems end with *) -> class
_LEGAL_FORMS_BY_LANGUAGE: dict[str, dict[str, str]] = {
    "en": {
        "ngo": "ngo",
        "ngos": "ngo",
        "ingo": "ngo",
        "npo": "ngo",
        "po": "ngo",
        "pa": "ngo",
        "pf": "foundation",
        "pu": "ngo",
        "cso": "ngo",
        "nnle": "ngo",
        "nle": "ngo",
        "ncle": "ngo",
        "lepl": "ngo",
        "non governmental organization": "ngo",
        "non governmental organisation": "ngo",
        "nongovernmental organization": "ngo",
        "nongovernmental organisation": "ngo",
        "non government organization": "ngo",
        "non profit organization": "ngo",
        "non profit organisation": "ngo",
        "nonprofit organization": "ngo",
        "nonprofit organisation": "ngo",
        "non commercial organization": "ngo",
        "non commercial organisation": "ngo",
        "non entrepreneurial non commercial legal entity": "ngo",
        "non commercial legal entity": "ngo",
        "public organization": "ngo",
        "public organisation": "ngo",
        "civil society organization": "ngo",
        "civil society organisation": "ngo",
        "public association": "ngo",
        "public union": "ngo",
        # an unregistered group, named as NGOs name their form
        "civil initiative": "initiative",
        "civic initiative": "initiative",
        "foundation": "foundation",
        "fund": "foundation",
        "charitable foundation": "foundation",
        "charitable ngo": "ngo",
        "charitable organization": "ngo",
        "charitable organisation": "ngo",
        "benevolent ngo": "ngo",
        "charity foundation": "foundation",
        "charitable fund": "foundation",
        "public foundation": "foundation",
        "public fund": "foundation",
        "fundacj*": "foundation",
        "fundati*": "foundation",
        "fondation": "foundation",
        "stichting": "foundation",
        "llc": "company",
        "ltd": "company",
        "inc": "company",
        "cjsc": "company",
        "ojsc": "company",
        "jsc": "company",
        "gmbh": "company",
    },
    "hy": {
        "ՀԿ": "ngo",
        "ԲՀԿ": "ngo",  # a charitable NGO
        "հասարակական կազմակերպութ*": "ngo",
        "հ/կ": "ngo",
        "հ կ": "ngo",  # "հ/կ" as the words read it
        "ոչ կառավարական կազմակերպութ*": "ngo",
        "քաղաքացիական նախաձեռնութ*": "initiative",
        "հիմնադրամ*": "foundation",
        "բարեգործական հիմնադրամ*": "foundation",
        "ՍՊԸ": "company",
        "ՓԲԸ": "company",
        "ԲԲԸ": "company",
    },
    "ru": {
        "гражданская инициатива": "initiative",
        "ОО": "ngo",
        "НКО": "ngo",
        "АНО": "ngo",
        "РОО": "ngo",
        "МОО": "ngo",
        "МРОО": "ngo",
        "ООО": "company",
        "ЗАО": "company",
        "ОАО": "company",
        "ОЮЛ": "ngo",
        "НП": "ngo",
        "БФ": "foundation",
        "общественн* организац*": "ngo",
        "общественн* объединен*": "ngo",
        "некоммерческ* организац*": "ngo",
        "неправительственн* организац*": "ngo",
        "автономн* некоммерческ* организац*": "ngo",
        "фонд*": "foundation",
        "благотворительн* фонд*": "foundation",
        "общественн* фонд*": "foundation",
    },
    "ru-ge": {
        # Georgian legal forms written in Russian: ნ(ა)აიპ.
        "ннюл": "ngo",
        "мф": "foundation",  # международный фонд
        "нкюл": "ngo",
        "ннкюл": "ngo",
    },
    "ka": {
        "ააიპ": "ngo",
        "ა(ა)იპ": "ngo",
        "აიპ": "ngo",  # "ა(ა)იპ" as the words read it
        "ნააიპ": "ngo",
        "არასამთავრობო ორგანიზაცი*": "ngo",
        "არაკომერციული იურიდიული პირი": "ngo",
        "ფონდი": "foundation",
        "ფონდის": "foundation",
        "შპს": "company",
    },
    "ro": {
        "ao": "ngo",
        "asociatia obsteasca": "ngo",
        "asociatie obsteasca": "ngo",
        "organizatia obsteasca": "ngo",
        "organizatie obsteasca": "ngo",
        "ong": "ngo",
        "organizatie neguvernamentala": "ngo",
        "organizatia neguvernamentala": "ngo",
        "organizatie necomerciala": "ngo",
        "institutia privata": "ngo",
        "fundatia": "foundation",
        "fundatie": "foundation",
        "srl": "company",
        "societate cu raspundere limitata": "company",
        "societate pe actiuni": "company",
        "intreprindere individuala": "company",
    },
    "az": {
        "ictimai birlik": "ngo",
        "ictimai birliyi": "ngo",
        "qht": "ngo",
        "qeyri-hokumet teskilati": "ngo",
        "qeyri hokumet teskilati": "ngo",
        "ictimai teskilat": "ngo",
        "ictimai teskilati": "ngo",
        "huquqi sexslerin ittifaqi": "ngo",
        "mmc": "company",
        "mehdud mesuliyyetli cemiyyet": "company",
        "mehdud mesuliyyetli cemiyyeti": "company",
        "aciq sehmdar cemiyyeti": "company",
        "qapali sehmdar cemiyyeti": "company",
        "sehmdar cemiyyeti": "company",
    },
    "uk": {
        "го": "ngo",
        "громадська організація": "ngo",
        "вго": "ngo",
        "всеукраїнська громадська організація": "ngo",
        "мго": "ngo",
        "міжнародна громадська організація": "ngo",
        "гс": "ngo",
        "громадська спілка": "ngo",
        "нуо": "ngo",
        "неурядова організація": "ngo",
        "благодійний фонд": "foundation",
        "мбф": "foundation",
        "міжнародний благодійний фонд": "foundation",
        "благодійна організація": "foundation",
        "міжнародна благодійна організація": "foundation",
        "тов": "company",
        "товариство з обмеженою відповідальністю": "company",
        "акціонерне товариство": "company",
        "приватне підприємство": "company",
        "фоп": "company",
    },
    "kk": {
        "қоғамдық бірлестік": "ngo",
        "қоғамдық бірлестігі": "ngo",
        "үеұ": "ngo",
        "үкіметтік емес ұйым": "ngo",
        "коммерциялық емес ұйым": "ngo",
        "зтб": "ngo",
        "заңды тұлғалар бірлестігі": "ngo",
        "қоғамдық қор": "foundation",
        "қоғамдық қоры": "foundation",
        "жеке қор": "foundation",
        "жауапкершілігі шектеулі серіктестік": "company",
        "акционерлік қоғам": "company",
    },
    "ky": {
        "коомдук бирикме": "ngo",
        "коомдук бирикмеси": "ngo",
        "юридикалык жактардын бирикмеси": "ngo",
        "бөу": "ngo",
        "бейөкмөт уюм": "ngo",
        "өэу": "ngo",
        "өкмөттүк эмес уюм": "ngo",
        "коммерциялык эмес уюм": "ngo",
        "коомдук фонд": "foundation",
        "коомдук фонду": "foundation",
        "осоо": "company",
        "жчк": "company",
        "жоопкерчилиги чектелген коом": "company",
        "ачык акционердик коом": "company",
        "жабык акционердик коом": "company",
        "акционердик коом": "company",
    },
    "be": {
        "грамадскае аб'яднанне": "ngo",
    },
}


def _latin_words(phrase: str) -> tuple[str, ...]:
    latin = transliterate(phrase).lower().replace("(", "").replace(")", "").replace("/", "")
    return tuple(latin.split())


LEGAL_FORMS: dict[tuple[str, ...], str] = {
    _latin_words(phrase): form
    for table in _LEGAL_FORMS_BY_LANGUAGE.values()
    for phrase, form in table.items()
}
LEGAL_FORM_MAX_WORDS = max(len(words) for words in LEGAL_FORMS)
# Phrases grouped by their first word (exact) or first stem, for a quick first test.
_LEGAL_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
_LEGAL_BY_STEM: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _form in LEGAL_FORMS.items():
    _head = _phrase[0]
    if _head.endswith("*"):
        _LEGAL_BY_STEM.setdefault(_head[:-1], []).append((_phrase, _form))
    else:
        _LEGAL_BY_FIRST.setdefault(_head, []).append((_phrase, _form))
_LEGAL_STEM_SIZES = sorted({len(stem) for stem in _LEGAL_BY_STEM}, reverse=True)


def word_matches(pattern: str, word: str) -> bool:
    """``pattern`` is a word or a stem ending in ``*``."""
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


@lru_cache(maxsize=262144)
def _legal_phrases(first: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    found = list(_LEGAL_BY_FIRST.get(first, ()))
    for size in _LEGAL_STEM_SIZES:
        if size <= len(first):
            found.extend(_LEGAL_BY_STEM.get(first[:size], ()))
    return tuple(found)


def legal_form_at(words: list[str], start: int) -> tuple[int, str] | None:
    """The longest legal-form phrase starting at ``words[start]``: (length, class)."""
    phrases = _legal_phrases(words[start])
    if not phrases:
        return None
    best: tuple[int, str] | None = None
    for phrase, form in phrases:
        size = len(phrase)
        if start + size > len(words) or (best is not None and size <= best[0]):
            continue
        if all(word_matches(phrase[i], words[start + i]) for i in range(size)):
            best = (size, form)
    return best


# ---------------------------------------------------------------- stop words
STOP_WORDS = words(
    "of the for and in on at to a an with by de la le les du des et und fur für from i v "
    "vo po dlya na za s so o ob ot pri ev yev u da its their our st sankt saint hanun all "
    "din pentru si al ale fata ve ile ucun ugrunda ta z zhane "  # Romanian, Azerbaijani, Ukrainian, Kazakh
    "unetsogh unetsoghneri"  # Armenian "ունեցող", having ("… with disabilities")
    " hamar nkatmamb"  # Armenian "համար", "նկատմամբ": for, towards (after their noun)
)

# ---------------------------------------------------------------- concepts
# concept -> words in any script; "*" marks a stem matched as a prefix.
CONCEPTS: dict[str, str] = {
    "center": "center centre centr centers centres կենտրոն* центр* цэнтр* ცენტრ*",
    "journalist": "journalist journalists journalistic լրագրող* журналист* журналіст* ჟურნალისტ*",
    "journalism": "journalism լրագրութ* ჟურნალისტიკ*",
    "club": "club clubs ակումբ* клуб* კლუბ*",
    "union": "union unions միություն* միութ* союз* კავშირ* միավորում*",
    "women": "women woman womens womans wemen կանանց կանայք կին женщин* женск* ქალთა ქალები ქალ",
    "right": "right rights իրավունք* прав права право правам praw drepturi* droits უფლებ*",
    "human": "human humans մարդու մարդկանց մարդկային* человек* людин* czlowiek* omului ადამიან*",
    "youth": "youth youths young երիտասարդ* молодеж* молодёж* ახალგაზრდ* молод* молоді* маладз*",
    "children": "children child childrens ребен* детей дети детск* детям երեխա* մանուկներ մանուկների մանկական ბავშვ*",
    "disabled": "disabled disability disabilities handicapped հաշմանդամ* инвалид* შშმ შეზღუდულ*",
    "development": "development develop developing զարգացում* զարգացման развити* განვითარ*",
    "society": "society societies հասարակություն общество общества საზოგადოებ*",
    "public": "public հասարակական* հանրային* общественн* საზოგადოებრივ*",
    "civil": "civil civic civics քաղաքացիական гражданск* громадянськ* грамадзянск* სამოქალაქო",
    "citizen": "citizen citizens քաղաքացի* граждан* მოქალაქე*",
    "informed": "informed իրազեկ* информированн*",
    "organization": (
        "organization organisation organizations organisations org "
        "կազմակերպութ* организац* ორგანიზაცი*"
    ),
    "association": (
        "association associations assoc ասոցիացիա* ассоциац* асоціац* асацыяцы* ასოციაცი* "
        "asociati* associazion* stowarzyszeni* vereniging"
    ),
    "foundation": "foundation foundations фаундейшн",
    "fund": "fund funds",
    "institute": "institute institution institut* ինստիտուտ* ინსტიტუტ*",
    "committee": "committee comittee comite komitet* կոմիտե* комитет* камітэт* კომიტეტ*",
    "council": "council councils counsil խորհուրդ* совет* საბჭო*",
    "network": "network networks ցանց* сеть сети ქსელ*",
    "coalition": "coalition коалиц* կոալիցիա* კოალიცი*",
    "support": "support supporting supporters աջակց* поддержк* მხარდაჭერ* მხარდამჭერ*",
    "initiative": "initiative initiatives նախաձեռնութ* инициатив* ініціатив* ініцыятыв* ინიციატივ*",
    "research": "research researches հետազոտ* исследован* კვლევ*",
    "policy": "policy policies politics political քաղաքականութ* политик* პოლიტიკ* полиси полісі",
    "mass": "mass масов* масав* զանգվածային* მასობრივ*",
    "education": (
        "education educational educative կրթութ* կրթական образован* "
        "образовательн* განათლებ* საგანმანათლებლო სწავლებ*"
    ),
    "democracy": "democracy democratic ժողովրդավար* демократ* დემოკრატ*",
    "peace": "peace peaceful խաղաղութ* мир мира мирн* მშვიდობ*",
    "media": "media медиа მედია მედიის",
    "press": "press մամուլ* пресс* პრეს*",
    "freedom": "freedom freedoms liberty ազատութ* свобод* свабод* თავისუფლებ*",
    "information": (
        "information informational informative info տեղեկատվ* информац* ინფორმაცი* საინფორმაციო"
    ),
    "environment": (
        "environment environmental շրջակա экологи* ecology ecological eco էկոլոգ* ეკოლოგ* გარემო* "
        "բնապահպան*"
    ),
    "law": "law laws օրենք* закон* კանონ*",
    "legal": "legal իրավական правов* прававы* прававая прававой юридическ* სამართლ* იურიდიულ*",
    "lawyer": "lawyer lawyers attorneys փաստաբան* իրավաբան* юрист* адвокат* იურისტ* ადვოკატ*",
    "protection": "protection protect protects protecting defense defence defend defending պաշտպան* защит* დაცვ*",
    "defender": "defender defenders დამცველ*",
    "human+right": "իրավապաշտպան* правозащит* правозахисн* праваабарон* უფლებადამცველ*",
    "against": "against против դեմ წინააღმდეგ საწინააღმდეგო",
    "soldier": "soldier soldiers солдат* զինվոր* ჯარისკაც*",
    "rule": "rule соблюден* верховенств*",
    "office": "office branch գրասենյակ* մասնաճյուղ* офис* филиал* отделени* ოფისი ფილიალი",
    "forest": "forest forests woodland անտառ* лес леса лесов лесн* ტყე ტყის ტყეები",
    "today": "today այսօր сегодня დღეს",
    "anti": "anti საწინააღმდეგო",
    "anti+corruption": "anticorruption антикоррупц* հակակոռուպց* ანტიკორუფციულ*",
    "agriculture": (
        "agriculture agricultural agrarian գյուղատնտես* сельскохоз* аграрн* სოფლის_მეურნეობ*"
    ),
    "museum": "museum museums թանգարան* музе* მუზეუმ*",
    "health": "health healthcare առողջ* здоровь* здравоохран* ჯანმრთელ*",
    "social": "social սոցիալական* социальн* სოციალურ*",
    "cultural": "cultural culture մշակութ* մշակույթ* культур* კულტურ*",
    "humanitarian": "humanitarian մարդասիրական* гуманитарн* ჰუმანიტარ*",
    "charity": "charity charitable բարեգործական* благотворительн* საქველმოქმედო",
    "international": (
        "international միջազգային* международн* საერთაშორისო ինթերնեշնլ интернешнл ინტერნეშენალ"
    ),
    "regional": (
        "regional region regions interregional տարածաշրջան* մարզային региональн* межрегиональн* "
        "რეგიონ*"
    ),
    "national": "national nation ազգային* национальн* общероссийск* всероссийск* ეროვნულ*",
    "local": "local տեղական* местн* ადგილობრივ*",
    "armenian": (
        "armenian armenians armenia հայկական հայ армянск* армени* всеармянск* ომხურ სომხეთ* "
        "hayastan* ayastan* հայաստան*"
    ),
    "georgian": (
        "georgian georgians georgia վրացական грузинск* грузи* ქართულ* ქართველ* საქართველო* վրաստան*"
    ),
    "azerbaijan": "azerbaijan azerbaijani azeri ադրբեջան* азербайджан* აზერბაიჯან*",
    "russia": "russia russian ռուսաստան* росси* русск* რუსეთ*",
    "ukraine": "ukraine ukrainian украин* უკრაინ*",
    "europe": "europe european եվրոպ* европ* ევროპ*",
    "world": "world global աշխարհ* მსოფლიო",
    "community": "community communities համայնք* общин* თემ*",
    "family": "family families ընտանիք* ընտանեկ* семь* семей* семейн* ოჯახ*",
    "school": "school schools դպրոց* школ* სკოლ*",
    "university": "university universities համալսարան* университет* უნივერსიტეტ*",
    "agency": "agency agencies գործակալութ* агентств* სააგენტო",
    "movement": "movement movements շարժում* движени* მოძრაობ*",
    "group": "group groups խումբ* группа группы група групи ჯგუფ*",
    "house": "house home տուն* дом дома სახლ*",
    "partnership": (
        "partnership partnerships partners partner գործընկերութ* партнерств* партнёрств* პარტნიორ*"
    ),
    "cooperation": "cooperation co operation համագործակցութ* сотрудничеств* თანამშრომლობ*",
    "economic": "economic economy economics տնտեսական* экономич* ეკონომიკ*",
    "teacher": "teacher teachers ուսուցիչ* учител* მასწავლებ*",
    "student": "student students ուսանող* студент* სტუდენტ*",
    "farmer": "farmer farmers ֆերմեր* фермер* ფერმერ*",
    "doctor": "doctor doctors physician բժիշկ* врач* ექიმ*",
    "mother": "mother mothers մայր* матер* დედა დედათა",
    "volunteer": "volunteer volunteers կամավոր* волонтер* доброволь* მოხალისე*",
    "refugee": "refugee refugees փախստական* беженц* დევნილ* ლტოლვილ*",
    "consumer": "consumer consumers սպառող* потребител* მომხმარებ*",
    "corruption": "corruption коррупц* կոռուպց* კორუფცი*",
    "transparency": (
        "transparency թափանցիկ* прозрачн* გამჭვირვალ* թրանսփարենսի "
        "транспэренси транспаренси ტრანსპარენსი"
    ),
    "independent": "independent անկախ* независим* დამოუკიდებელ*",
    "equality": "equality equal հավասար* равенств* равноправ* თანასწორ*",
    "justice": "justice արդարութ* справедлив* правосуди* სამართლიან*",
    "gender": "gender գենդեր* гендер* გენდერ*",
    "dialogue": "dialogue dialog երկխոս* диалог* დიალოგ*",
    "helsinki": "helsinki helsinsk* հելսինկ* хельсинк* хельсинск* ჰელსინკ*",
    "assembly": "assembly ասամբլեա* ассамбле* ასამბლე*",
    "monitoring": "monitoring monitor մոնիթորինգ* мониторинг* მონიტორინგ*",
    "studies": "studies study",
    "science": "science scientific scientist scientists գիտութ* գիտական* наук* научн* მეცნიერ*",
    "art": "art arts արվեստ* искусств* ხელოვნებ*",
    "sport": "sport sports սպորտ* спорт* სპორტ*",
    "veteran": "veteran veterans վետերան* ветеран* ვეტერან*",
    "elderly": "elderly older aged տարեց* пожил* ხანდაზმულ*",
    "rural": "rural գյուղ* сельск* სოფლ*",
    "green": "green կանաչ* зелен* зелён* მწვანე*",
    "friend": "friend friends ընկեր* друз* მეგობ*",
    "solidarity": "solidarity համերաշխ* солидарн* სოლიდარობ*",
    "integration": "integration ինտեգրաց* интеграц* ინტეგრაცი*",
    "innovation": "innovation innovations innovative նորարար* инновац* ინოვაცი*",
    "resource": "resource resources ռեսուրս* ресурс* რესურს*",
    "analytical": "analytical analysis analytic վերլուծ* аналитич* ანალიტიკ*",
    "training": "training trainings վերապատրաստ* тренинг* ტრენინგ*",
    "assistance": "assistance aid help օգնութ* помощ* содейств* დახმარებ*",
    "people": "people peoples persons անձանց անձինք մարդիկ մարդկանց",
    "new": "new նոր նոր* новое новая новый ახალი",
    "feminist": "feminist feminists feminism феминист* ֆեմինիստ* ფემინისტ*",
    "company": "company companies компани* კომპანი*",
    "radio": "radio радио* ռադիո* რადიო*",
    "studio": "studio studios студи* ստուդիա* სტუდი*",
    "team": "team teams команд* թիմ* გუნდ*",
    "generation": "generation generations սերունդ* поколени* თაობ*",
    "real": "real իրական* реальн* რეალურ*",
    "agenda": "agenda օրակարգ* повестк*",
    "open": "open բաց открыт* ღია",
    "free": "free ազատ свободн* თავისუფალ*",
    "alliance": "alliance դաշինք* альянс* ალიანს*",
    "platform": "platform պլատֆորմ* платформ* პლატფორმ*",
    "forum": "forum ֆորում* форум* ფორუმ*",
    "academy": "academy ակադեմիա* академи* აკადემი*",
    "republic": "republic republican հանրապետութ* республик* რესპუბლიკ*",
    "city": "city urban քաղաքային* городск* ქალაქ*",
    "voice": "voice ձայն* голос* ხმა",
    "life": "life жизн* կյանք* სიცოცხლ*",
    "future": "future ապագա* будущ* მომავ*",
    "hope": "hope հույս* надежд* იმედ*",
    "without": "without sans ohne առանց без გარეშე",
    "border": "border borders boundaries frontier* granic* սահման* границ* кордон* საზღვ*",
    "violence": "violence assault բռնութ* насили* ძალადობ*",
    "sexual": "sexual սեռական* сексуальн* სექსუალურ*",
    "front": "front ճակատ* фронт фронта фронту ფრონტი",
    "side": "side sides կողմ* сторона стороны сторону მხარე",
    "line": "line lines linia linie xett* линия линии лінія лінії ხაზი",
    "transformation": "transformation трансформац* трансфармац* трансформаці* transformar*",
    "embassy": "embassy ambasad* посольств* դեսպանատ* საელჩო",
    "mobilization": "mobilization mobilisation mobilizing համախմբ* мобилизац* მობილიზ*",
    "preservation": (
        "preservation preserving conservation conserving պահպանման պահպանութ* сохранени* შენარჩუნ*"
    ),
    "wild": "wild wildlife վայրի дикой дикая диких ველურ*",
    "nature": "nature natural բնութ* բնական* природ* ბუნებ*",
    "assets": "assets values արժեքներ* ценност* ღირებულ*",
    "stop": "stop stopping դադարեց* прекращ* შეწყვიტ* შეწყვეტ*",
    "bureau": "bureau бюро բյուրո ბიურო",
    "election": "election elections electoral ընտրութ* ընտրական* выбор* избира* არჩევნ* საარჩევნო",
    "fair": "fair честн* ազնիվ სამართლიან*",
    "torture": "torture խոշտանգ* пыток пытк* წამებ*",
    "impunity": "impunity безнаказанност* безкарност* անպատժելիութ* დაუსჯელობ*",
    "collective": "collective коллектив* колектив* kollektiv* კოლექტივ*",
    "clinic": "clinic clinics կլինիկա* клиник* კლინიკ*",
    "worker": "worker workers աշխատող* работник* მუშაკ*",
    "conflict": "conflict conflicts հակամարտութ* конфликт* კონფლიქტ*",
    "negotiation": "negotiation negotiations բանակցութ* переговор* მოლაპარაკებ*",
    "sustainable": "sustainable sustainability կայուն* устойчив* მდგრად*",
    "need": "need needs կարիք* нужд* потребност* საჭიროებ*",
    "special": "special հատուկ* особ* специальн* სპეციალურ*",
    "issue": ("issue issues problem problems հիմնախնդ* խնդիր* հարցեր* проблем* вопрос* საკითხ*"),
    "east": "east eastern արևել* восток* восточн* схід* східн* აღმოსავლ*",
    "spring": "spring garun գարուն* весна вясна viasna vyasna vesna გაზაფხულ*",
    "ethics": "ethics ethical էթիկ* этик* ეთიკ*",
    "charter": "charter charta խարտիա* хартия* хартии ქარტი*",
    "tolerance": "tolerance tolerant հանդուրժող* толерант* ტოლერანტ*",
    "diversity": "diversity բազմազան* разнообраз* მრავალფეროვნ*",
    "pride": "pride прайд* პრაიდ*",
    "profession": "profession professional professionals մասնագիտ* профессион* პროფესი*",
    "caucasus": "caucasus caucasian կովկաս* кавказ* კავკასი*",
    "eurasia": "eurasia eurasian եվրասիա* евразия евразии евразийск* ევრაზი*",
    "asia": "asia asian ազիա* азия азии азиатск* აზი*",
    "balkan": "balkan balkans балкан*",
    "baltic": "baltic балтий* балтыйск*",
    "caspian": "caspian каспий* каспийск*",
    "intellect": "intellect intellectual интеллект* ინტელექტ*",
    # "свобода слова" is "freedom of speech" and "freedom of expression" in English.
    "expression": (
        "expression expressions speech слово слова выражения выражение խոսքի խոսք "
        "արտահայտման արտահայտության სიტყვის სიტყვა გამოხატვის"
    ),
}

# Romanian, Azerbaijani, Ukrainian, Kazakh and Kyrgyz words for the concepts above, and a
# few concepts of their own: Latin words without diacritics (ə as e), the others in
# Cyrillic.  A stem stops short of words it must not take (Romanian "drept" is law,
# "dreptate" justice; Ukrainian "спілка" is a union, "спілкування" is not).
_MORE_CONCEPTS: dict[str, str] = {
    "center": "centru* centrele centrelor merkez* орталы* борбор*",
    "club": "clubul clubului cluburi* klubu klublar*",
    "union": (
        "uniun* sindicat* birlik* birliy* ittifaq* hemkarlar* спілка спілки спілку "
        "спілкою спілці спілок профспілк* одақ одағы одақтар* бирлик* кәсіподақ* саюз*"
    ),
    "association": "assosiasiy* обʼєднан* обєднан* бірлесті* қауымдаст* бирикме* задзіночан*",
    "organization": (
        "organizati* teskilat* teshkilat* org ұйым ұйымы ұйымның ұйымының ұйымдар* уюм уюму уюмдун уюмдар*"
    ),
    "foundation": (
        "fundati* fond fondu fondunun фонд фонду фонда фондом фонді фондтар* қор қоры қорының қорын"
    ),
    "fund": "fondul fondului",
    "committee": "comitet* komite komitesi",
    "council": "consiliu* sura surasi surasinin",
    "network": "retea reteaua retelei retele retelelor sebeke* мереж* желі желісі тармак тармагы",
    "coalition": "coaliti* koalisiya*",
    "alliance": "alianta*",
    "platform": "platforma*",
    "assembly": "adunar* assambleya*",
    "bureau": "biroul buro burosu бюросы бюросу",
    "office": "oficiul filiala* ofis ofisi офіс офісу відділенн*",
    "agency": "agentia agentiei agentli* агенці* агенттік* агенттіг* агенттиги",
    "movement": "miscar* herekat* рух руху қозғалыс* кыймыл*",
    "group": (
        "grup grupul grupului grupuri grupurile grupurilor qrup qrupu qrupunun qruplar* "
        "групу груп групою тобы тобу"
    ),
    "partnership": "partener* terefdas* серіктесті* өнөктөш*",
    "cooperation": (
        "cooperar* colaborar* emekdasl* співпрац* співробітництв* ынтымақтаст* кызматташ*"
    ),
    "journalist": "jurnalist* reportyor* reporter reporters репортер* репортёр*",
    "journalism": "jurnalism*",
    "media": "kiv медійн* змі жмк",
    "press": "presa presei metbuat* преса преси пресою баспасөз*",
    "human": "umane insan* адамның адамдын",
    "right": "huquqlar* huququ* huquqa haqq haqlar* құқық құқықтар* құқығ* укук укуктар* укугу*",
    "human+right": "huquqmudafie*",
    "law": (
        "drept dreptului lege legea legii legile legilor legislati* qanun* заң заңы "
        "заңнама* мыйзам*"
    ),
    "legal": "juridic* legala legale huquq huquqi юридичн* құқықтық заңды укуктук юридикалык*",
    "lawyer": "jurist* avocat* huquqsunas* vekil* заңгер*",
    "rule": "aliliy* үстемдіг* үстөмдүг*",
    "justice": (
        "justiti* dreptate dreptatii edalet edaleti edaletin правосудд* юстиці* "
        "әділеттілік* әділдік адилеттүүлү*"
    ),
    "fair": (
        "corect corecte corecta edaletli* чесні чесних чесна чесний чесного әділетті адилеттүү"
    ),
    "protection": (
        "protecti* aparar* ocrotir* mudafie mudafies* qorunma* qoruma* захист* қорғау "
        "қорғауы қорғаудың коргоо коргоону"
    ),
    "defender": "aparator* mudafiec* захисник* қорғаушы* коргоочу*",
    "women": "femei* qadin* жінка жінки жінок жінкам жінці жіноч* әйел әйелдер* аял аялдар*",
    "youth": "tiner* genc gencler* genclik* gencliy* жастар* жаштар*",
    "children": (
        "copil copilului copii copiilor usaq usaqlar* usagin usaga дітей діти дитяч* "
        "дитин* бала балалар* балдар*"
    ),
    "family": (
        "familie familia familiei familii familiilor aile ailesi aileler* ailenin сімей "
        "сімейн* отбасы*"
    ),
    "elderly": "varstnic* yasli yaslilar* похилого қарттар* карыялар*",
    "disabled": "dizabilit* handicap* elil elill* мүгедек* майып*",
    "veteran": "ардагер*",
    "refugee": "refugiat* qacqin* kockun* біженц* переселен* босқын* качкын*",
    "volunteer": "voluntar* konullu* ерікті* ыктыярчы*",
    "student": "telebe*",
    "teacher": "profesor* pedagog* invatator* muellim* вчител* мұғалім* мугалим*",
    "doctor": "medic medici medicii medicilor hekim* лікар* дәрігер* дарыгер*",
    "farmer": "fermier* agricultor* шаруа шаруалар* дыйкан*",
    "worker": (
        "lucrator* salariat* isci isciler* працівник* робітник* жұмысшы* қызметкер* "
        "жумушчу* кызматкер*"
    ),
    "consumer": "consumator* istehlakci* споживач* тұтынушы* керектөөчү*",
    "people": "oameni* popor* xalq xalqi xalqin люди людей халық халқы халықтың",
    "citizen": (
        "cetatean* cetateni* vetendasl* vetendasin громадян громадяни громадянин "
        "громадянам азаматтар* азаматтың жаран жарандар*"
    ),
    "civil": (
        "civila civile civica civice cetatenesc cetateneasca cetatenesti vetendas "
        "азаматтық жарандык"
    ),
    "public": (
        "obste* publica publice publicului ictimai ictimaiyyet* громадськ* суспільн* "
        "грамадск* қоғамдық коомдук"
    ),
    "society": "societat* cemiyyet* суспільств* қоғам қоғамы қоғамның коом коому коомдун",
    "community": (
        "comunita* icma icmasi icmalar* громада громади громаді громадою громад "
        "қоғамдаст* жамаат* коомчулук*"
    ),
    "social": "societal sociala sociale sosial сацыяльн* әлеуметтік* социалдык*",
    "consulting": (
        "consulting consultancy consultative consultation* консалтинг* консультац* khorhrdatv*"
    ),
    "development": "dev dezvoltar* inkisaf* розвит* развіцц* даму дамыту* өнүктүрүү* өнүгүү*",
    "democracy": "democrati* дэмакраты*",
    "election": (
        "alegeri* electorale electorala secki seckil* seckisi seckiqabag* вибор* выбар* "
        "сайлау* шайлоо*"
    ),
    "monitoring": (
        "monitoriz* observator* monitorinq* musahide* спостереж* спостерігач* бақылау* "
        "байқаушы* байкоочу* көзөмөл*"
    ),
    "freedom": "libertat* azadl* бостанды* еркінді* эркиндик*",
    "free": "azad вільний вільна вільне вільні вільного вільної",
    "independent": "independent* musteqil* незалежн* тәуелсіз* карандысыз*",
    "information": (
        "informati* informar* melumat* informasiya* інформаці* інфармацы* ақпарат* маалымат*"
    ),
    "policy": "politic* siyaset* siyasi політичн* саясат* саяси саясий",
    "research": "cercetar* cercetator* tedqiq* arasdirma* дослідж* дослідн* зерттеу* изилдөө*",
    "studies": "studii* studiu*",
    "analytical": "analiz* analitic* tehlil* аналітичн* аналіз* талдау* талдоо* сараптама*",
    "education": (
        "educati* invatamant* tehsil* tedris* maarif* освіта освіти освіту освітою "
        "освітн* адукацы* білім* билим*"
    ),
    "training": "instruir* telim telimler*",
    "science": "stiint* elmi ғылым* илимий",
    "school": "scoala scolii scoli scolilor mekteb* мектеп*",
    "university": "universitat*",
    "academy": "academia academiei akademiya*",
    "peace": "pacii sulh sulhun sulhe миру бейбітшілік*",
    "conflict": "conflict* munaqise* қақтығыс*",
    "violence": "violent* zorakil* насильств* зорлы* зомбылы* зомбулу*",
    "torture": "tortur* isgence* катуван* азаптау* кыйноо*",
    "anti+corruption": "anticorupti* antikorrupsiya* антикорупці*",
    "corruption": "corupti* korrupsiya* жемқорлы*",
    "transparency": "transparent* seffaf* прозор* ашықты* ачыкты*",
    "open": "deschis* aciq відкрит* ашық ачык",
    "equality": "egalitat* beraber* рівніст* рівноправ* теңді* теңчилик*",
    "solidarity": "solidaritat* hemreylik*",
    "integration": "integrar* integrati* inteqrasiya* євроінтеграці*",
    "innovation": "inovati* inovar* innovasiya* інноваці*",
    "initiative": "initiativ* tesebbus* бастама* демилге*",
    "support": "sprijin* destek* підтримк* қолдау* колдоо*",
    "assistance": "asistenta asistentei ajutor* yardim* допомог* көмек* жардам*",
    "charity": "benevolent caritate* caritabil* xeyriyye* благодійн* қайырымды* кайрымдуу*",
    "humanitarian": "umanitar* гуманитарлық*",
    "health": "sanatat* saglam* sehiyye* денсаулы* саламатты* соолук* соолуг*",
    "environment": (
        "mediu mediul mediului ecologic* ekoloji* muhit* екологі* довкілл* қоршаған чөйрө*"
    ),
    "green": "verde verzi yasil* жасыл* жашыл*",
    "agriculture": "agricultur* agricol* aqrar* сільськогосподар* ауылшаруашылы* чарба*",
    "rural": (
        "rurala rurale satesc satesti kend сільська сільський сільські сільських "
        "сільського сільської ауыл ауылдық айыл айылдык"
    ),
    "city": (
        "orasul orasului municipal* urbana urbane міська міський міського міської қала "
        "қалалық шаар шаардык"
    ),
    "local": "locala locale yerli місцев* жергілікті* жергиликтүү*",
    "regional": "regional* regiun* mezhregional* міжрегіональн* өңірлік* аймақ* аймак*",
    "national": "national* ұлттық* улуттук*",
    "international": "intl international* beynelxalq* міжнародн* халықаралық* аралык",
    "republic": "republic* respublika*",
    "europe": "europa european* europene europeni europei avropa* еуропа*",
    "world": "lumea lumii dunya* світ світу світов* әлем әлемдік",
    "azerbaijan": "azerbaycan* әзірбайжан*",
    "armenian": "ermeni*",
    "georgian": "gurcu*",
    "russia": "rusia rusiei rusiya* російськ* ресей*",
    "ukraine": "ucrain* ukrayna* україн* всеукраїнськ*",
    "caucasus": "qafqaz*",
    "helsinki": "гельсінськ* гельсінк*",
    "economic": "economic* economie economiei iqtisad* економ*",
    "cultural": "cultur* medeniyyet* мәдениет* маданият*",
    "art": "arta arte artei incesenet* мистецтв* өнер өнері",
    "friend": "prieten* dost dostlar* dostluq* достар* достор*",
    "future": "viitor* gelecek* майбутн* болашақ* келечек*",
    "life": "viata vietii heyat* життя",
    "new": "yeni нова новий нове нові жаңа жаңы",
    "against": "impotriva qarsi проти протиді* қарсы каршы",
    "border": "hotare hotar hotarelor serhed* шекара*",
    "sustainable": "durabil* davamli* сталий сталого сталому тұрақты* туруктуу*",
    "issue": "mesele*",
    "resource": "resurse resursa resurselor",
    "dialogue": "dialogul dialoq*",
    "profession": (
        "profesional* profesionist* pesekar* професі* кәсіби* кәсіпқой* кесипкөй* кесиптик*"
    ),
    "ethics": "etica etic etika* етика етики етичн*",
    "expression": "cuvantului exprimar* ifade* вираженн* висловлюван*",
    "investigation": "investigati* investigar* anchet* розслід* расследова* тергеу* иликтөө*",
    "reform": "reform* islahat* реформ*",
    "prevention": "prevenir* preventi* profilaktika* запобіган* профілакти* предотвращ*",
    "abuse": "abuse abuses abuz abuzul abuzului abuzuri* зловживан* злоупотреблен*",
    "bridge": "bridge bridges kamurj* мост моста мосты міст мосту ხიდი ხიდის",
    # Ordinary English words of names, so that none passes for a name of its own
    # ("Mission Armenia" is not "Mission Aid and Development").
    "mission": "mission missions առաքելութ* миссия миссии місія місії მისია",
    "vision": "vision visions",
    "step": "step steps",
    "way": "way ways",
    "path": "path paths",
    "road": "road roads",
    "dream": "dream dreams",
    "light": "light lights",
    "heart": "heart hearts",
    "hand": "hand hands",
    "unity": "unity",
    "harmony": "harmony",
    "garden": "garden gardens",
    "tree": "tree trees",
    "star": "star stars",
    "sun": "sun",
    "source": "source sources",
    "earth": "earth",
    "wing": "wing wings",
    "key": "key keys",
    "prisoner": (
        "prisoner prisoners mehbus* detinut* deţinut* в'язн* вязн* заключенн* заключённ* "
        "политзаключ* політв'язн* палітвязн*"
    ),
    "crisis": (
        "crisis crises criza crizei crize crizelor krizis* bohran* криза кризи кризу кризов* "
        "кризис* дағдарыс* ճգնաժամ* კრიზის*"
    ),
    "safety": (
        "safety security securitat* siguranta* tehlukesiz* безпек* безопасн* қауіпсізді* коопсузду* "
        "անվտանգ*"
    ),
    "oil": "oil petrol* neft нафта нафти нафтов* нефть нефти нефтян* мұнай* мунай*",
    # Azerbaijani "neftçi": an oil worker, in one word.
    "oil+worker": "neftci* нефтяник*",
    "expert": "expert* ekspert* експерт* эксперт* сарапшы*",
    "strategy": "strategy strateg* стратег*",
    "governance": "governance guvernar* idareetme* врядуван* самоврядуван* басқару* башкаруу*",
    "participation": "participa* istirak* участ* қатысу* катышуу*",
    "migration": "migrati* migrant* miqrasiya* miqrant* міграці* мігрант* миграц* мигрант*",
    "trafficking": "traffick* trafic* трафікінг* трафикинг*",
    "league": "league liga ligii liqa liqasi ліга ліги лига лиги",
    "federation": "federation federations федерац* ფედერაცი* ֆեդերացիա*",
    "writer": "writer writers писател* письменн* пісьменн* письменник* գրող* მწერალ*",
    # Kinds of outlet and of undertaking: descriptive, as "center" is.
    "newspaper": "newspaper newspapers daily weekly газета газеты թերթ օրաթերթ* გაზეთ*",
    "online": "online онлайн օնլայն ონლაინ",
    "television": "television tv телевидени* телеканал* հեռուստա* ტელევიზი*",
    "project": "project projects проект* проєкт* նախագիծ* პროექტ*",
    "voter": "voter voters избирател* виборц* ընտրող* ამომრჩევ*",
    "parent": "parent parents ծնող* родител* батьк* მშობ*",
    "space": "space spaces пространств* տարածք* სივრც*",
    "alternative": "alternative alternatives альтернатив* այլընտրանք* ალტერნატივ*",
    "channel": "channel канал arkhi არხი ալիք",
}
for _concept, _words in _MORE_CONCEPTS.items():
    CONCEPTS[_concept] = f"{CONCEPTS.get(_concept, '')} {_words}".strip()

# ---------------------------------------------------------------- generic weights
_GENERIC_TIERS: dict[float, str] = {
    0.12: "organization center association union foundation fund public civil society "
    "social development right human youth women network initiative support "
    "national international regional local community children group institute agency "
    "committee council movement coalition partnership cooperation assistance charity "
    "humanitarian family people new club education cultural office bureau anti project",
    0.25: "armenian georgian azerbaijan russia ukraine europe world citizen journalist "
    "journalism democracy media press environment peace law legal lawyer protection "
    "defender health research policy information freedom disabled economic teacher "
    "student farmer doctor volunteer refugee consumer corruption transparency "
    "independent equality justice gender dialogue monitoring studies science art sport "
    "veteran elderly rural green friend solidarity integration innovation resource "
    "analytical training open free alliance platform forum academy republic city house "
    "school university mother worker informed life future hope voice against rule "
    "election fair museum clinic need special agriculture conflict negotiation sustainable "
    "issue ethics tolerance diversity profession caucasus expression newspaper online parent "
    "investigation reform expert strategy governance participation league space "
    "television voter channel consulting mission vision step way path road dream light "
    "heart hand unity harmony garden tree star sun source earth wing key",
}
GENERIC_WEIGHT: dict[str, float] = {
    concept: weight for weight, words in _GENERIC_TIERS.items() for concept in words.split()
}
DISTINCTIVE_WEIGHT = 1.0
ALMOST_NOTHING = 0.05
PLACE_WEIGHT = 0.35

# Concepts that are related enough to count as a weak agreement.
RELATED: dict[frozenset[str], float] = {
    frozenset({"civil", "citizen"}): 0.85,
    frozenset({"foundation", "fund"}): 0.9,
    frozenset({"journalist", "journalism"}): 0.85,
    frozenset({"law", "legal"}): 0.85,
    # Georgian "სამართლიანი", Russian "справедливый": fair and just at once.
    frozenset({"fair", "justice"}): 0.85,
    frozenset({"research", "studies"}): 0.85,
}

# ---------------------------------------------------------------- places
# Words that go with a place in a qualifier without naming one ("Gegharkunik marz").
PLACE_FILLERS = words(
    "marz region oblast district province city town village republic respublika republica "
    "respublikasi g gorod united "
    "nizhniy nizhny"
)
_PLACES = (
    # countries and regions
    "armenia georgia azerbaijan russia ukraine belarus moldova kazakhstan kyrgyzstan "
    "tajikistan uzbekistan turkmenistan turkey iran usa uk france germany netherlands "
    "belgium sweden norway denmark finland poland lithuania latvia estonia czechia "
    "switzerland austria italy spain portugal canada lebanon syria artsakh karabakh "
    "romania bulgaria hungary slovakia slovenia croatia serbia bosnia montenegro albania macedonia greece cyprus israel ireland scotland england wales luxembourg iceland japan china india australia mongolia afghanistan pakistan egypt jordan iraq "
    "abkhazia ossetia nakhchivan javakheti samtskhe kakheti adjara ajara imereti guria "
    "lori shirak tavush syunik gegharkunik kotayk aragatsotn ararat armavir vayots "
    # cities
    "yerevan gyumri vanadzor stepanakert tbilisi kutaisi batumi rustavi gori zugdidi "
    "telavi baku ganja sumgait moscow kyiv kiev minsk chisinau almaty astana bishkek "
    "dushanbe tashkent kapan goris ijevan dilijan sevan martuni ashtarak hrazdan "
    "abovyan vardenis spitak artik sisian meghri charentsavan gavar echmiadzin "
    "etchmiadzin vagharshapat masis alaverdi stepanavan berd noyemberyan yeghegnadzor "
    "jermuk akhaltsikhe akhalkalaki ozurgeti poti marneuli zestaponi sukhumi tskhinvali "
    "london paris berlin brussels washington geneva vienna strasbourg kharkiv petersburg "
    "lviv odesa odessa dnipro kazan novosibirsk grodno vitebsk osh balti oslo stockholm "
    "copenhagen amsterdam hague prague warsaw vilnius riga kingdom britain "
    "perm ryazan yekaterinburg ekaterinburg krasnoyarsk syktyvkar voronezh samara "
    "chelyabinsk tomsk irkutsk rostov krasnodar ufa pskov murmansk arkhangelsk petrozavodsk "
    "tver yaroslavl sochi grozny makhachkala nalchik vladikavkaz novgorod orenburg izhevsk "
    "kaliningrad zaporizhzhia mariupol donetsk luhansk chernihiv sumy poltava "
    "vinnytsia rivne lutsk uzhhorod ternopil kherson mykolaiv simferopol sevastopol crimea "
    "uman shymkent karaganda aktobe pavlodar semey uralsk atyrau aktau taraz kostanay "
    "petropavl oskemen naryn karakol talas batken khujand khudzhand kulob bokhtar "
    "cahul comrat orhei ungheni soroca edinet hincesti causeni tiraspol bender tighina "
    "lankaran lenkoran shaki sheki quba guba mingachevir shamakhi shirvan "
    "chambarak tashir vedi talin aparan ashotsk amasia maralik "
    "mtskheta khashuri samtredia senaki kobuleti gurjaani sagarejo lagodekhi bolnisi "
    "kartli racha svaneti samegrelo"
)
PLACES: frozenset[str] = words(_PLACES)
_PLACE_TRANSLATIONS: dict[str, str] = {
    "Հայաստան": "armenia",
    "Армения": "armenia",
    "Армении": "armenia",
    "სომხეთი": "armenia",
    "Վրաստան": "georgia",
    "Грузия": "georgia",
    "Грузии": "georgia",
    "საქართველო": "georgia",
    "Երևան": "yerevan",
    "Ереван": "yerevan",
    "Erevan": "yerevan",
    "Тбилиси": "tbilisi",
    "Թբիլիսի": "tbilisi",
    "თბილისი": "tbilisi",
    "Գյումրի": "gyumri",
    "Гюмри": "gyumri",
    "Giumri": "gyumri",
    "Ванадзор": "vanadzor",
    "Վանաձոր": "vanadzor",
    "Москва": "moscow",
    "Баку": "baku",
    "Bakı": "baku",
    "Киев": "kyiv",
    "Київ": "kyiv",
    "Степанакерт": "stepanakert",
    "Ստեփանակերտ": "stepanakert",
    "Արցախ": "artsakh",
    "Арцах": "artsakh",
    "Московская": "moscow",
    "Московский": "moscow",
    "Московское": "moscow",
    "Беларусь": "belarus",
    "Белорусский": "belarus",
    "Белорусская": "belarus",
    "Belarusian": "belarus",
    "Кыргызстан": "kyrgyzstan",
    "Кыргызский": "kyrgyzstan",
    "Казахстан": "kazakhstan",
    "Казахстанское": "kazakhstan",
    "Казахстанский": "kazakhstan",
    "Грузинский": "georgia",
    "Польша": "poland",
    "Norwegian": "norway",
    "Норвежский": "norway",
    "Swedish": "sweden",
    "Шведский": "sweden",
    "Danish": "denmark",
    "Датский": "denmark",
    "Finnish": "finland",
    "Финский": "finland",
    "Polish": "poland",
    "Польский": "poland",
    "German": "germany",
    "Немецкий": "germany",
    "French": "france",
    "Французский": "france",
    "British": "uk",
    "Британский": "uk",
    "Dutch": "netherlands",
    "Нидерландский": "netherlands",
    "Czech": "czechia",
    "Чешский": "czechia",
    "Kyrgyz": "kyrgyzstan",
    "Kazakh": "kazakhstan",
    "Kazakstan": "kazakhstan",
    "Казахский": "kazakhstan",
    "Tajik": "tajikistan",
    "Таджикский": "tajikistan",
    "Uzbek": "uzbekistan",
    "Узбекский": "uzbekistan",
    "Azerbaijani": "azerbaijan",
    "Азербайджанский": "azerbaijan",
    "Харьков": "kharkiv",
    "Kharkov": "kharkiv",
    "Харків": "kharkiv",
    "Петербург": "petersburg",
    "Peterburg": "petersburg",
    "Таджикистан": "tajikistan",
    "Узбекистан": "uzbekistan",
    "Украина": "ukraine",
    "Россия": "russia",
    "Азербайджан": "azerbaijan",
    "გურია": "guria",
    "გურიის": "guria",
    "D.C.": "washington",
    "DC": "washington",
    "Иджеван": "ijevan",
    "Գյումրու": "gyumri",
    "Nederland": "netherlands",
    "Nederlands": "netherlands",
    "Nederlandse": "netherlands",
}
# Countries as Russian, Ukrainian and Belarusian lists write them, and a few more
# adjectives, by their Latin spelling.  A form ending in "*" is a stem that ``place_of``
# reads with up to five letters of ending ("norvezh*": Норвежский, Норвежская); the rest
# are whole words only, since so many nouns are also names and surnames: Даниил is no
# Denmark, Шведов no Sweden, Сербин no Serbia, Литвак no Lithuania.
_COUNTRY_FORMS: dict[str, str] = {
    "norway": "norvegiya norvegii norvegiyu norvegiyi norvezh* norvezk* narvegiya narvezh*",
    "netherlands": "niderland* nyderland* gollandiya gollandii gollandsk*",
    "belgium": "belgiya belgii belgiyu belgiyi belgiysk* belgian",
    "bulgaria": "bolgariya bolgarii bolgariyu bolgariyi bolgarsk*",
    "poland": "polsha polshi polshe polshu polshey polshcha polshchi polskiy polskaya polskoe polskogo "
    "polskoy polskikh polska",
    "germany": "nemetsk* nimetsk* nimechchina nimechchini",
    "france": "frantsiya frantsii frantsiyu frantsiey frantsiyi frantsuzsk* frantsuzk* francais "
    "francaise",
    "sweden": "shvetsiya shvetsii shvetsiyu shvetsiyi shvedsk*",
    "czechia": "chekhiya chekhii chekhiyu chekhiyi cheshsk*",
    "usa": "ssha amerikansk* american",
    "uk": "velikobritaniya velikobritanii britansk*",
    "ireland": "irlandiya irlandii irlandsk* irish",
    "lithuania": "litva litvy litve litvu litovsk*",
    "latvia": "latviya latvii latviysk*",
    "estonia": "estoniya estonii estonsk*",
    "switzerland": "shveytsariya shveytsarii shveytsarsk* swiss",
    "austria": "avstriya avstrii avstriysk*",
    "italy": "italiya italii italyansk* italian",
    "spain": "ispaniya ispanii ispansk* spanish",
    "hungary": "vengriya vengrii vengersk* hungarian",
    "slovakia": "slovakiya slovakii slovatsk* slovak",
    "serbia": "serbiya serbii serbian",
    "croatia": "khorvatiya khorvatii khorvatsk*",
    "turkey": "turtsiya turtsii turkish",
    "israel": "izrail izrailya izrailsk*",
    "canada": "kanada kanady kanade kanadsk* canadian",
    "romania": "rumyniya rumynii rumynsk*",
    "moldova": "moldaviya moldavii moldavsk* moldovsk* moldovy",
    "ukraine": "ukraina ukrainy ukraine ukrainu ukrainoy ukrainsk* ukrayina ukrayiny ukrayini "
    "ukrayinoyu ukrayinsk*",
    "russia": "rossiya rossii rossiyu rossiey rossiysk* rosiya rosii rosiyi rosiyeyu rosiysk* "
    "rusastan rusastan*",
    "azerbaijan": "adrbejan adrbejan*",
    "armenia": "virmeniya virmenii virmeniyi virmensk* armyansk* armyan",
    "georgia": "gruzinsk* gruziyi",
    "belarus": "belorussk* belarusk* belarusi belorussii belorussiya bilorus*",
    "finland": "finlyandiya finlyandii finlyandsk*",
    "denmark": "danii datsk*",
    "greece": "gretsiya gretsii grechesk*",
    "crimea": "krym kryma krymu kryme krymsk* krim krimu krimsk*",
}
PLACE_ALIASES: dict[str, str] = {
    transliterate(word).lower(): place for word, place in _PLACE_TRANSLATIONS.items()
} | {
    form: place
    for place, forms in _COUNTRY_FORMS.items()
    for form in forms.split()
    if not form.endswith("*")
}
# Stems read with an ending; the translations above are read so too, as they always were.
_PLACE_STEMS: dict[str, str] = {
    transliterate(word).lower(): place for word, place in _PLACE_TRANSLATIONS.items()
} | {
    form[:-1]: place
    for place, forms in _COUNTRY_FORMS.items()
    for form in forms.split()
    if form.endswith("*")
}
COUNTRIES = words(
    "armenia georgia azerbaijan russia ukraine belarus moldova kazakhstan kyrgyzstan "
    "tajikistan uzbekistan turkmenistan turkey iran usa uk france germany netherlands "
    "belgium sweden norway denmark finland poland lithuania latvia estonia czechia "
    "switzerland austria italy spain portugal canada lebanon syria artsakh "
    "romania bulgaria hungary slovakia slovenia croatia serbia bosnia montenegro albania macedonia greece cyprus israel ireland scotland england wales luxembourg iceland japan china india australia mongolia afghanistan pakistan egypt jordan iraq"
)


# The country of each town and region above, so that "(Vanadzor)" and "(Armenia)" agree.
_TOWNS_BY_COUNTRY: dict[str, str] = {
    "armenia": "yerevan gyumri vanadzor kapan goris ijevan dilijan sevan martuni ashtarak "
    "hrazdan abovyan vardenis spitak artik sisian meghri charentsavan gavar echmiadzin "
    "etchmiadzin vagharshapat masis alaverdi stepanavan berd noyemberyan yeghegnadzor "
    "jermuk armavir lori shirak tavush syunik gegharkunik kotayk aragatsotn ararat vayots "
    "chambarak tashir vedi talin aparan ashotsk amasia maralik",
    "artsakh": "stepanakert karabakh",
    "georgia": "tbilisi kutaisi batumi rustavi gori zugdidi telavi akhaltsikhe akhalkalaki "
    "ozurgeti poti marneuli zestaponi sukhumi tskhinvali abkhazia ossetia javakheti "
    "samtskhe kakheti adjara ajara imereti guria mtskheta khashuri samtredia senaki "
    "kobuleti gurjaani sagarejo lagodekhi bolnisi kartli racha svaneti samegrelo",
    "azerbaijan": "baku ganja sumgait nakhchivan lankaran lenkoran shaki sheki quba guba "
    "mingachevir shamakhi shirvan",
    "russia": "moscow kazan novosibirsk petersburg perm ryazan yekaterinburg ekaterinburg "
    "krasnoyarsk syktyvkar voronezh samara chelyabinsk tomsk irkutsk rostov krasnodar ufa "
    "pskov murmansk arkhangelsk petrozavodsk tver yaroslavl sochi grozny makhachkala "
    "nalchik vladikavkaz novgorod orenburg izhevsk kaliningrad",
    "ukraine": "kyiv kiev kharkiv lviv odesa odessa dnipro zaporizhzhia mariupol "
    "donetsk luhansk chernihiv sumy poltava vinnytsia rivne lutsk uzhhorod ternopil kherson "
    "mykolaiv simferopol sevastopol crimea uman",
    "belarus": "minsk grodno vitebsk",
    "moldova": "chisinau balti cahul comrat orhei ungheni soroca edinet hincesti causeni "
    "tiraspol bender tighina",
    "kazakhstan": "almaty astana shymkent karaganda aktobe pavlodar semey uralsk atyrau "
    "aktau taraz kostanay petropavl oskemen",
    "kyrgyzstan": "bishkek osh naryn karakol talas batken",
    "tajikistan": "dushanbe khujand khudzhand kulob bokhtar",
    "uzbekistan": "tashkent",
    "uk": "london kingdom britain",
    "norway": "oslo",
    "sweden": "stockholm",
    "denmark": "copenhagen",
    "netherlands": "amsterdam hague",
    "czechia": "prague",
    "poland": "warsaw",
    "lithuania": "vilnius",
    "latvia": "riga",
    "france": "paris strasbourg",
    "germany": "berlin",
    "belgium": "brussels",
    "usa": "washington",
    "switzerland": "geneva",
    "austria": "vienna",
}
_COUNTRY_OF_TOWN: dict[str, str] = {
    town: country for country, towns in _TOWNS_BY_COUNTRY.items() for town in towns.split()
}


def country_of(place: str) -> str | None:
    """The country a canonical place is in (itself for a country), or None if unknown."""
    if place in COUNTRIES:
        return place
    return _COUNTRY_OF_TOWN.get(place)


_SHORT_ENDINGS = frozenset({"i", "a", "u", "e", "y", "is", "ov", "um"})
_SHORT_TOWNS = frozenset({"berd", "gori", "poti"})
_SURNAME_NOT_INFLECTION = ("dze", "shvili", "yan", "ian", "yants", "iants")


@lru_cache(maxsize=65536)
def place_of(word: str) -> str | None:
    """The canonical place a lower-case Latin word names, if any.

    Inflected forms count: "yerevani" (Armenian genitive), "yerevanskiy" (Russian
    adjective) and "tbilisis" (Georgian genitive) are Yerevan and Tbilisi.
    """
    if word in PLACES:
        return word
    alias = PLACE_ALIASES.get(word)
    if alias is not None:
        return alias
    if word.endswith(_SURNAME_NOT_INFLECTION):
        return None  # "Kapanadze" is a surname, not a form of Kapan
    for size in range(len(word) - 1, 4, -1):
        if len(word) - size > 5:
            break
        stem = word[:size]
        if stem in PLACES:
            return stem
        alias = _PLACE_STEMS.get(stem)
        if alias is not None:
            return alias
    # A short town with a case ending ("berdi", "berda" of Berd); not "loria", "irani".
    if len(word) in (5, 6) and word[:4] in _SHORT_TOWNS and word[4:] in _SHORT_ENDINGS:
        return word[:4]
    # The Armenian genitive of a town in -i ("gyumru" of Gyumri).
    if word.endswith("u") and word[:-1] + "i" in PLACES:
        return word[:-1] + "i"
    return None


# ---------------------------------------------------------------- concept lookup
def _build_lookup(
    spelled: Callable[[str], str] = str, armenian_only: bool = False
) -> tuple[dict[str, str], dict[str, str]]:
    """The concept of each listed word (``exact``) and stem (``stems``), by its Latin
    spelling, ``spelled`` further; only the Armenian words when ``armenian_only``."""
    exact: dict[str, str] = {}
    stems: dict[str, str] = {}
    for concept, words in CONCEPTS.items():
        for word in words.split():
            if armenian_only and not "\u0531" <= word[:1] <= "\u058f":
                continue
            latin = spelled(transliterate(word.rstrip("*")).lower())
            (stems if word.endswith("*") else exact).setdefault(latin, concept)
    return exact, stems


EXACT_CONCEPTS, STEM_CONCEPTS = _build_lookup()
_MAX_STEM = max(len(stem) for stem in STEM_CONCEPTS)

# Armenian typed in Latin letters spells its sounds several ways: ց as "ts" or "c", ժ as
# "zh" or "j", խ as "kh" or "x", ք as "k" or "q", ղ as "gh" or "g" ("Kananc Iravunqneri
# Kentron").  A word no table holds is looked for again, in the loosest spelling, among
# the Armenian words only, so that an English or Russian word never meets one this way.
_LOOSE_SOUNDS = (("ts", "c"), ("zh", "j"), ("kh", "x"), ("q", "k"), ("gh", "g"))


def _loose(word: str) -> str:
    for spelled, loosest in _LOOSE_SOUNDS:
        word = word.replace(spelled, loosest)
    return word


_LOOSE_EXACT, _LOOSE_STEMS = _build_lookup(_loose, armenian_only=True)
# Typing errors are looked for in the first table's words only: a Kazakh or Azerbaijani word
# one letter away from a name ("еркін", free / "Yerkir") says nothing of that name.
_MORE_WORDS = frozenset(
    transliterate(word).lower() for text in _MORE_CONCEPTS.values() for word in text.split()
)
_ENGLISH_WORDS: frozenset[str] = frozenset(
    word for word in EXACT_CONCEPTS if word.isascii() and word not in _MORE_WORDS
)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _build_typo_map() -> dict[str, set[str]]:
    typo: dict[str, set[str]] = {}
    for word in _ENGLISH_WORDS:
        if len(word) >= 5:
            for variant in _deletes(word) | {word}:
                typo.setdefault(variant, set()).add(word)
    return typo


_TYPO_MAP = _build_typo_map()


def _english_singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=262144)
def concept_of(word: str) -> str | None:
    """The concept a lower-case Latin word stands for, or None when it is not listed."""
    found = _looked_up(word, EXACT_CONCEPTS, STEM_CONCEPTS, 4)
    if found is not None:
        return found or None
    singular = _english_singular(word)
    if singular != word:
        found = EXACT_CONCEPTS.get(singular)
        if found is not None:
            return found
    # Only a word with a letter the loose spelling changes or yields can differ there.
    loose = len(word) > 3 and word.isascii() and any(char in word for char in "cjxqg")
    return _loose_concept(word) if loose else None


# Concepts whose Armenian adjective ends in "-յան" as surnames do ("Հելսինկյան").
_YAN_ADJECTIVES = frozenset(
    {"helsinki", "caucasus", "armenian", "europe", "world", "georgian", "russia", "azerbaijan"}
)


def _a_surname_of(stem: str, rest: str, concept: str) -> bool:
    """ "Manukyan", "Havasaryan", "Chakatyan": an Armenian surname made of a word and
    "-yan" is no word of the vocabulary; the genitive of a noun in "-ություն" ("azatutyan")
    and adjectives of proper names ("helsinkyan") are."""
    return (
        rest in ("yan", "yants", "ian", "iants")
        and not stem.endswith("ut")
        and concept not in _YAN_ADJECTIVES
    )


def _loose_concept(word: str) -> str | None:
    """The concept of an Armenian word typed in Latin letters ("iravunqneri").  Stems
    of five letters or more only: "cancer" is no ցանց ("canc", network)."""
    return _looked_up(_loose(word), _LOOSE_EXACT, _LOOSE_STEMS, 5) or None


def _looked_up(
    word: str, exact: dict[str, str], stems: dict[str, str], shortest: int
) -> str | None:
    """The concept of ``word`` in one pair of tables, as a word or by its longest stem of
    ``shortest`` letters or more; "" for a surname made of a stem ("Manukyan"), None when
    nothing is listed."""
    found = exact.get(word)
    if found is not None:
        return found
    for size in range(min(len(word), _MAX_STEM), shortest - 1, -1):
        found = stems.get(word[:size])
        if found is not None:
            return "" if _a_surname_of(word[:size], word[size:], found) else found
    return None


@lru_cache(maxsize=262144)
def typo_of(word: str) -> str | None:
    """The listed English word that ``word`` is one typing error away from, if exactly one."""
    if len(word) < 5 or not word.isascii():
        return None
    found: set[str] = set()
    for variant in _deletes(word) | {word}:
        listed = _TYPO_MAP.get(variant)
        if listed is not None:
            found |= listed
    concepts = {EXACT_CONCEPTS[candidate] for candidate in found}
    if len(concepts) == 1:
        return concepts.pop()
    return None


def generic_weight(concept: str) -> float:
    """The weight of agreement on ``concept`` before looking at any list: 1.0 unless generic."""
    return GENERIC_WEIGHT.get(concept, DISTINCTIVE_WEIGHT)


# ---------------------------------------------------------------- lines that are not names
HEADING_WORDS = words(
    "etc from countries country region regions diaspora posted statements closed admin "
    "chastnyye chastnye takzhe nmanatip nyuter msgavsi siakhleebi "
    "joint "
    "signatories signatory signed signers signer list organizations organisations "
    "organization organisation individuals individual ngos endorsements endorsed "
    "endorsers supporters supported cosignatories co signatures signature joined join "
    "also updated continued more following by as well other others persons experts "
    "annex activists name names nazvaniye naimenovaniye anvanum anvanumy kazmakerputyan "
    "alphabetical order civil society groups and of the in to has have "
    "been so far storagrogh storagroghner storagrel yen kazmakerputyunner anhatner podpisanty "
    "podpisali podpisi organizatsii spisok lichnye fizicheskie litsa khelmomtserebi "
    "khelmomtseri organizatsiebi page of share print tweet facebook twitter email "
    "related posts post read comments comment leave reply back top copyright reserved a like "
    "whatsapp telegram linkedin x vk instagram youtube personal capacity behalf own "
    "international local national regional foreign partner partners "
    "loading "
    "all menu home search previous next statement haytararutyun zayavlenie "
    "zayavleniye obrashchenie obrashcheniye declaration appeal petition beyanat gantskhadeba"
)
PROSE_MARKERS = words(
    "vor ays ayd hamar koghmits bolor nrants chto eto kotoryy kotoraya kotorye ne "
    "zayavlyaem trebuem osuzhdaem takzhe vse ikh yego byl byla byli yest rom aris es "
    "spisok meet meets know end "
    "we our us is are was were will would should must can cannot please this that these "
    "those it has have had be been being call calls urge urges condemn condemns appeal "
    "appeals demand demands statement if who which whose they them you your not also "
    "here click send contact open join signing sign welcome invite invited remain there "
    "he she his her all any some such than including among over my mer menk yenk mi my "
    "nash nashi prizyvaem prosim yavlyaetsya chven en yen e karogh miananal nayev ayl "
    "khndrum otkryt prisoedineniya mozhno mogut prisoedinitsya budet ostaetsya otkrytym "
    "podpisaniya ghiaa khelmosatserad"
)
TITLE_WORDS = words(
    "statement statements appeal petition declaration resolution zayavlenie zayavleniye "
    "obrashchenie obrashcheniye hayteraroutyun haytararutyun dimum gantskhadeba zayava "
    "beyanat muraciet haytararutyan zvernennya"
)

# The words for a statement or an appeal, which names hold less often than "resolution".
STRONG_TITLE_WORDS = words(
    "statement statements zayavlenie zayavleniye obrashchenie obrashcheniye hayteraroutyun "
    "haytararutyun haytararutyan gantskhadeba zayava zvernennya beyanat"
)

# ---------------------------------------------------------------- people
GIVEN_NAMES = words(
    # Moldovan, Belarusian, Ukrainian, Central Asian and European names seen in lists.
    "ion ioan vasile mihai natallia alena ales aliaksandr siarhei uladzimir volha olena "
    "oleksandr oleksandra volodymyr iryna tetiana yulia mykola taras bakhyt aigerim "
    "nurlan dinara marieke pieter jan anne sophie thomas martin peter "
    "anna ani armen aram arman artur arthur ashot avetik davit david gagik gevorg hasmik "
    "hayk hovhannes karen lilit levon lusine mane mariam marina narine nune ruben samvel "
    "sargis siranush suren tigran vahe vardan zaruhi anahit gohar hripsime arpine nina "
    "elina zara artak arsen edgar nelli syuzanna inessa shushan lala heghine anush "
    "armine gayane knarik seda varduhi tamara tamar nino giorgi george levan irakli "
    "zurab ketevan eka ekaterine nana natia salome tinatin tamta lasha sopo sophio nika "
    "giga ana mikheil tornike shota vakhtang lika maia khatuna alexander aleksandr "
    "alexey aleksey andrey andrei dmitry dmitri elena ekaterina irina ivan maria natalia "
    "natalya olga sergey sergei svetlana tatiana tatyana yulia julia vladimir oleg pavel "
    "mikhail nikolai igor yuri marianna oksana viktor victoria viktoria john michael "
    "peter paul thomas james robert mary sarah elizabeth daniel maria laura sona astghik "
    "nelly arevik gayane hovsep grigor vazgen robert eduard edward sevak mher narek "
    "haykanush lena larisa lusine liana lilia emma diana "
    # Names that are also words ("Azad" is free, "Umid" hope, "Beybit" peace).
    "azad umid umud umit umut erkin nadiya nadia nadezhda beybit tynchtyk kenes omir "
    "bolashak sulh elm milli rada leyla arzu anar emin khadija sevinc ilgar rasul "
    "intigam rauf elchin yevgeniy evgeniy tolekan aida vanu nadejda vladislav "
    "rashid rashad mirvari gunel ulvi tofig mehman rufat zohrab emin bakhtiyar elnur "
    "elmar vugar fuad orkhan samir tural"
)
SURNAME_SUFFIXES = (
    *("yan", "ian", "yants", "iants", "unts", "uni"),  # Armenian
    *("shvili", "dze", "adze", "eli", "ava", "aia", "uia", "ia", "ua", "uri", "iani"),  # Georgian
    *("ov", "ova", "ev", "eva", "ina", "sky", "skaya", "skiy", "skii", "enko", "vich"),  # Slavic
    *("ovna", "evna", "uk", "yuk", "zade", "oglu", "chuk", "yev", "yeva"),
    *("escu", "eanu", "schi", "ski", "uulu", "kyzy", "qizi"),  # Romanian, Central Asian
)
ORG_NOUNS = words(
    "liceul liceu lyceum litsey litsei "
    "museum library theatre theater festival firm company studio hospital clinic college "
    "lyceum church mall office branch project program programme team center centre bank "
    "press radio tv magazine newspaper agency bureau fund trust house choir band orchestra "
    "ensemble party"
)
# Nouns that say what kind of body an organization is: two names of different kinds are not
# one organization just because their quoted names agree ("Memorial" centre / society).
TYPE_WORDS = words(
    "center society union association club committee foundation fund institute council "
    "network coalition movement group agency house office bureau academy forum alliance "
    "platform school university museum clinic assembly"
)
# Titles before a name, Russian academic degrees included ("к.ю.н. Пётр Сидоров").
PERSON_TITLES = words("dr mr mrs ms prof professor к.ю.н д.ю.н к.и.н д.и.н к.ф.н проф д-р")


# ---------------------------------------------------------------- dates and page chrome
def _latin_set(text: str) -> frozenset[str]:
    """The Latin spellings of the space-separated words of ``text`` (any script)."""
    return frozenset(transliterate(word).lower() for word in words(text))


# What a person signing does in an organization ("Lusine Sargsyan, chair of … NGO").
ROLE_WORDS = _latin_set(
    "chair chairman chairwoman chairperson president director head founder cofounder "
    "coordinator member expert executive secretary volunteer attorney lawyer "
    "նախագահ տնօրեն ղեկավար համակարգող հիմնադիր անդամ փորձագետ կամավոր "
    "председатель директор руководитель координатор основатель член эксперт "
    "თავმჯდომარე დირექტორი ხელმძღვანელი კოორდინატორი დამფუძნებელი წევრი"
)
# What a person signing in their own name gives after it ("Arif Yunus, historian").
PROFESSION_MODIFIERS = _latin_set("independent freelance civic public figure human rights")
PROFESSIONS = _latin_set(
    "journalist historian jurist lawyer attorney advocate defender "
    "activist researcher analyst economist sociologist political scientist professor "
    "blogger writer poet editor photographer artist teacher psychologist doctor expert "
    "scholar "
    "журналист журналистка историк юрист адвокат правозащитник правозащитница эксперт "
    "активист активистка исследователь политолог социолог блогер писатель "
    "журналіст журналістка правозахисник правозахисниця історик "
    "լրագրող իրավապաշտպան փաստաբան պատմաբան փորձագետ ակտիվիստ "
    "ჟურნალისტი იურისტი ადვოკატი უფლებადამცველი ისტორიკოსი ექსპერტი აქტივისტი "
    "jurnalist iqtisadci tarixci huquqsunas vekil feal ekspert tedqiqatci"
)
# Concepts that name a nation ("Armenian organizations" is a heading).
NATIONAL_CONCEPTS = frozenset(
    {"armenian", "georgian", "azerbaijan", "russia", "ukraine", "europe", "international"}
)

MONTHS = _latin_set(
    "january february march april may june july august september october november "
    "december "
    "январь января февраль февраля март марта апрель апреля мая июнь июня июль июля "
    "август августа сентябрь сентября октябрь октября ноябрь ноября декабрь декабря "
    "հունվար հունվարի փետրվար փետրվարի մարտ մարտի ապրիլ ապրիլի մայիս մայիսի հունիս "
    "հունիսի հուլիս հուլիսի օգոստոս օգոստոսի սեպտեմբեր սեպտեմբերի հոկտեմբեր "
    "հոկտեմբերի նոյեմբեր նոյեմբերի դեկտեմբեր դեկտեմբերի "
    "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი "
    "ოქტომბერი ნოემბერი დეკემბერი "
    "ianuarie februarie martie aprilie mai iunie iulie septembrie octombrie noiembrie "
    "decembrie січня лютого березня квітня травня червня липня серпня вересня жовтня "
    "листопада грудня yanvar fevral mart aprel iyun iyul avqust sentyabr oktyabr noyabr "
    "dekabr"
)
# Words that may stand beside a date without making it a name ("3 մարտի 2023 թ.", "2023 г.").
DATE_WORDS = _latin_set("թ թվական թվականի է г года год goda year on as of at the р року il წლის")
# A short line with a date and one of these is a note about the list, not a name.
DATE_NOTE_WORDS = _latin_set(
    "posted published updated update added list last date "
    "обновлён обновлен обновлено обновление опубликовано список дата "
    "թարմացվել թարմացված հրապարակվել ցուցակ"
)
# "Tags: …", "Filed under: …": labels of a web page's furniture.
# "Share on Facebook", "Share this article": buttons under a web page's text.
SHARE_WORDS = words(
    "share tweet print like follow subscribe download pokazati komentari kommentarii "
    "vkontakte comments tpel kisvel versiya pechati chitayte gaziareba bechdva"
)
PAGE_LABELS = words(
    "tags tag categories category filed posted source share published previous next to cc "
    "tegi tegebi nanakhia kontakt kontakty "
    "subject contact contacts email phone tel istochnik dzherelo krynitsa"
)
# A web page's furniture, whole ("Skip to content") or made only of these words
# ("Leave a Reply Cancel reply", "Download the statement (PDF, 210 KB)").
WEB_PHRASES = frozenset(
    {
        "skip to content",
        "skip to main content",
        "accept privacy policy",
        "privacy policy",
        "cookie policy",
        "open letter",
        "apel public",
        "scrisoare deschisa",
    }
)
WEB_WORDS = words(
    "skip content main menu leave a reply cancel accept privacy policy cookie cookies "
    "enter your email address subscribe showing to of entries download the statement pdf "
    "kb mb doc docx reply replies comment comments share poshare podelitsya podilytysya no "
    "name organization organisation country contact person signature date responses form "
    "exported timestamp town city"
)
# What such a line starts with: a cheap first test.
WEB_FIRST = WEB_WORDS | frozenset(phrase.split()[0] for phrase in WEB_PHRASES)
# At least one of these makes a line of WEB_WORDS page furniture ("Main Contact" and
# "Person to Person" are names).
WEB_MARKS = words(
    "skip reply cancel accept privacy cookie cookies subscribe showing entries download pdf "
    "kb mb doc docx responses exported timestamp country town city signature"
)
# Words that open the second line of a title ("privind proiectul Legii …", "щодо …").
TITLE_PREPOSITIONS = _latin_set(
    "regarding concerning about privind despre щодо стосовно относительно касательно против against"
)
# Words that open a statement's title ("Joint statement …", "Совместное заявление …").
TITLE_OPENERS = _latin_set(
    "ერთობლივი open joint спільна спільне совместное совместная открытое открытая համատեղ бірлескен"
)

# ---------------------------------------------------------------- who an organization serves
# Generic words that say whom a body is for: "Armenian Lawyers’ Association" and "Armenian
# Young Lawyers’ Association" are two organizations, whatever the rest agrees on.
POPULATION = words(
    "youth women children student disabled veteran elderly mother refugee farmer teacher "
    "doctor journalist lawyer worker consumer soldier volunteer"
)
# Words of bodies with national chapters: "Transparency International" and "Transparency
# International Georgia" are two organizations.
NETWORK_WORDS = words("international world europe")

# Bodies known to work through national sections or country offices, as their first words
# without connecting words: "Save the Children Armenia" is the Armenian office, and in a
# list that signs both, not the same signer as "Save the Children".
_INTERNATIONAL_BODIES = """
save children | human rights watch | freedom house | world vision | oxfam | caritas |
red cross | red crescent | habitat humanity | sos children villages | sos kinderdorf |
internews | irex | counterpart | eurasia foundation | heinrich boll | heinrich boell |
friedrich ebert | konrad adenauer | friedrich naumann | rosa luxemburg | hanns seidel |
article 19 | reporters without borders | reporters sans frontieres | front line defenders |
civicus | fidh | omct | crisis group | mercy corps | action against hunger |
norwegian refugee council | danish refugee council | hivos | greenpeace | wwf |
friends earth | bankwatch | global witness | national democratic institute | ndi |
international republican institute | iri | ifes | undp | unicef | unhcr | unfpa |
un women | british council | goethe institut | pen international | ilga | junior achievement |
peace corps | doctors without borders | medecins sans frontieres | msf | people need |
mission east | helvetas | kvinna till kvinna | soros foundation | open society foundation |
lions club | rotary club | ymca | ywca | scouts | girl guides |
world wildlife fund | islamic relief | cordaid | diakonia | swisscontact | giz | usaid |
armenian general benevolent union | agbu | armenian relief society | ars |
armenian national committee | anca | armenian assembly | hamazkayin | homenetmen | tekeyan |
international organization migration | iom | international committee red cross | icrc |
international alert | international crisis group | international federation | osce |
council europe | european union | eu | world bank | world health organization |
international labour organization | ilo | international rescue committee | irc
"""
INTERNATIONAL_BODIES: frozenset[tuple[str, ...]] = frozenset(
    tuple(phrase.split()) for phrase in _INTERNATIONAL_BODIES.split("|")
)
_INTERNATIONAL_SIZES = sorted({len(phrase) for phrase in INTERNATIONAL_BODIES})


def international_body(raw: tuple[str, ...]) -> bool:
    """Whether a name's Latin words (``NameKey.raw``) begin with the name of a body known to
    work through national sections or offices ("save children armenia")."""
    return any(raw[:size] in INTERNATIONAL_BODIES for size in _INTERNATIONAL_SIZES)
