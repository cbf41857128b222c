"""The demo: the joint statement of 27 September 2020 and its list, exactly as published.

The list is messy on purpose: duplicates, variants of one name, copy-paste garble, a line
of page chrome. It comes in through the same cleaning and matching as any pasted list, and
what the matcher is unsure of waits for a moderator. Loading twice changes nothing.
"""

from __future__ import annotations

import datetime
import secrets
from dataclasses import dataclass
from importlib import resources

from django.contrib.auth.models import User
from django.db import transaction

from undersigned.accounts.models import Coalition, Membership, Role
from undersigned.statements import services
from undersigned.statements.models import Statement, Status

DEMO_SLUG = "statement-on-the-azerbaijani-offensive-against-artsakh"
COALITION_SLUG = "armenian-civil-society"

TITLE = "Statement on the Azerbaijani offensive against Artsakh"
SUMMARY = (
    "On 27 September 2020 Azerbaijan launched a large-scale offensive along the whole line of "
    "contact in Artsakh (Nagorno Karabakh), shelling towns and villages, among them "
    "Stepanakert, and the border of Armenia near Vardenis."
)
BODY = f"""{SUMMARY}

The signatories, organizations of Armenian civil society, condemn the attack on the civilian
population as a gross violation of international humanitarian law, warn that the fighting may
spread beyond the conflict zone into a humanitarian crisis made worse by the pandemic, and
call on the UN, the Council of Europe, the European Union and the OSCE Minsk Group Co-Chairs
to take urgent and effective measures to end the aggression and to resume negotiations for a
peaceful settlement of the conflict.

*A summary written for this demo; the signatories published the full text themselves.*
"""

TRANSLATIONS = {
    "hy": (
        "Հայտարարություն Արցախի դեմ Ադրբեջանի հարձակման վերաբերյալ",
        "2020 թ. սեպտեմբերի 27-ին Ադրբեջանը լայնածավալ հարձակում սկսեց Արցախի (Լեռնային "
        "Ղարաբաղ) շփման ողջ գծով՝ հրետակոծելով քաղաքներ ու գյուղեր, այդ թվում՝ "
        "Ստեփանակերտը, ինչպես նաև Հայաստանի սահմանը Վարդենիսի ուղղությամբ։\n\n"
        "Ստորագրողները՝ Հայաստանի քաղաքացիական հասարակության կազմակերպությունները, "
        "դատապարտում են խաղաղ բնակչության դեմ հարձակումը որպես միջազգային մարդասիրական "
        "իրավունքի կոպիտ խախտում և կոչ են անում ՄԱԿ-ին, Եվրոպայի խորհրդին, Եվրոպական "
        "միությանը և ԵԱՀԿ Մինսկի խմբի համանախագահներին ձեռնարկել հրատապ և արդյունավետ "
        "միջոցներ՝ ագրեսիան դադարեցնելու և հակամարտության խաղաղ կարգավորման "
        "բանակցությունները վերսկսելու համար։\n\n"
        "*Ցուցադրության համար գրված ամփոփում. ամբողջական տեքստը հրապարակել են ստորագրողները։*\n",
    ),
    "ru": (
        "Заявление в связи с наступлением Азербайджана на Арцах",
        "27 сентября 2020 года Азербайджан начал масштабное наступление по всей линии "
        "соприкосновения в Арцахе (Нагорном Карабахе), обстреливая города и сёла, в том числе "
        "Степанакерт, а также границу Армении в направлении Вардениса.\n\n"
        "Подписавшие — организации гражданского общества Армении — осуждают нападение на "
        "мирное население как грубое нарушение международного гуманитарного права и призывают "
        "ООН, Совет Европы, Европейский союз и сопредседателей Минской группы ОБСЕ принять "
        "срочные и эффективные меры, чтобы прекратить агрессию и возобновить переговоры о "
        "мирном урегулировании конфликта.\n\n"
        "*Краткое изложение для демонстрации; полный текст опубликовали сами подписавшие.*\n",
    ),
}

ADDRESSEES = [
    "United Nations",
    "Council of Europe",
    "European Union",
    "OSCE Minsk Group Co-Chairs",
]


@dataclass
class DemoResult:
    statement: Statement
    admin_password: str | None
    pending_review: int


def published_list() -> str:
    """The signatory list exactly as the statement's web page carried it."""
    return (
        resources.files("undersigned.statements")
        .joinpath("demo_data/signatories-2020-09-27.txt")
        .read_text(encoding="utf-8")
    )


def _admin(coalition: Coalition, password: str | None) -> str | None:
    admin, _created = User.objects.get_or_create(
        username="admin",
        defaults={"email": "admin@localhost", "is_staff": True, "is_superuser": True},
    )
    Membership.objects.get_or_create(
        coalition=coalition, user=admin, defaults={"role": Role.COORDINATOR}
    )
    if password is None:
        password = secrets.token_urlsafe(9)
    admin.set_password(password)
    admin.save(update_fields=["password"])
    return password


@transaction.atomic
def load_demo(*, admin_password: str | None = None) -> DemoResult:
    from undersigned.imports.services import import_demo_list

    coalition, _created = Coalition.objects.get_or_create(
        slug=COALITION_SLUG,
        defaults={
            "name": "Armenian civil society organizations",
            "letterhead": "Joint statement of Armenian civil society organizations",
        },
    )
    password = _admin(coalition, admin_password)
    statement = Statement.objects.filter(slug=DEMO_SLUG).first()
    if statement is None:
        statement = services.create_statement(
            coalition,
            slug=DEMO_SLUG,
            title=TITLE,
            body=BODY,
            summary=SUMMARY,
            language="en",
            date=datetime.date(2020, 9, 27),
            place="Yerevan",
            addressees=ADDRESSEES,
            tags=["Artsakh", "Peace and security", "Human rights"],
            translations=TRANSLATIONS,
        )
        import_demo_list(statement, published_list())
        statement = services.change_status(statement, Status.PUBLISHED)
    pending = statement.signatures.filter(status="confirmed").count()
    return DemoResult(statement=statement, admin_password=password, pending_review=pending)
