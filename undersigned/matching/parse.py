"""One line of a published list: organization, person or noise, and its cleaned name.

``parse_line`` strips numbering, bullets and trailing separators, folds quotes, dashes
and spaces (``text.fold``), repairs a repeated tail fragment left by copy-paste
("PRKUTYU center … peopleRKUTYUN"), splits "organization – representative", and takes an
acronym in brackets or after a comma ("(AIISA)", ", CiDA") and a country qualifier
("(Georgia)") aside as extra evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from undersigned.matching import vocab
from undersigned.matching.text import CLOSE, OPEN, fold
from undersigned.matching.tokens import NameKey, analyse, latin_words
from undersigned.matching.translit import script_of, transliterate

Kind = Literal["org", "person", "noise"]

MAX_NAME_LENGTH = 400

_BULLETS = "-–—•·●○◦▪▫■□►▸‣⁃*+>✓✔☐☑→"
_BULLET_RE = re.compile(f"^[{re.escape(_BULLETS)}]+\\s*")
_NUMBER_RE = re.compile(
    r"^(?:"
    r"\(?\d{1,4}[.)\]](?:\d{1,3}[.)])?"  # 1.  1)  (1)  1.2.
    r"|\(?[ivx]{2,5}[.)]"  # ii.  iv)
    r"|\(?[^\W\d_][)]"  # a)  б)
    r"|№\s*\d{1,4}[.)]?"
    r"|#\s*\d{1,4}[.)]?"
    r"|\d{1,4}\s*(?:[-–—:]|\t)"  # 1 - ,  1:
    r"|\d{1,4}(?=\s+[“\"«])"  # 12 “Name”
    r")\s*",
    re.IGNORECASE,
)
_TRAILING_RE = re.compile(r"[\s;,:·•|/\\*–-]+$")
_TRAILING_DOT_RE = re.compile(r"\.+$")
_URL_RE = re.compile(r"(https?://|www\.|\S+@\S+\.\w+|\.(com|org|net|am|ge|ru)/)", re.I)
_DATE_RE = re.compile(
    r"^(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|"
    r"(\d{1,2}\s+)?(january|february|march|april|may|june|july|august|september|october|"
    r"november|december)(\s+\d{1,2})?,?\s+\d{4})$",
    re.I,
)
_EDIT_NOTE_RE = re.compile(
    r"(edit(ed)?|upd(ate[d]?)?|p\.?\s?s|n\.?\s?b|обновлено|дополнено|изм|թարմացում)\b[^:]{0,20}:",
    re.I,
)
# Comments under a post and the chrome around them: a join, not a name.
_COMMENT_RE = re.compile(
    r"(?i)(?:(?:we|i)\s+(?:also\s+)?)?(?:join|joining|sign|signing)(?:\s+(?:too|as well|in))?"
    r"(?:\s+as an? (?:individual|organi[sz]ation))?"
    r"|(?:մենք\s+էլ\s+ենք\s+|ես\s+էլ\s+եմ\s+)?միանում\s+(?:ենք|եմ)|(?:ես\s+էլ\s+եմ\s+|մենք\s+էլ\s+ենք\s+)?միանում"
    r"|(?:menq\s+el\s+enq\s+|yes\s+el\s+em\s+)?mianum(?:\s+(?:enq|enk|em))?"
    r"|(?:мы\s+)?(?:тоже\s+)?(?:присоединяемся|присоединяюсь|подписываемся|подписываюсь)"
    r"|ვუერთდებით|ვუერთდები"
    r"|see translation|most relevant|all comments|newest|top fan|author|gif|like|reply"
    r"|հավանել|մեկնաբանել|կիսվել|պատասխանել|поделиться|нравится|мне нравится|комментировать"
    r"|ответить|მოწონება|კომენტარი|გაზიარება|share on \w+(?:\s*\|\s*share on \w+)*"
    # a chat's export
    r"|\u200e?(?:sticker|image|video|audio|gif|document|media) omitted|<media omitted>"
    r"|this message was deleted|you deleted this message|сообщение удалено"
    r"|view (?:\d+ )?(?:more|previous) (?:replies|reply|comments)|write a comment…?"
    r"|great initiative|\d+\s+comments?(?:\s+\d+\s+shares?)?|\d+\s+shares?"
)
_EMOJI_RE = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d\U0001f1e6-\U0001f1ff]")
_SALUTATION_RE = re.compile(
    r"(?i)your excellenc(?:y|ies)|yours (?:sincerely|faithfully|truly)|sincerely|with respect"
    r"|dear (?:colleagues|friends|sir|madam|sir or madam|partners|all|coalition|team)"
    r"|с уважением|հարգանքով|პატივისცემით"
    # an e-mail's greetings, closings and chrome
    r"|(?:best|kind|warm|many)\s+(?:regards|wishes)|regards|thank you|many thanks"
    r"|hello|hi|greetings|здравствуйте|добрый день|բար(?:և|եւ)(?:\s+ձեզ)?|გამარჯობა"
    r"|thank you for (?:the|this|your) (?:initiative|work|statement)"
    r"|sent from (?:my \w+|mail for windows|outlook)|get outlook for \w+"
    r"|-*\s*forwarded message\s*-*|original message"
)
_CLOSING_RE = re.compile(r"(?i)best|thanks|cheers|regards|ciao|спасибо|շնորհակալություն|მადლობა")
_THANKS_RE = re.compile(
    r"(?i)thanks?(?: you)?(?: so much| all)?|cheers|regards|спасибо|շնորհակալություն|მადლობა"
)
# An e-mail's header lines ("Date: Wed, 30 Nov 2022, 15:02", "Subject: Re: …").
_MAIL_HEADER_RE = re.compile(r"(?i)^(?:date|sent|subject|to|cc|from|тема|от|кому)\s*:")
# A sign-on written as a sentence around the name it carries ("On behalf of Bridge of
# Hope NGO, we sign the statement.", "+1 from Women's Resource Center", "We join from
# Baku – Nefes LGBT Alliance", "Միանում ենք՝ …", "Dear all, the … supports the statement.").
_GREETING = r"(?:(?:hi|hello|dear [^,]{1,30}|հարգելի [^,]{1,30}|բար(?:և|եւ)\s+ձեզ)\s*[,!։]\s*)?"
_SIGNED_BEFORE_RE = re.compile(
    rf"(?i)^{_GREETING}(?:"
    r"\+\s*1(?![\w.])\s*(?:from\s+)?|\+\s+(?=\S)"
    r"|(?:yes,?\s*)?count us in\s*[–—:-]\s*"
    r"|please\s+(?:sign\s+us\s+(?:in|up)|add)(?!\s+me\b)\s*[:–—-]?\s*"
    r"|please\s+add\s+me(?:\s+as\s+an?\s+individual)?\s*[:–—-]\s*"
    r"|i\s+(?:would\s+like\s+to|want\s+to|also)\s+sign(?:\s+in\s+my\s+personal\s+capacity"
    r"|\s+as\s+an?\s+individual)?\s*[:–—-]\s*"
    r"|(?:we|i)\s+(?:(?:would|'d)\s+like\s+to\s+|want\s+to\s+|wish\s+to\s+|hereby\s+)?"
    r"(?:sign|join|endorse)(?:\s+(?:the|this)\s+(?:statement|letter|appeal))?"
    r"\s+on\s+behalf\s+of\s+(?:the\s+)?"
    r"|(?:we|i)\s+(?:also\s+)?(?:join|sign)(?:\s+(?:too|as well|in))?"
    r"(?:\s+from\s+(?P<place>[^–—:,]{1,40}?))?\s*[:–—,-]\s+"
    r"|(?:մենք\s+էլ\s+ենք\s+միանում|միանում\s+ենք|(?:menq\s+el\s+enq\s+)?mianum(?:\s+enq|\s+enk)?)"
    r"\s*[։:՝,–—-]\s*"
    r"|(?:ჩვენც\s+)?ვუერთდებით\s*[:,–—-]\s*"
    r"|(?:мы\s+)?(?:тоже\s+)?(?:присоединяемся|подписываемся)\s*[:,–—-]\s*"
    r")?"
)
_THE_RE = re.compile(r"(?i)the\s+")
# An Armenian legal form with the article or a case ending ("ՀԿ-ն", "ՀԿ-ի", "ՍՊԸ-ից").
_HY_FORM_SUFFIX_RE = re.compile(
    r"(ՀԿ|ՀԲԿ|ԲՀԿ|ՍՊԸ|ՓԲԸ|ԲԲԸ|ՀՈԱԿ)-(?:ն|ը|ի|ից|ում|ով)(?=$|[\s,.։:;)»”])"
)
_O_BULLET_RE = re.compile(r"^\s*[o§](?:\t|\s{2,})(?=\S)")
# A chat's export: the time and who wrote, before each message.
_CHAT_RE = re.compile(
    r"^\s*(?:\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\]\s*"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\s*(?:[-–—]\s*)?)"
    # who wrote: no digit, tab or run of spaces (a sheet's next cell), then a colon
    r"(?:(?!\s\s)[^:\d\t]){2,40}:\s+",
    re.I,
)
# "…, including:" before the members of a coalition: the coalition signs.
_INCLUDING_RE = re.compile(r",?\s+(?:including|incl\.|в том числе|այդ թվում)\s*:?\s*$", re.I)
# Sites no signer is: where a list was posted.
_PLATFORMS = frozenset(
    [
        "facebook",
        "instagram",
        "twitter",
        "x",
        "youtube",
        "linkedin",
        "google",
        "t",
        "tiktok",
        "vk",
        "ok",
        "telegram",
        "change",
        "forms",
        "bit",
        "gov",
    ]
)
# Words every sign-on sentence above holds one of (a cheap test before the patterns).
_SIGN_ON_MARKS = (
    "join",
    "sign",
    "supports",
    "behalf",
    "+",
    "is in",
    "please",
    "count us",
    "միան",
    "mianum",
    "անունից",
    "ვუერთ",
    "უერთ",
    "присоед",
    "подпис",
)
_BARE_SITE_RE = re.compile(r"^\s*(?:https?://(?:www\.)?|www\.)([\w-]+\.[a-z]{2,6})/?\s*$", re.I)
_NO_ORGANIZATION_NAMED = frozenset({"myself", "ourselves", "me", "us", "all of us"})
_SIGNED_AROUND_RE = re.compile(
    rf"(?i)^{_GREETING}"
    # without a comma only a small "we" ends the name: "… Women We Support Network we join"
    r"(?:on behalf of\s+(?:the\s+)?(?P<behalf>.+?)(?:,\s*(?:we|i)|\s+(?-i:we|I))\s+(?:\w+\s+){0,2}"
    r"(?:sign|join|support)\w*\b.*"
    r"|we at\s+(?P<at>.+?)\s+(?:are|is)\s+(?:happy|glad|pleased|proud)\s+to\s+(?:join|sign).*"
    r"|(?P<confirms>.+?)\s*[–—-]\s*yes,?\s+we\s+(?:confirm|sign|join).*"
    # "ստորագրում ենք «…» ՀԿ-ի անունից": we sign on behalf of …
    r"|(?:ստորագրում|միանում)\s+ենք(?:\s+հայտարարությանը)?\s+(?P<hy>.+?)(?:-ի)?\s+անունից[։.!\s]*)$"
)
_SIGNED_AFTER_RE = re.compile(
    r"(?i)\s*[–—,-]\s*(?:we|i)\s+(?:also\s+)?(?:join|sign)(?:\s+(?:too|as well))?[.!\s]*$"
    r"|\s+(?:also\s+)?supports\s+the\s+(?:statement|appeal|letter)\b.*$"
    r"|\s+(?:also\s+|fully\s+)?supports(?:\s+(?:it|this))?[.!\s]*$"
    r"|\s+(?:ასევე\s+)?უერთდება[\s.!]*$"
    r"|\s+is\s+in(?:\s+too)?[.!]*$"
    r"|(?<!не)\s+(?:тоже\s+|также\s+)?подписыва(?:ет|ется)\b"
    r"(?:\s+(?:под\s+)?(?:заявлени|письм|обращени)\w*)?(?:\s*[.!,:(].*)?$"
    r"|(?:-?ն)?\s+(?:նույնպես\s+|էլ\s+)?միանում\s+է\s+հայտարարությանը[.։!\s]*$"
)
# "Society without Violence NGO joins as well": the verb after a name is no part of it,
# nor a sentence or a bracket after it ("Pink Armenia joins! Solidarity from Yerevan").
_JOINS_RE = re.compile(
    r"\s+(?:also\s+)?(?:joins|signs|joined|signed)(?:\s+(?:too|as well|in|the statement))?"
    r"(?:[.!]+\s+[^.!?]{1,60}[.!?]*|\s*\((?:[^()\s]+\s+){2,}[^()]{0,60}\))?[.!\s]*$"
    r"|\s+(?:тоже\s+)?(?:присоединяется|подписывается)[.!\s]*$"
    r"|\s+(?:նույնպես\s+|էլ\s+)?միանում\s+է[.!։\s]*$",
    re.I,
)


def _joins_after_a_name(before: str, joins: re.Match[str]) -> bool:
    """Whether the verb ``joins`` found follows a name rather than ends one ("Vital
    Signs", "Traffic and Road Signs"): Armenian and Russian verbs end no name; a bare
    English "joins" or "signs" follows a kind of body, a legal form, a place or a
    quotation ("Goris Press Club joins", "Helsinki Citizens’ Assembly-Vanadzor signs"),
    or comes with "too", "as well" or "also"."""
    words = before.split()
    if not words:
        return False
    verb = re.split(r"[.!(]", joins.group(0), maxsplit=1)[0].strip().lower()
    if not verb.startswith(("joins", "signs", "joined", "signed", "also")) or " " in verb:
        return True
    last = words[-1]
    if last[-1:] in '”)»"':
        return True
    latin = [word for word, _ in latin_words(last.replace("-", " "))]
    return any(
        vocab.concept_of(word) in vocab.TYPE_WORDS
        or vocab.legal_form_at([word], 0) is not None
        or vocab.place_of(word) is not None
        for word in latin
    )


_JOIN_MARKS = ("oins", "igns", "oined", "igned", "рисоедин", "одпис", "միանում")
_LONGEST_COMMENT = 60
_CALL_RE = re.compile(
    r"\b(sign|join|подпиш|присоедин|ստորագր|միացե|միանալ|მოაწერ|შემოგვიერთ)", re.I
)
# A list left open or a note in brackets about it ("The letter remains open for signatures.").
_OPEN_NOTE_RE = re.compile(
    r"(?i)remains open|open for (?:signatures?|signing|sign-ons?|endorsement)"
    r"|остается открыт|остаётся открыт|залишається відкрит|բաց է ստորագր"
)
# A salutation naming whom a letter is for ("Dear Chairperson-in-Office,", "Уважаемый …!").
_DEAR_RE = re.compile(r"(?i)^(?:dear|уважаем\w*|шановн\w*|հարգելի|ძვირფას\w*|პატივცემულ\w*)\s")
_SPACED_PAGE_RE = re.compile(r"^\d+\s*\|\s*p\s?a\s?g\s?e$", re.I)  # "2 | P a g e"
_PAGE_RE = re.compile(
    r"^(page|pagina|стр\.?|страница|сторінка|էջ|გვერდი)?\s*\d+\s*(/|of|из|з|din|de)\s*\d+$"
    r"|^(page|pagina|стр\.?|страница|сторінка|էջ|გვერდი)\s*\d+$",
    re.I,
)
_AGE_RE = re.compile(r"\d{1,2}(?:s|m|min|h|hr|d|w|wk|y|yr)")  # a post's age: "2d", "5h"
_CLOCK_RE = re.compile(r"\b\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?\b", re.I)
_BRACKET_RE = re.compile(r"\s*\(([^()]{1,80})\)")
_TRAILING_ACRONYM_RE = re.compile(r",\s*([^\W\d_][^\W_&]{1,11})$")
_GLUED_TAIL_RE = re.compile(r"^(.*[a-zа-яա-ֆ])([A-ZА-ЯԱ-Ֆ]{3,})$")
_SPACED_DASH = " – "
_DIGIT_RE = re.compile(r"\d")
_NUMERIC_DATE_RE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
# Prose: a sentence that ends, or a full stop with another sentence after it.
_TWO_SENTENCES_RE = re.compile(r"(?<=\w\w\w)\. \w")
_SENTENCE_RE = re.compile(rf"(?:[.!?։]|\.\.\.|…)$|{_TWO_SENTENCES_RE.pattern}")
_LAST_BRACKET_RE = re.compile(r"\s*\(([^()]+)\)$")
_LAST_COMMA_RE = re.compile(r",\s*([^,]+)$")
_NAVIGATION_MARK_RE = re.compile(r" [»>/|] ")
_WEBSITE_RE = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?", re.I)
_WEBSITE_NOTE_RE = re.compile(rf"\s*\(({_WEBSITE_RE.pattern})\)", re.I)
_DOMAIN_NAME_RE = re.compile(r"\w\.(am|ge|ru|ua|az|by|kz|md|com|org|net|info|eu)\b", re.I)
# "Green Alternative – represented by Ketevan Gujabidze, chair", "… в лице директора …".
_REPRESENTED_RE = re.compile(
    r"(?:\s+[–-]\s+|,\s*|\s+)(?:represented by|в лице|ի դեմս|წარმოდგენილი)\s+(.+)$", re.I
)
_PERSONAL_CAPACITY_RE = re.compile(
    r"\s*[(,]\s*(?:in (?:a |my |his |her |their )?(?:personal|individual|private) capacity"
    r"|в личном качестве|անձնական կարգավիճակով)\)?$"
    r"|\s*\((?:individual|individually|as an individual|частное лицо|физ\. ?лицо)\)",
    re.I,
)


def _may_name_representative(text: str) -> bool:
    """A cheap test before ``_REPRESENTED_RE``."""
    lower = text.lower()
    return "represent" in lower or "в лице" in lower or "դեմս" in lower or "წარმოდგენ" in lower


def _may_be_personal(text: str) -> bool:
    """A cheap test before ``_PERSONAL_CAPACITY_RE``."""
    lower = text.lower()
    return (
        "capacity" in lower
        or "личном" in lower
        or "անձնական" in lower
        or "individual" in lower
        or "лицо" in lower
    )


_FORMER_NAME = ("former ", "formerly ", "ex-", "бывш", "ранее ", "նախկին ", "ყოფილი ")


@dataclass(frozen=True, slots=True)
class ParsedLine:
    """A classified, cleaned line.  ``key`` is the order-insensitive matching key."""

    raw: str
    kind: Kind
    name: str
    representative: str | None = None
    acronym: str | None = None
    country: str | None = None
    key: str = ""
    match: NameKey | None = None
    reason: str = ""
    section: str | None = None  # the place whose heading the line is listed under

    @property
    def script(self) -> str:
        return script_of(self.name)


def _strip_numbering(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first[:1].isalpha() and not first.endswith((".", ")")):
        return text  # the common case: the line starts with a word
    previous = None
    while previous != text:
        previous = text
        text = _BULLET_RE.sub("", text)
        text = _NUMBER_RE.sub("", text)
    return text


def _strip_trailing(text: str) -> str:
    text = _TRAILING_RE.sub("", text)
    if text.endswith("."):
        last = text.rsplit(" ", 1)[-1]
        if last.count(".") < 2:  # keep "n.g.o."
            text = _TRAILING_DOT_RE.sub("", text)
            text = _TRAILING_RE.sub("", text)
    return text


def _overlap(left: str, right: str) -> int:
    """Length of the longest suffix of ``left`` that is a prefix of ``right`` (at least 3)."""
    for size in range(min(len(left), len(right)), 2, -1):
        if left[-size:] == right[:size]:
            return size
    return 0


def repair_tail(text: str) -> str:
    """Undo a copy-paste garble where the start of the name was pasted again at the end.

    "PRKUTYU center … young peopleRKUTYUN" -> "PRKUTYUN center … young people": the glued
    upper-case tail overlaps the first word, which it completes.  A tail of two or more
    words that repeats the first words of the line is dropped.
    """
    words = text.split(" ")
    if len(words) >= 2:
        match = _GLUED_TAIL_RE.match(words[-1])
        if match:
            body, tail = match.group(1), match.group(2)
            first = words[0]
            first_plain = first.strip(OPEN + CLOSE)
            if tail.lower() in first_plain.lower():
                return " ".join([*words[:-1], body])
            size = _overlap(first_plain.upper(), tail.upper())
            if size >= 3 and first_plain.isupper():
                repaired = first.replace(first_plain, first_plain + tail[size:], 1)
                return " ".join([repaired, *words[1:-1], body])
    half = len(words) // 2
    if len(words) % 2 == 0 and words[half - 1].endswith(";"):
        # "Unison ngo; Unison ngo": the whole name typed twice.
        plain = [word.lower().rstrip(";,") for word in words]
        if plain[:half] == plain[half:]:
            return " ".join(words[:half]).rstrip(";, ")
    for size in range(half, 1, -1):
        if [w.lower() for w in words[-size:]] == [w.lower() for w in words[:size]]:
            return " ".join(words[:-size])
    glued = _glued_repeat(words)
    if glued is not None:
        return glued
    pasted = _pasted_tail(text)
    if pasted is not None:
        return pasted
    if len(words) >= 3 and len(words[-1]) >= 3 and words[-1].isalpha():
        last = words[-1].lower()
        # "Yerevan Press Club Club", "… without Borders NGO Borders": a word pasted twice.
        if last == words[-2].lower() or (
            len(words) >= 4
            and last == words[-3].lower()
            and vocab.legal_form_at([words[-2].lower()], 0) is not None
        ):
            return " ".join(words[:-1])
    return text


_GLUED_PAIR_RE = re.compile(r"[a-zа-яա-ֆA-ZА-ЯԱ-Ֆ][A-ZА-ЯԱ-Ֆ][a-zа-яա-ֆ]")  # a cheap test first
_GLUED_CAPITAL_RE = re.compile(r"(?<=[^\W\d_])[A-ZА-ЯԱ-Ֆ](?=[a-zа-яա-ֆ])")
# A small letter glued to a legal form in capitals ("… ՀԿիրական մարդիկ", "… NGOeal People").
_GLUED_LOWER_RE = re.compile(r"(?<=[A-ZА-ЯԱ-Ֆ]{2})[a-zа-яա-ֆ]")


def _pasted_tail(text: str) -> str | None:
    """ "Real World, Real People NGORld, Real People": the end of the name pasted again,
    glued to the last word by a capital, or by a small letter to a legal form in capitals
    ("… ՀԿիրական մարդիկ"); the shortest such tail of two words or more that the name
    already holds goes."""
    if not (_GLUED_PAIR_RE.search(text) or _GLUED_LOWER_RE.search(text)):
        return None
    lower = text.lower()
    # "NGORld": glued at the capital "R" rather than at the small "l" after it.
    for pattern in (_GLUED_CAPITAL_RE, _GLUED_LOWER_RE):
        for glued in reversed(list(pattern.finditer(text))):
            start = glued.start()
            tail = lower[start:]
            if len(tail) >= 8 and " " in tail.strip() and tail in lower[:start]:
                return text[:start].rstrip()
    return None


_GLUED_WORD_RE = re.compile(
    r"^(.*[a-zа-яա-ֆ]|[A-ZА-ЯԱ-Ֆ]{2,})([A-ZА-ЯԱ-Ֆ][a-zа-яա-ֆ]+)$"  # "…ClubJournalism", "NGOArmenian"
)
_GLUED_AFTER_BRACKET_RE = re.compile(r"\)([^\W\d_]+)")


def _glued_repeat(words: list[str]) -> str | None:
    """A name pasted again onto itself, glued to its last word or bracket.

    "Public Journalism ClubJournalism Club" -> "Public Journalism Club" (the end again,
    before a legal form too: "… Progressive Youth NGOProgressive Youth");
    "Dilijan Community CentreDilijan Commun" -> "Dilijan Community Centre" and "Freedom of
    Information CenterFreedom of Information Center of Armenia" -> the longer of the two
    (the start again, cut off or completed); "… Rights (PHR)ights (PHR)" and "… Center
    (EMDS)S" -> up to the bracket, when the letters glued to it end an earlier word.
    """
    for index, word in enumerate(words):
        if word[1:].islower() or word.isupper() or word.islower() or len(word) < 5:
            continue  # the common cases, no glued capital inside
        match = _GLUED_WORD_RE.match(word)
        if match is None:
            continue
        left, right = match.group(1), match.group(2)
        tail = [right, *words[index + 1 :]]
        before = [*words[:index], left]
        lower_before = [w.lower() for w in before]
        lower_tail = [w.lower() for w in tail]
        # "Armenian Progressive Youth NGOProgressive Youth": the end again, before the
        # legal form.
        core = lower_before
        while len(core) > 1 and vocab.legal_form_at([core[-1]], 0) is not None:
            core = core[:-1]
        if len(tail) <= len(core) and core[-len(tail) :] == lower_tail:
            return " ".join(before)
        if _starts_again(lower_before, lower_tail):
            return " ".join(before if len(before) >= len(tail) else tail)
    text = " ".join(words)
    if ")" not in text[:-1]:
        return None
    for match in _GLUED_AFTER_BRACKET_RE.finditer(text):
        glued = match.group(1).lower()
        earlier = text[: match.start()].lower()
        if any(word.strip("()").endswith(glued) for word in earlier.split()):
            return text[: match.start() + 1]
    return None


def _starts_again(first: list[str], second: list[str]) -> bool:
    """The two word lists begin alike for two words or more; the shorter one may end in
    a cut-off word ("commun" of "community")."""
    size = min(len(first), len(second))
    if size < 2 or first[: size - 1] != second[: size - 1]:
        return False
    last_first, last_second = first[size - 1], second[size - 1]
    shorter, longer = sorted((last_first, last_second), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter)


_UNITED_STATES_RE = re.compile(r"united states(?: of america)?", re.I)


# The words of the vocabulary's "office" concept, as they are written (a cheap test).
_OFFICE_MARK_RE = re.compile(
    r"(?i)office|branch|chapter|filial|oficiul|ofis|филиал|отделени|офис|офіс|відділенн"
    r"|գրասենյակ|մասնաճյուղ|ოფის|ფილიალ"
)


def only_an_office(name: str) -> bool:
    """Whether ``name`` is only a place and a word for an office ("Shirak regional branch",
    "ბათუმის ოფისი"): whose office, it does not say."""
    if not 1 <= name.count(" ") <= 5 or not _OFFICE_MARK_RE.search(name):
        return False  # the common case, cheaply
    words = [word for word, _ in latin_words(name)]
    if not 2 <= len(words) <= 4:
        return False
    concepts = [vocab.concept_of(word) for word in words]
    places = [vocab.place_of(word) for word in words]
    return (
        "office" in concepts
        and any(places)
        and all(
            place is not None or concept in ("office", "regional") or word in vocab.PLACE_FILLERS
            for word, concept, place in zip(words, concepts, places, strict=True)
        )
    )


def only_places(text: str) -> bool:
    """Whether ``text`` names places and nothing else ("Gyumri", "Kutaisi, Georgia")."""
    return _is_placeish(text) is not None


def place_qualifier(text: str) -> str | None:
    """The canonical places ``text`` consists of ("kutaisi georgia"), or None."""
    return _is_placeish(text)


def _is_placeish(text: str) -> str | None:
    """The places ``text`` consists of ("Kutaisi, Georgia", "Gegharkunik marz"), or None."""
    if "united states" in text.lower():
        text = _UNITED_STATES_RE.sub("USA", text)
    town = _TOWN_PREFIX_RE.fullmatch(text.strip())
    if town is not None:
        # "г. Худжанд": a town, said so, whether or not the vocabulary knows it.
        return " ".join(vocab.place_of(word) or word for word, _ in latin_words(town.group(1)))
    words = [
        word
        for word, _ in latin_words(text)
        if word not in vocab.PLACE_FILLERS and word not in vocab.STOP_WORDS
    ]
    if not words:
        return None
    places = [vocab.place_of(word) for word in words]
    if all(place is not None for place in places):
        return " ".join(place for place in places if place)
    return None


_TOWN_PREFIX_RE = re.compile(r"(?:г|гор|м|с|пос|пгт|ք|գ)\.\s*([^\W\d_][\w-]+)")
_NAME_PARTICLES = vocab.words("de van von der den da di du la le ter dos del")
_NOT_IN_PERSON = frozenset(f"{OPEN}{CLOSE}()&@/0123456789")


@lru_cache(maxsize=65536)
def looks_like_person(text: str, *, known: bool = True) -> bool:
    """Two to four capitalised words, no organization word, and a given name or a surname
    (or, with ``known=False``, any name: "Arzu Geybulla, journalist")."""
    if text.count(" ") > 5 or not _NOT_IN_PERSON.isdisjoint(text):
        return False
    parts = text.replace(",", " ").split()
    if parts and parts[0].lower().rstrip(".") in vocab.PERSON_TITLES:
        return len(parts) >= 2
    if not 2 <= len(parts) <= 4:
        return False
    # Georgian has no capitals (its letters count as small ones); "de", "van" are
    # particles of a surname.
    # Typed into a form, a name may be all small letters: "lilit hakobyan, psychologist"
    # (``known=False``: a profession follows).
    if (
        any(part[:1].islower() and part not in _NAME_PARTICLES for part in parts)
        and script_of(text) != "georgian"
        and not (not known and text.islower() and _given_name_first(text))
    ):
        return False
    latin = [word for word, _ in latin_words(text)]
    if len(latin) != len([p for p in parts if any(c.isalpha() for c in p)]):
        return False
    if (
        len(latin) == 2
        and latin[0] in vocab.GIVEN_NAMES
        and latin[1].endswith(vocab.SURNAME_SUFFIXES)
        and len(latin[1]) > 4
        and vocab.concept_of(latin[1]) is None
        and vocab.place_of(latin[1]) is None
        and latin[1] not in vocab.ORG_NOUNS
    ):
        return True  # "Nadiya Kovalenko", "Azad Isazade": a given name that is also a word
    for word in latin:
        if vocab.concept_of(word) is not None or vocab.place_of(word) is not None:
            return False
        if word in vocab.ORG_NOUNS:
            return False
        if word in _NAME_PARTICLES:
            continue
        if vocab.legal_form_at([word], 0) is not None or word in vocab.STOP_WORDS:
            return False
    if not known or any(word in vocab.GIVEN_NAMES for word in latin):
        return True
    single_initial = any(len(part.rstrip(".")) == 1 for part in parts)
    surname = any(word.endswith(vocab.SURNAME_SUFFIXES) and len(word) > 4 for word in latin)
    return surname or (single_initial and len(parts) >= 2)


def _given_name_first(text: str) -> bool:
    words = latin_words(text)
    return bool(words) and words[0][0] in vocab.GIVEN_NAMES


def looks_like_person_with_role(text: str) -> bool:
    """ "Ketevan Chachava, journalist", "Artur Sargsyan – human rights defender", "Anahit
    Sahakyan (attorney)": a person, then a short role or affiliation."""
    if text.endswith(")") and "(" in text:
        head, _, inner = text[:-1].rpartition("(")
        inner_words = [word for word, _ in latin_words(inner)]
        if any(word in vocab.ROLE_WORDS for word in inner_words) and looks_like_person(
            head.strip()
        ):
            return True
    if _SPACED_DASH in text:
        head, rest = text.split(_SPACED_DASH, 1)
        if rest[:1].islower() and looks_like_person(head.rstrip(",")) and len(rest.split()) <= 6:
            return _is_a_role([word for word, _ in latin_words(rest)])
    if ", " not in text:
        return looks_like_person(text)
    head, rest = text.split(", ", 1)
    if len(rest.split()) > 6:
        return False
    rest_words = [word for word, _ in latin_words(rest)]
    if _is_a_profession(rest_words):
        # "Arzu Geybulla, journalist": a profession tells a person whose name is not known.
        return looks_like_person(head, known=False)
    return looks_like_person(head) and _is_a_role(rest_words)


def _is_a_profession(words: list[str]) -> bool:
    """ "journalist", "human rights defender", "expert independent", "historian (USA)"."""
    return (
        bool(words)
        and all(
            word in vocab.PROFESSIONS
            or word in vocab.PROFESSION_MODIFIERS
            or word in vocab.STOP_WORDS
            or vocab.place_of(word)
            for word in words
        )
        and any(word in vocab.PROFESSIONS for word in words)
    )


def _is_a_role(words: list[str]) -> bool:
    """What follows a person's name is a role ("journalist", "chair of … NGO"), not an
    organization of their own."""
    if any(word in vocab.ROLE_WORDS for word in words):
        return True
    return not _has_legal_form(words)


def _is_acronym(token: str) -> bool:
    letters = token.strip(OPEN + CLOSE)
    return (
        2 <= len(letters) <= 10
        and letters.replace("-", "").isalpha()
        and sum(char.isupper() for char in letters) >= 2
        and sum(char.isupper() for char in letters) * 2 >= len(letters)
        and vocab.legal_form_at([letters.lower()], 0) is None
        and vocab.place_of(letters.lower()) is None
    )


def _noise_reason(text: str, raw: str) -> str | None:
    if not any(char.isalpha() for char in text):
        return "no letters"
    if len(text) <= 2:
        return "too short for a name"
    if len(text) > MAX_NAME_LENGTH:
        return "too long for a name"
    if _URL_RE.search(text) and _is_an_address(text):
        return "a web or mail address"
    if _DATE_RE.match(text) or _PAGE_RE.match(text) or _SPACED_PAGE_RE.match(text):
        return "a date or page number"
    if raw.rstrip().endswith((":", "՝", "：")):
        return "a heading"
    if (
        _NAVIGATION_MARK_RE.search(raw)
        and any(raw.count(separator) >= 2 for separator in (" » ", " > ", " / ", " | "))
        and not _in_several_scripts(raw)  # "«…» ՀԿ / ОО «…» / … NGO": one name, three ways
    ):
        return "page navigation"
    if (
        " | " in raw
        and all(len(part.split()) <= 2 for part in raw.split(" | "))
        and not _in_several_scripts(raw, " | ")  # "Asparez | Ասպարեզ": one name, two ways
    ):
        return "page chrome"  # "Տպել | Կիսվել", "Share | Print"
    if "#" in text and all(token.startswith("#") for token in text.split()):
        return "hashtags"
    if raw.count(" · ") >= 2 or (" · " in raw and _DIGIT_RE.match(text)):
        return "page chrome"  # "37 comments · 96 shares", "Page name · 25 November 2023 · 🌐"
    if text.startswith("[") and text.endswith("]"):
        return "a note"  # "[received by e-mail]"
    if len(text) <= _LONGEST_COMMENT and _COMMENT_RE.fullmatch(
        _EMOJI_RE.sub("", text).strip(" .!,։")
    ):
        return "a comment"  # "We join 🏳️‍🌈", "Միանում ենք", "View 2 more replies"
    if len(text) <= 60 and _SALUTATION_RE.fullmatch(text.strip(" .!,:՝։")):
        return "a letter's salutation"  # "Your Excellencies,", "Yours sincerely,"
    if len(text) <= 80 and "," in text:
        closing, signer = text.split(",", 1)
        if (
            _SALUTATION_RE.fullmatch(closing.strip()) or _THANKS_RE.fullmatch(closing.strip())
        ) and looks_like_person(signer.strip(), known=False):
            return "a letter's salutation"  # "Best regards, Karen Abrahamyan"
    if raw.rstrip().endswith((",", "!")) and _CLOSING_RE.fullmatch(text.strip(" .!,")):
        return "a letter's salutation"  # "Best,", "Thanks!"; "BEST" alone may be a name
    if len(text) <= 40 and _THANKS_RE.fullmatch(text.strip(" .!,")):
        return "a comment"  # "Thanks", "Спасибо"
    if ":" in text and _MAIL_HEADER_RE.match(text):
        return "an e-mail's header"
    if (
        raw.rstrip().endswith((",", "!"))
        and _DEAR_RE.match(text)
        and len(text.split()) <= 8
        # "Dear Heart NGO," is a name; "Dear Coalition members," is not.
        and (not _names_a_body(text) or _PEOPLE_RE.search(text) is not None)
    ):
        return "a letter's salutation"  # "Dear Chairperson-in-Office,"
    if (
        any(mark in text.lower() for mark in ("open", "откры", "відкрит", "բաց"))
        and _OPEN_NOTE_RE.search(text)
        and _OPEN_NOTE_RE.search(_BRACKETED_RE.sub("", text))
        and len(text.split()) >= 4
    ):
        return "a note"  # "The letter remains open for signatures."
    if raw.lstrip().startswith("*") and _starts_lower(text.lstrip("* ")) and len(text.split()) >= 4:
        return "a footnote"  # "* joined after the publication of the Russian version"
    if (
        text.startswith("(")
        and text.endswith(")")
        and _starts_lower(text[1:])
        and (len(text.split()) >= 4 or text == text.lower())  # "(pending)", not "(iDevelop)"
    ):
        return "a note"  # "(batch 2 continues in the spreadsheet – 4 more to check)"
    edit = _EDIT_NOTE_RE.match(text)
    if edit and _mostly_lower(text[edit.end() :], share=0.5):
        return "a note"  # "Edit 20.07: added the signatures", not "Upd: + Goris Press Club"
    if raw.rstrip().endswith("!") and _CALL_RE.search(text):
        return "a call"  # "ՍՏՈՐԱԳՐԵՔ / SIGN ON!!!", not "NO to Violence!!"
    if (
        raw.lstrip().startswith("*")
        and raw.rstrip().endswith((".", "!", "։"))
        and len(text.split()) >= 3
        and _mostly_lower(text, share=0.5)
    ):
        return "a note"  # "* Организация внесена … в реестр «иностранных агентов»."
    words = [word for word, _ in latin_words(text)]
    if not words:
        return "no name words"
    if ": " in text and words[0] in vocab.PAGE_LABELS:
        return "page chrome"
    if "©" in text or ("reserved" in words and "rights" in words):
        return "page chrome"
    # "2d  Like  Reply": a comment's age, then its buttons.
    buttons = words[1:] if len(words) > 1 and _AGE_RE.fullmatch(words[0]) else words
    if (
        buttons[0] in vocab.SHARE_WORDS
        and len(buttons) <= 5
        # "Like Minded Foundation", "Like-Minded Initiative" are names.
        and not any(
            vocab.concept_of(word) in vocab.TYPE_WORDS or vocab.concept_of(word) == "initiative"
            for word in buttons
        )
        and not _has_legal_form(buttons)
    ):
        return "page chrome"
    if words[:2] == ["back", "to"] and len(words) <= 4 and not _has_legal_form(words):
        return "page chrome"  # "← Back to Statements", not "Back to Life NGO"
    has_digit = _DIGIT_RE.search(text) is not None
    if has_digit and _NUMERIC_DATE_RE.search(text) and _only_date_words(words):
        return "a date"  # "Last updated: 06.03.2023, 18:40"
    if has_digit and _is_date_line(words):
        return "a date"
    if has_digit and _CLOCK_RE.search(text) and _is_date_line(_without_clock(words)):
        return "a date"  # "April 18, 2024 at 9:14 pm": a comment's date
    if has_digit and _SPACED_DASH in text:
        head = text.split(_SPACED_DASH, 1)[0]
        if _is_date_line([word for word, _ in latin_words(head)]):
            return "a date"  # "25 November 2022 – International Day for …"
    if (
        words
        and all(
            word in vocab.HEADING_WORDS
            or word.isdigit()
            or vocab.place_of(word)
            or vocab.concept_of(word) in vocab.NATIONAL_CONCEPTS
            for word in words
        )
        and not _DOMAIN_NAME_RE.search(text)  # "Civil.ge" is a newsroom
    ):
        return "a heading"
    if _lowercase_continuation(text, words):
        return "a title"
    if words[0] in vocab.WEB_FIRST and (
        (len(words) <= 6 and " ".join(words) in vocab.WEB_PHRASES)
        or (
            2 <= len(words) <= 8
            and all(word in vocab.WEB_WORDS or word.isdigit() for word in words)
            and any(word in vocab.WEB_MARKS for word in words)
        )
    ):
        return "page chrome"  # "Skip to content", "Showing 1 to 53 of 53 entries"
    opening = words[1] if len(words) > 1 and words[0] in vocab.TITLE_OPENERS else words[0]
    if len(words) >= 3 and (opening in vocab.TITLE_WORDS or opening == "letter"):
        return "a title"
    if len(words) >= 6 and _titled_around_a_colon(text):
        return "a title"  # "Civic Solidarity Platform: Open letter to the OSCE …"
    if (
        len(words) >= 8
        and OPEN not in text
        and vocab.concept_of(words[0]) not in vocab.TYPE_WORDS  # "Committee for the Statement …"
        and any(_is_title_word(word, strong=True) for word in words)
    ):
        return "a title"  # "Հասարակական կազմակերպությունների հայտարարությունը …", long
    if (
        text.endswith(")")
        and _BRACKET_AFTER_RE.fullmatch(text)
        and _SIGNATORIES_RE.fullmatch(text.split("(", 1)[0].strip())
    ):
        return "a heading"  # "Signatories (batch 1 – from the shared doc, 29.07)"
    # A title word anywhere, where no kind of body or legal form says a name ("Joint NGO
    # statement", "ՔԱՂԱՔԱՑԻԱԿԱՆ … ՀԱՅՏԱՐԱՐՈՒԹՅՈՒՆԸ").
    named = _has_legal_form(words) or any(
        vocab.concept_of(word) in vocab.TYPE_WORDS for word in words
    )
    if (
        len(words) >= 2
        and not named
        and OPEN not in text
        and any(_is_title_word(word, strong=True) for word in words)
    ):
        return "a title"
    if len(words) >= 4 and words[0] in vocab.TITLE_OPENERS and words[2] in vocab.TITLE_WORDS:
        return "a title"  # "Joint NGO Statement: …"
    if len(words) >= 3 and any(
        first in vocab.TITLE_OPENERS and _is_title_word(second)
        for first, second in zip(words, words[1:], strict=False)
    ):
        return "a title"  # "… համատեղ հայտարարությունը …", "… ერთობლივი განცხადება …"
    if len(words) >= 5 and (raw.rstrip().endswith((".", "!", "?", "։")) or ";" in text):
        plain = sum(
            1
            for word in words
            if word in vocab.HEADING_WORDS
            or word in vocab.PROSE_MARKERS
            or word in vocab.STOP_WORDS
        )
        if plain * 10 >= len(words) * 7:
            return "a note"
    return _prose_reason(text, words, raw)


def _without_clock(words: list[str]) -> list[str]:
    return [word for word in words if word not in ("am", "pm")]


def _lowercase_continuation(text: str, words: list[str]) -> bool:
    """A title's second line ("of civil society organizations from the regions of …",
    "о недопустимости преследования …"): no name starts with a small connecting word."""
    if len(words) < 5 or not text[:1].islower():
        return False
    tokens = [transliterate(token).lower() for token in text.split(" ", 2)[:2]]
    return (
        (tokens[0] in vocab.STOP_WORDS or tokens[0] in vocab.TITLE_PREPOSITIONS)  # not "al-Farabi"
        and script_of(text[:1]) != "georgian"  # Georgian has no capitals
        # not "de facto Center for Civic Education"; "on the Amulsar Gold Mine Project" is
        and (_mostly_lower(text, share=0.7) or tokens[1] in vocab.STOP_WORDS)
        and not _has_legal_form(words)
    )


def _is_an_address(text: str) -> bool:
    """A line that is a web or mail address, not a name followed by its website in
    brackets ("Hetq (www.hetq.am)")."""
    if not _WEBSITE_NOTE_RE.search(text):
        return len(text.split()) <= 3
    return not _WEBSITE_NOTE_RE.sub("", text).strip()


def _prose_markers(words: list[str]) -> int:
    """How many words are the pronouns, verbs and particles of prose ("we", "call")."""
    return sum(
        1
        for word in words
        if word in vocab.PROSE_MARKERS or word.replace("ye", "e") in vocab.PROSE_MARKERS
    )


def _has_legal_form(words: list[str]) -> bool:
    return any(vocab.legal_form_at(words, i) is not None for i in range(len(words)))


_BRACKET_AFTER_RE = re.compile(r"[^(]+\(.+\)")
_SIGNATORIES_RE = re.compile(
    r"(?i)signatories|signatures|signed|signers|list of signatories|подписали|подписанты"
    r"|підписали|ստորագրել են|ստորագրողներ|ხელმომწერები"
)


def _titled_around_a_colon(text: str) -> bool:
    """A title word or "letter" right before a colon or right after it ("EaP CSF
    Statement: Georgia must …", "Civic Solidarity Platform: Open letter to …")."""
    if ":" not in text:
        return False
    head, tail = text.split(":", 1)
    before = [word for word, _ in latin_words(head)][-2:]
    after = [word for word, _ in latin_words(tail)][:3]
    return any(_is_title_word(word) or word in ("letter", "pismo") for word in before + after)


_BRACKETED_RE = re.compile(r"\([^()]*\)")
# A cell of comments: a note's label, or small letters after the colon.
_NOTE_CELL_RE = re.compile(
    r"(?i:note|notes|comment|comments|remark|ps|p\.s\.|agree|agreed|примечание|"
    r"комментарий|նշում)\s*:|[^:]{1,30}:\s+[a-zа-яա-ֆ]"
)


def _has_own_word(text: str) -> bool:
    """A word no vocabulary holds, not a given name: a name of its own ("Asparez")."""
    return any(
        vocab.concept_of(word) is None and word not in vocab.GIVEN_NAMES and len(word) > 3
        for word, _ in latin_words(text)
    )


_PEOPLE_RE = re.compile(r"(?i)\b(?:members|colleagues|partners|friends|team|all)\b")


def _names_a_body(text: str) -> bool:
    words = [word for word, _ in latin_words(text)]
    # "Dear Chairperson-in-Office," names a person's office, not a body.
    return _has_legal_form(words) or any(
        vocab.concept_of(word) in vocab.TYPE_WORDS - {"office"} for word in words
    )


def _starts_lower(text: str) -> bool:
    """A small letter first, in a script that has capitals (Georgian has none)."""
    first = next((char for char in text if char.isalpha()), "")
    return first.islower() and script_of(first) != "georgian"


def _is_title_word(word: str, strong: bool = False) -> bool:
    """ "statement", and with an article or a case ending ("հայտարարությունը").  ``strong``:
    only the words for a statement or an appeal to someone, which a name holds less often
    than "resolution" or "petition" ("Conflict Resolution Initiative")."""
    table = vocab.STRONG_TITLE_WORDS if strong else vocab.TITLE_WORDS
    return word in table or word[:-1] in table


def _in_several_scripts(text: str, separator: str = " / ") -> bool:
    parts = text.split(separator)
    scripts = {script_of(part) for part in parts if any(char.isalpha() for char in part)}
    return len(scripts - {"mixed"}) > 1


def _only_date_words(words: list[str]) -> bool:
    return all(
        word.isdigit() or word in vocab.DATE_NOTE_WORDS or word in vocab.DATE_WORDS
        for word in words
    )


def _is_date_line(words: list[str]) -> bool:
    """ "Yerevan, 14 February 2023", "Posted on 16 May 2024 by admin", "Список обновлён 3 марта"."""
    months = sum(1 for word in words if word in vocab.MONTHS)
    if not months:
        return False
    # "2019թ." reads "2019t": a year with the Armenian mark of a year glued to it.
    words = [word[:-1] if word[:-1].isdigit() and word[-1:] in "tg" else word for word in words]
    if not any(word.isdigit() for word in words):
        return False
    rest = [
        word
        for word in words
        if not (word.isdigit() or word in vocab.MONTHS or word in vocab.DATE_WORDS)
        and vocab.place_of(word) is None
    ]
    return not rest or (len(words) <= 14 and any(word in vocab.DATE_NOTE_WORDS for word in words))


def _prose_reason(text: str, words: list[str], raw: str) -> str | None:
    # Lines with a quoted name are names; the statement's own text rarely quotes.
    """Sentences (notes, the statement's text) rather than names."""
    if len(words) >= 30:
        return "a sentence"
    if (
        len(words) >= 14
        and raw.rstrip().endswith((".", "!", "?", "։"))
        and text.count(",") >= 2
        and OPEN not in text  # "… «Правовая инициатива», г. Москва, Россия.": a name
        and not raw.lstrip()[:1].isdigit()
        and vocab.legal_form_at(words, 0) is None
        and _mostly_lower(text, share=0.6)
    ):
        return "a sentence"  # "Опыт России, Казахстана … показывает, что … НКО и СМИ."
    punctuated = _strip_numbering(raw.strip())
    if (
        len(words) >= 10
        and not text.startswith(OPEN)  # "“We can” NGO for the protection of …": a name
        and _SENTENCE_RE.search(punctuated)
        and _mostly_lower(text, share=2 / 3 if len(words) < 15 else 0.5)
        # A long name ends with a full stop at times, but holds no second sentence and
        # does not say "we call".
        and (
            _TWO_SENTENCES_RE.search(punctuated)
            or _prose_markers(words) >= 2
            or not _has_legal_form(words)
        )
    ):
        return "a sentence"  # any language: punctuated like prose, few capitals
    if len(words) < 4 or OPEN in text:
        return None
    if len(words) >= 7 and _reads_like_a_headline(text, words):
        return "a sentence"
    markers = _prose_markers(words)
    if markers < 2:
        return None
    plain = words
    if _has_legal_form(words):
        return None
    if len(words) >= 5 and markers >= 2 and markers * 4 >= len(plain):
        return "a sentence"
    sentence_end = raw.rstrip().endswith((".", "!", "?", "։"))
    if len(words) >= 4 and markers >= 2 and sentence_end:
        return "a sentence"
    if len(words) >= 12 and markers >= 2 and sentence_end:
        return "a sentence"
    if len(words) >= 16 and markers >= 3:
        return "a sentence"
    return None


def _mostly_lower(text: str, share: float = 2 / 3) -> bool:
    """At least ``share`` of the words start with a small letter, as in prose (names
    capitalise theirs)."""
    tokens = [token for token in text.split() if token[:1].isalpha()]
    lower = sum(1 for token in tokens if token[:1].islower())
    return bool(tokens) and lower >= len(tokens) * share


def _reads_like_a_headline(text: str, words: list[str]) -> bool:
    """ "CSOs demand transparent selection of members of the Council": a verb or a pronoun,
    and mostly lower-case words, where a name would capitalise its words."""
    if not any(word in vocab.PROSE_MARKERS for word in words):
        return False
    if _has_legal_form(words):
        return False
    tokens = [
        token
        for token in text.split()
        if token[:1].isalpha() and token.lower().strip(",.:;") not in vocab.STOP_WORDS
    ]
    lower = sum(1 for token in tokens if token[:1].islower())
    return len(tokens) >= 5 and lower * 2 >= len(tokens)


def _split_representative(text: str) -> tuple[str, str | None]:
    represented = _REPRESENTED_RE.search(text) if _may_name_representative(text) else None
    if represented is not None and represented.start() > 0:
        return text[: represented.start()], represented.group(1)
    if _SPACED_DASH in text:
        left, right = text.rsplit(_SPACED_DASH, 1)
        # "… – Tamar Khidasheli", "… – Armen Hakobyan, president"
        if left and (looks_like_person(right) or looks_like_person_with_role(right)):
            return left, right
    if ", " in text:
        left, right = text.rsplit(", ", 1)
        if left and looks_like_person(right) and not looks_like_person(left):
            return left, right
        # "…, Ani Grigoryan, program coordinator": a person and a role, after the name.
        parts = text.split(", ")
        for index in range(len(parts) - 2, 0, -1):
            left, right = ", ".join(parts[:index]), ", ".join(parts[index:])
            if looks_like_person_with_role(right) and not looks_like_person(left):
                return left, right
    if ") " in text:
        # "Sose Women's Issues N.G.O. (Goris) Karine Avetisyan, chairwoman"
        left, right = text.rsplit(") ", 1)
        if looks_like_person_with_role(right) and ", " in right or looks_like_person(right):
            return left + ")", right
    match = _LAST_BRACKET_RE.search(text) if text.endswith(")") else None
    if match and looks_like_person(match.group(1)) and not looks_like_person(text[: match.start()]):
        return text[: match.start()], match.group(1)
    return text, None


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_MEMBER_OF = ("member of ", "a member of ", "part of ", "член ", "անդամ ", "წევრი ")


def _translates(inner: str, rest: str) -> bool:
    """A bracket holding the name in another script ("«Ասպարեզ» լրագրողների ակումբ
    (Journalists’ Club Asparez)"): the words would count twice.  Only when at least half
    of its words mean words of the name: "Адилет (Legal Clinic)" says what Adilet is."""
    if inner.count(" ") < 1 or not any(char.isalpha() for char in rest):
        return False
    scripts = {script_of(inner), script_of(rest)}
    if len(scripts) != 2 or "mixed" in scripts or _is_placeish(inner):
        return False
    inner_words = set(analyse(inner).words)
    shared = inner_words & set(analyse(rest).words)
    return bool(inner_words) and len(shared) * 2 >= len(inner_words)


def _spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` (one word in capitals) spells the initials of ``name``, in its
    own script ("MIC" / "Media Initiatives Center", "МХГ" / "Московская Хельсинкская
    группа")."""
    letters = acronym.strip(OPEN + CLOSE)
    if not 2 <= len(letters) <= 8 or not letters.isalpha() or not letters.isupper():
        return False
    words: list[str] = _LETTERS_ONLY_RE.findall(name)
    initials = "".join(
        word[0] for word in words if transliterate(word).lower() not in vocab.STOP_WORDS
    )
    return len(words) >= 2 and initials.upper() == letters.upper()


def _names_its_acronym(acronym: str, name: str) -> bool:
    """ "CRJM (Legal Resources Centre from Moldova)": one word in capitals before a bracket
    of three words or more that names a kind of body, whatever language the acronym
    spells."""
    letters = acronym.strip(OPEN + CLOSE)
    if not 2 <= len(letters) <= 5 or not letters.isalpha() or not letters.isupper():
        return False
    # "CRJM", "LRCM" are letters; "ZMINA", "FEMINA", "VIASNA" are names written in capitals.
    latin = transliterate(letters).lower()
    if sum(1 for char in latin if char in "aeiouy") > 1 or vocab.place_of(latin):
        return False
    if vocab.legal_form_at([latin], 0) is not None:
        return False
    words = [word for word, _ in latin_words(name)]
    return len(words) >= 3 and (
        any(vocab.concept_of(word) in vocab.TYPE_WORDS for word in words) or _has_legal_form(words)
    )


_LETTERS_ONLY_RE = re.compile(r"[^\W\d_]+")


def _take_qualifiers(text: str) -> tuple[str, str | None, str | None]:
    """(the name without qualifiers, acronym, country)."""
    acronym: str | None = None
    country: str | None = None
    kept = text
    for match in list(_BRACKET_RE.finditer(text)) if "(" in text else []:
        inner = match.group(1).strip()
        if (
            inner.lower().startswith(_FORMER_NAME)
            or inner.lower().startswith(_MEMBER_OF)
            or _WEBSITE_RE.fullmatch(inner)
            or _YEAR_RE.search(inner)
            or _translates(inner, text.replace(match.group(0), " "))
            or looks_like_person_with_role(inner)
        ):
            # "(former EMC)": a name it used to have; "(member of …)", "(Nobel Peace Prize
            # 2022)": notes; "(toplum.tv)": its website; "«Ասպարեզ» … (Journalists’ Club
            # Asparez)": the name translated; "(Ruzanna Grigoryan, chair)": who signed.
            kept = kept.replace(match.group(0), "", 1)
            continue
        rest = kept.replace(match.group(0), "", 1).strip()
        if acronym is None and (_spells(rest, inner) or _names_its_acronym(rest, inner)):
            # "MIC (Media Initiatives Center)", "CRJM (Legal Resources Centre from Moldova)":
            # the acronym first, the name in brackets.
            acronym, kept = rest.strip(OPEN + CLOSE), inner
            continue
        place = _is_placeish(inner)
        if place is not None:
            country = place
            kept = kept.replace(match.group(0), "", 1)
        elif " " not in inner and (
            (len(inner) <= 12 and sum(c.isupper() for c in inner) >= 2)
            # Georgian has no capitals: a short word in brackets is its acronym ("(საია)").
            or (len(inner) <= 6 and script_of(inner) == "georgian")
        ):
            acronym = inner
            kept = kept.replace(match.group(0), "", 1)
        elif inner.count(" ") == 1 and _is_acronym(inner.split(" ")[0]):
            # "(CRRC Georgia)", "(PINK Armenia)": an acronym and a country.
            head, tail = inner.split(" ")
            place = _is_placeish(tail)
            if place is not None:
                acronym, country = head, place
                kept = kept.replace(match.group(0), "", 1)
    kept = kept.strip()
    # "ISFED – International Society …" and "… Monitoring Centre – EMC".
    if _SPACED_DASH in kept:
        head, rest = kept.split(_SPACED_DASH, 1)
        if acronym is None and _is_acronym(head) and len(rest.split()) >= 2:
            acronym, kept = head.strip(OPEN + CLOSE), rest
    if _SPACED_DASH in kept:
        rest, tail = kept.rsplit(_SPACED_DASH, 1)
        if acronym is None and _is_acronym(tail) and len(rest.split()) >= 2:
            acronym, kept = tail.strip(OPEN + CLOSE), rest
    while True:
        comma = _LAST_COMMA_RE.search(kept) if "," in kept else None
        if not comma:
            break
        tail = comma.group(1).strip()
        place = _is_placeish(tail)
        if place is not None and kept[: comma.start()].strip():
            country = country or place
            kept = kept[: comma.start()].strip()
            continue
        acronym_match = _TRAILING_ACRONYM_RE.search(kept)
        if (
            acronym is None
            and acronym_match
            and sum(c.isupper() for c in acronym_match.group(1)) >= 2
            and vocab.legal_form_at([acronym_match.group(1).lower()], 0) is None
            and len(kept[: acronym_match.start()].split()) >= 2
        ):
            acronym = acronym_match.group(1)
            kept = kept[: acronym_match.start()].strip()
            continue
        break
    if acronym is None:
        bare = kept.strip(OPEN + CLOSE)
        if " " not in bare and 2 <= len(bare) <= 10 and bare.isupper() and bare.isalpha():
            acronym = bare
    return kept, acronym, country


def _heading_prefix(text: str) -> str:
    """ "Signed by: Transparency International" -> "Transparency International"."""
    head, _, tail = text.partition(": ")
    if not tail or len(head) > 40:
        return text
    words = [word for word, _ in latin_words(head)]
    if words and all(word in vocab.HEADING_WORDS for word in words):
        return tail.strip()
    return text


def _subtitle_head(text: str) -> str | None:
    """ "CIVICUS: World Alliance for Citizen Participation" -> "CIVICUS".

    A short name of its own before a colon, and a longer description after it.
    """
    head, _, tail = text.partition(": ")
    if not tail or not 1 <= len(head.split()) <= 3 or len(tail.split()) < 2:
        return None
    words = [word for word, _ in latin_words(head)]
    if any(word.isdigit() or vocab.generic_weight(word) >= 1.0 for word in words) and not any(
        vocab.place_of(word) for word in words
    ):
        return head
    return None


def clean_name(raw: str) -> str:
    """The display-clean form of one line: folded, without numbering, bullets or separators."""
    numbered = _strip_numbering(fold(raw))
    text = _strip_trailing(numbered)
    if len(text) > MAX_NAME_LENGTH:
        return text  # noise, too long for a name: nothing to repair
    text = repair_tail(text) if text else text
    previous = numbered  # numbering is stripped to the end: only what came after can uncover more
    while text and previous != text:  # "A);" loses ";", then "A)" is numbering
        previous = text
        text = _strip_trailing(_strip_numbering(repair_tail(text)))
    return text


def _first_language(text: str) -> str:
    """ "«Молодой Тавуш» / Young Tavush", "Sapari – საფარი", "Bridge of Hope NGO |
    «Հույսի կամուրջ» ՀԿ": a name given in two scripts is matched by the first (words of
    both would count twice)."""
    for separator in (" / ", " | ", " – "):
        if separator not in text:
            continue
        head, tail = text.split(separator, 1)
        if (
            any(char.isalpha() for char in head)
            and any(char.isalpha() for char in tail)
            and script_of(head) != script_of(tail)
            and "mixed" not in (script_of(head), script_of(tail))
            and _says_again(head, tail)
        ):
            return head
    return text


def _says_again(head: str, tail: str) -> bool:
    """Whether ``tail`` is ``head`` in another script, not a branch, an office or another
    body ("Sapari – საფარი", not "Identoba – ბათუმის ოფისი" or "Pink Armenia – ЛГБТ-инициатива
    Гюмри"): they share a word of meaning, and ``tail`` names no place or office."""
    first, second = analyse(head), analyse(tail)
    return (
        bool(set(first.words) & set(second.words) or set(first.skeletons) & set(second.skeletons))
        and not second.places
        and "office" not in second.words
    )


def _name_words(core: str, acronym: str | None) -> NameKey:
    """The matching words of a name (before a subtitle; the first of two scripts), or of
    its acronym when it has no other ("(AIISA)" alone)."""
    core = _first_language(core)
    match = analyse(_subtitle_head(core) or core)
    if not match.words and acronym:
        match = analyse(acronym)
    return match


_CELL_RE = re.compile(r"\t+| {2,}| \| ")
_WIDE_CELL_RE = re.compile(r"\S(?: {3,}| \| )\S")
# A first cell saying that no organization signs: the row is the person's.
_NO_ORGANIZATION = frozenset(
    [
        "individual",
        "individually",
        "personal",
        "private",
        "self",
        "none",
        "n/a",
        "na",
        "-",
        "–",
        "—",
        "индивидуально",
        "лично",
        "частное",
        "անհատ",
        "անհատական",
        "ინდივიდუალური",
    ]
)


def _after_a_place(cells: list[str]) -> bool:
    """The cell before the last is a place and one before it is not ("Kvinna till Kvinna
    | Sweden | Ingrid Larsson", not "Armenia | Yerevan | Kolba Lab")."""
    return (
        "(" not in cells[-2]
        and _is_placeish(cells[-2]) is not None
        and any(_is_placeish(cell) is None for cell in cells[:-2])
    )


def _reads_as_a_name(cell: str) -> bool:
    """Two or three capitalised words that say nothing of an organization or a place: a
    person's name in a form's contact column, from anywhere ("Ingrid Larsson")."""
    parts = cell.split()
    if not 2 <= len(parts) <= 3 or not all(part[:1].isupper() for part in parts):
        return False
    words = [word for word, _ in latin_words(cell)]
    return len(words) == len(parts) and not any(
        vocab.concept_of(word) is not None
        or vocab.place_of(word) is not None
        or vocab.legal_form_at([word], 0) is not None
        or word in vocab.STOP_WORDS
        for word in words
    )


def _from_columns(raw: str) -> str:
    """A row pasted from a spreadsheet, a table or a form's export, its cells set apart by
    tabs, runs of spaces or bars ("12   Union of Informed Citizens NGO   Armenia   Daniel
    Ioannisyan", "ISFED | Georgia | Tamar Beridze"), written as a line of a list ("Union
    of Informed Citizens NGO (Armenia) – Daniel Ioannisyan").

    A number heading the row is its numbering.  Cells of places (first or last) are the
    qualifier, a person's cell (last or first) the representative, and a role's cell
    their role; empty answers, websites, e-mails, phones and timestamps go.  A first
    cell saying that no organization signs ("individual", or a dash with nothing else
    but a person and places) leaves the person; two people side by side are left as
    they are.  Without a number or a tab, a row is a table's only with a place, a person
    or a role in it and with three spaces or a bar between cells: two spaces typed
    inside a name are only spaces ("Liceul Teoretic  Mihai Eminescu"), justified text
    spaces every word widely ("Women’s   Resource   Center   Gyumri"), and bars with no
    person and no name of two words or more are a page's menu ("Contact | Georgia").
    """
    if _SPACED_PAGE_RE.match(raw.strip()):
        return raw  # "2 | P a g e"
    cells = [cell.strip() for cell in _CELL_RE.split(raw.strip())]
    cells = [cell for cell in cells if cell]
    if len(cells) < 2:
        return raw
    numbered = len(cells[0]) <= 5 and cells[0].rstrip(".)").isdigit()
    if numbered:
        cells = cells[1:]
    certain = numbered or "\t" in raw
    barred = " | " in raw
    if not certain and not _WIDE_CELL_RE.search(raw):
        return raw  # spaces typed twice ("Liceul Teoretic  Mihai Eminescu") make no table
    if not (certain or barred) and all(" " not in cell for cell in cells):
        return raw  # justified text: every word set apart alike
    alone = any(cell.lower() in _NO_ORGANIZATION for cell in cells)
    # "individual" says so; a dash first may be a bullet ("–\tYerevan Press Club\t…").
    said = any(cell.lower() in _NO_ORGANIZATION and cell.isalpha() for cell in cells)
    kept = [
        cell for cell in cells if cell.lower() not in _NO_ORGANIZATION and not _empty_cell(cell)
    ]
    # A timestamp, an e-mail or a phone dropped: a form's export for sure.
    certain = certain or any(_empty_cell(cell) and len(cell) > 3 for cell in cells)
    # A country's code in its column ("PJC | ARM", "ARM | Women's Resource Center"), not
    # the name itself ("MDA | Moldova").
    named = [cell for cell in kept if cell not in _ISO_COUNTRIES and not _is_placeish(cell)]
    cells = [_ISO_COUNTRIES.get(cell, cell) if named else cell for cell in kept]
    role: str | None = None
    person: str | None = None
    places: list[str] = []
    # From the end: a role, the person it belongs to, the places, in any order.
    while len(cells) > (0 if alone else 1):
        last = cells[-1]
        words = [word for word, _ in latin_words(last)]
        if role is None and person is None and _only_a_role(words):
            role = cells.pop()
        elif person is None and (looks_like_person(last) or looks_like_person_with_role(last)):
            person = cells.pop()
        elif (
            person is None
            and role is None
            and certain
            and len(cells) >= 3
            and _after_a_place(cells)
            and _reads_as_a_name(last)
        ):
            # A contact whose name the tables do not know ("… | Sweden | Ingrid Larsson"):
            # not the organization's name; left out, since no later test would know it
            # for a person's either.
            cells.pop()
        elif "(" not in last and _is_placeish(last):
            places.insert(0, cells.pop())
        elif person is None and (split := _place_then_person(last)) is not None:
            # "Armenia Arman Sahakyan": two cells the paste ran together.
            cells.pop()
            places.insert(0, split[0])
            person = split[1]
        else:
            break
    if len(cells) == 1 and person is None and (parts := _name_place_person(cells[0])):
        # "Центр прав людини ZMINA Україна Марія Шевчук": three cells run together.
        cells, places, person = [parts[0]], [parts[1], *places], parts[2]
    # From the start: places, or the person who filled in the form.
    while len(cells) > 1 and "(" not in cells[0] and _is_placeish(cells[0]):
        places.append(cells.pop(0))
    if said and person is None and len(cells) > 1 and looks_like_person(cells[0]):
        person = cells.pop(0)
    if said and person and cells:
        # "Anna Petrosyan | Yerevan Press Club | Individual": she signs for herself.
        text = ", ".join([person, *([role] if role else []), *cells])
        return f"{text} ({', '.join(places)})" if places else text
    if person is None and len(cells) > 1 and looks_like_person(cells[0]):
        if not _reads_as_an_organization(" ".join(cells[1:])):
            # "Anna Petrosyan | Student", "Anna Petrosyan | Peace activist": what the
            # person does, not an organization.
            return f"{cells[0]}, {' '.join(cells[1:])}"
        person = cells.pop(0)
    # A role between the name and the person ("Yerevan Press Club | President | …").
    for index in range(len(cells) - 1, 0, -1):
        if role is None and _only_a_role([word for word, _ in latin_words(cells[index])]):
            role = cells.pop(index)
    if not (certain or places or person or role):
        return raw
    if barred and not person and not any(len(cell.split()) >= 2 for cell in cells):
        return raw  # a menu ("Contact | Georgia", "Home | About | Armenia")
    if not cells:
        if alone and person:
            text = f"{person}, {role}" if role else person
            return f"{text} ({', '.join(places)})" if places else text
        return ""  # empty answers and places only: no one signs
    if person and len(cells) == 1 and looks_like_person(cells[0]):
        return raw  # two people side by side ("Anna Sargsyan      Lilit Petrosyan")
    scripts = {script_of(cell) for cell in cells}
    text = " / ".join(cells) if len(cells) == 2 and len(scripts) == 2 else " ".join(cells)
    if role and not person and looks_like_person(text):
        text += f", {role}"  # "46   Arzu Geybulla   Azerbaijan   journalist": a person
    if places:
        text += f" ({', '.join(places)})"
    if person:
        text += f" – {person}, {role}" if role else f" – {person}"
    return text


# Country codes a form may use for its country column.
_ISO_COUNTRIES = {
    "ARM": "Armenia",
    "GEO": "Georgia",
    "AZE": "Azerbaijan",
    "UKR": "Ukraine",
    "BLR": "Belarus",
    "MDA": "Moldova",
    "KAZ": "Kazakhstan",
    "KGZ": "Kyrgyzstan",
    "TJK": "Tajikistan",
    "UZB": "Uzbekistan",
    "RUS": "Russia",
}


def _name_place_person(cell: str) -> tuple[str, str, str] | None:
    """A name, a place and a person's name in one cell, by the place in the middle."""
    words = cell.split()
    for start in range(1, len(words) - 2):
        found = _place_then_person(" ".join(words[start:]))
        if found is not None:
            return " ".join(words[:start]), found[0], found[1]
    return None


def _place_then_person(cell: str) -> tuple[str, str] | None:
    """A place and a person's name in one cell ("Republica Moldova Natalia Cojocaru"), not
    a person named after a place ("Georgia Anne Miller")."""
    if looks_like_person(cell):
        return None
    words = cell.split()
    for size in range(1, min(4, len(words) - 1)):
        place, rest = " ".join(words[:size]), " ".join(words[size:])
        if _is_placeish(place) and looks_like_person(rest):
            return place, rest
    return None


def _reads_as_an_organization(text: str) -> bool:
    """A cell that names an organization on its face: a kind of body, a legal form, a
    quotation or an acronym ("ISFED", "Women's Resource Center", "«Ագաթ» ՀԿ")."""
    words = [word for word, _ in latin_words(text)]
    if not words or any(
        word in vocab.ROLE_WORDS or word in vocab.PROFESSIONS or word in _ROLE_MORE
        for word in words
    ):
        return False  # "Union member", "LGBT activist", "School director", "ՀԿ անդամ"
    return (
        any(vocab.concept_of(word) in vocab.TYPE_WORDS for word in words)
        or _has_legal_form(words)
        or any(mark in text for mark in OPEN + CLOSE + '«»„"')
        or any(_is_acronym(token) and token.isupper() and len(token) >= 3 for token in text.split())
        # "Sapari": a word of its own, no word of the language and no given name
        or any(
            vocab.concept_of(word) is None and word not in vocab.GIVEN_NAMES and len(word) > 3
            for word in words
        )
    )


_ROLE_MORE = frozenset(
    ["specialist", "ceo", "cto", "manager", "officer", "staff", "employee", "activist"]
)


def _only_a_role(words: list[str]) -> bool:
    """A cell that only says what a person does ("journalist", "President")."""
    return _is_a_profession(words) or (
        bool(words)
        and all(word in vocab.ROLE_WORDS or word in vocab.STOP_WORDS for word in words)
        and any(word in vocab.ROLE_WORDS for word in words)
    )


# Cells of a form's export that say nothing of who signs.
_EMPTY_CELLS = frozenset(
    ["n/a", "na", "none", "no", "yes", "-", "–", "—", "нет", "да", "չկա", "այո", "ոչ", "არა", "კი"]
    + ["no website", "not applicable"]
)
_PHONE_RE = re.compile(r"^\+?[\d\s().-]{7,}$")
_TIMESTAMP_RE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_EMAIL_RE = re.compile(r"^\S+@\S+\.\w+$")


def _empty_cell(cell: str) -> bool:
    """A cell that names no one: an empty answer, a website, an e-mail, a phone, a time."""
    text = cell.strip()
    return (
        text.lower() in _EMPTY_CELLS
        or bool(_NOTE_CELL_RE.match(text))  # "Note: we sign with reservations", "Agree: yes"
        or bool(_PHONE_RE.match(text))
        or bool(_TIMESTAMP_RE.match(text))
        or bool(_EMAIL_RE.match(text))
        or bool(_WEBSITE_RE.fullmatch(text))
    )


def _signed_name(text: str) -> str:
    """The name a sign-on written as a sentence carries ("On behalf of Bridge of Hope NGO,
    we sign the statement." is "Bridge of Hope NGO"), or ``text`` as it is.  Emoji go."""
    if _EMOJI_RE.search(text):
        text = _EMOJI_RE.sub("", text)
    lower = text.lower()
    for mark in _SIGN_ON_MARKS:
        if mark in lower:
            break
    else:
        return text
    around = _SIGNED_AROUND_RE.match(text)
    if around is not None:
        name = next(group for group in around.groups() if group)
        named = _APPOSITION_RE.match(name)
        if named is not None:
            name = named.group(1)  # "our organization, Women’s Resource Center"
        if _may_be_signed_name(name):
            return name
        # "On behalf of myself, I sign" stays as it is; "On behalf of our NGO, we sign"
        # is a comment naming no one.
        return text if name.lower() in _NO_ORGANIZATION_NAMED else ""
    before = _SIGNED_BEFORE_RE.match(text)
    name, place = text, None
    if before is not None and before.end():
        name, place = text[before.end() :], before.group("place")
        the = _THE_RE.match(name)  # "Dear all, the Armenian Caritas … supports …"
        name = name[the.end() :] if the else name
    after = _SIGNED_AFTER_RE.search(name)
    if after is not None and after.start() > 0:
        name = name[: after.start()]
    if name is text:
        return text
    if not _may_be_signed_name(name):
        # "We join – Armenia", "+1 from Anna", "Միանում ենք՝ Գյումրի": a comment only.
        prefix = before.group(0).strip(" ,!։").lower() if before is not None else ""
        return "" if prefix and not _GREETING_ONLY_RE.fullmatch(prefix) else text
    if place and _is_placeish(place):
        name = f"{name.rstrip()} – {place.strip()}"  # "We join from Gyumri – …": a branch
    return name


_GREETING_ONLY_RE = re.compile(r"(?i)hi|hello|dear [^,]{1,30}|բար(?:և|եւ)\s+ձեզ")


def _may_be_signed_name(name: str) -> bool:
    """Whether what a sign-on sentence leaves may be a name: it starts with a capital,
    a quotation mark or a digit (not "good luck!", "us to the list", "полностью"), is no
    first name alone ("+1 from Anna"), no place alone ("Count Us In – Armenia") and not
    only words for people, a team or the list ("our organization", "Armenian people")."""
    text = name.strip(" .!,:;–—-")
    first = text[:1]
    georgian = first.isalpha() and script_of(first) == "georgian"  # no capitals there
    capital = first.isupper() or first.isdigit() or first in OPEN + CLOSE + "«„\"'"
    words = [word for word, _ in latin_words(text)]
    # "we join - women's resource center": typed small, a kind of body says a name.
    kind = any(vocab.concept_of(word) in vocab.TYPE_WORDS for word in words) or _has_legal_form(
        words
    )
    if not text or not (capital or georgian or kind):
        return False
    if not words or _is_placeish(text):
        return False
    if words[0] in _POSSESSIVES or only_an_office(text):
        return False  # "our youth group", "մեր ՀԿ", "the Gyumri office": the sender's, unnamed
    if len(words) == 1 and words[0] in vocab.GIVEN_NAMES:
        return False
    if _CLOSING_RE.fullmatch(text):
        return False
    return not all(
        word in vocab.STOP_WORDS
        or word in vocab.POPULATION
        or word in _NOT_A_SIGNER
        or vocab.concept_of(word) in vocab.NATIONAL_CONCEPTS
        or vocab.concept_of(word) in vocab.POPULATION
        or vocab.place_of(word) is not None
        for word in words
    )


# "our organization, X" / "մեր՝ X": the sender's body, then its name.
_APPOSITION_RE = re.compile(r"(?i)^(?:our|my|մեր|наша?|нашей|нашего)\b[^,՝]{0,30}[,՝]\s*(.+)$")
_POSSESSIVES = frozenset(
    transliterate(word).lower()
    for word in vocab.words(
        "my our your their мой моя моё мое наш наша наше нашего нашей мій իմ մեր ჩემი ჩვენი"
    )
)
_NOT_A_SIGNER = frozenset(
    [
        "our",
        "my",
        "we",
        "us",
        "organization",
        "organisation",
        "family",
        "team",
        "colleagues",
        "all",
        "list",
        "undersigned",
        "people",
        "members",
        "everyone",
    ]
)


@lru_cache(maxsize=65536)
def parse_line(raw: str) -> ParsedLine:
    """Classify and clean one line of a list (see the module docstring)."""
    if len(raw) > 100 * MAX_NAME_LENGTH:
        return ParsedLine(raw=raw, kind="noise", name="", reason="too long for a name")
    text = raw
    first = raw.lstrip()[:1]
    if first in ("o", "§"):
        text = _O_BULLET_RE.sub("", text)  # a word processor's second-level bullet
    elif first == "[" or first.isdigit():
        text = _CHAT_RE.sub("", text)  # "[14.05.24, 10:43:15] Ani Hovhannisyan: …"
    if '""' in text:
        text = text.replace('""', '"')  # a sheet's CSV: ""Peace Dialogue"" NGO
    if "-" in text and _HY_FORM_SUFFIX_RE.search(text):
        text = _HY_FORM_SUFFIX_RE.sub(r"\1", text)  # "Խաչմերուկ ՀԿ-ն միանում է"
    if "\t" in text or "  " in text or " | " in text:
        text = _from_columns(text)
    text = _signed_name(text)
    low = text.lower()
    if ("ncl" in low or "в том" in low or "այդ" in low) and _INCLUDING_RE.search(text):
        members_of = _INCLUDING_RE.sub("", text)
        # "Coalition …, including:", "Asparez, including:", not "Women, including:"
        if _names_a_body(members_of) or _has_own_word(members_of):
            text = members_of
    bare = _BARE_SITE_RE.match(text) if "." in text else None
    if bare is not None and bare.group(1).split(".")[0].lower() not in _PLATFORMS:
        text = bare.group(1)  # "www.civilnet.am": an outlet signing by its website
    joins = _JOINS_RE.search(text) if any(mark in text for mark in _JOIN_MARKS) else None
    if joins and _joins_after_a_name(_strip_numbering(text[: joins.start()].strip()), joins):
        gone = joins.group(0)
        text = text[: joins.start()]
        tokens = re.findall(r"[^\W\d_]+", gone)
        places = [
            token
            for token in tokens
            if token[:1].isupper() and vocab.place_of(transliterate(token).lower())
        ]
        branch = any(vocab.concept_of(transliterate(token).lower()) == "office" for token in tokens)
        if places and branch:
            # "… joins (Gyumri branch of the center)": which office signs.
            text = f"{text} – {', '.join(places)}"
    name = clean_name(text)
    if not name:
        return ParsedLine(raw=raw, kind="noise", name="", reason="blank")
    reason = _noise_reason(name, text)
    if reason is not None:
        return ParsedLine(raw=raw, kind="noise", name=name, reason=reason)
    name = _heading_prefix(name)
    personal = _PERSONAL_CAPACITY_RE.search(name) if _may_be_personal(name) else None
    shown = name
    if personal is not None and personal.start() > 0:
        name = _strip_trailing(name[: personal.start()])  # "Gor Hakobyan (in personal capacity)"
    organization, representative = _split_representative(name)
    core, acronym, country = _take_qualifiers(organization)
    looks_so = looks_like_person(core) or looks_like_person_with_role(organization)
    person = personal is not None or looks_so
    if looks_so or personal is None:
        shown = name  # the marker is kept only where the name alone would not tell a person
    kind: Kind = "person" if representative is None and person else "org"
    match = _name_words(core, acronym)
    if not match.words:
        return ParsedLine(raw=raw, kind="noise", name=name, reason="no name words")
    shown = _strip_trailing(organization if representative else shown)
    if len(shown) <= 2 or not any(char.isalpha() for char in shown):  # "B\tB B": a table row
        return ParsedLine(raw=raw, kind="noise", name=shown, reason="too short for a name")
    return ParsedLine(
        raw=raw,
        kind=kind,
        name=shown,
        representative=representative,
        acronym=acronym,
        country=country,
        key=match.key,
        match=match,
    )


@lru_cache(maxsize=32768)
def parse_name(raw: str) -> ParsedLine:
    """Parse a string known to be an organization's name (a registry alias).

    Like ``parse_line`` without classifying the line: no noise or person detection and
    no representative split, so a registry alias is never dropped for looking like a
    sentence.  Returns a line of kind "noise" only when no name word is left.
    """
    name = clean_name(raw[: 100 * MAX_NAME_LENGTH])
    core, acronym, country = _take_qualifiers(name)
    match = _name_words(core, acronym)
    if not match.words:
        return ParsedLine(raw=raw, kind="noise", name=name, reason="no name words")
    return ParsedLine(
        raw=raw,
        kind="org",
        name=name,
        acronym=acronym,
        country=country,
        key=match.key,
        match=match,
    )
