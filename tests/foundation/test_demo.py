from django.core.management import call_command

from undersigned.accounts.models import Coalition
from undersigned.registry.models import Alias, Organization
from undersigned.signatures.models import Signature
from undersigned.statements.demo import DEMO_SLUG, load_demo
from undersigned.statements.models import Statement


def _snapshot():
    return (
        list(Coalition.objects.values_list("slug", flat=True)),
        list(Statement.objects.values_list("slug", "status", "organization_count", "person_count")),
        sorted(Organization.objects.values_list("name", "slug", "statement_count")),
        sorted(Alias.objects.values_list("name", "organization__slug")),
        sorted(Signature.objects.values_list("name_as_signed", "status", "organization__slug")),
    )


def test_demo_loads_the_published_list(db):
    result = load_demo()
    statement = Statement.objects.get(slug=DEMO_SLUG)
    assert result.statement == statement
    assert statement.status == "published"
    assert [a.name for a in statement.addressees.all()][:2] == [
        "United Nations",
        "Council of Europe",
    ]
    assert {t.language for t in statement.translations.all()} == {"hy", "ru"}
    names = list(statement.signatures.values_list("name_as_signed", flat=True))
    assert len(names) == 132  # 136 published lines, 4 duplicate pairs merged
    assert "PRKUTYUN center of disabled children and young people" in names
    assert "PRKUTYU center of disabled children and young peopleRKUTYUN" not in names
    assert names.count("Social Justice NGO") == 1
    assert "Related Posts:" not in names
    assert statement.signatures.filter(status="confirmed").exists()  # the matcher was unsure
    assert (
        statement.organization_count
        == Signature.objects.public().filter(statement=statement).count()
    )


def test_loading_the_demo_twice_gives_the_same_data(db):
    load_demo()
    first = _snapshot()
    load_demo()
    assert _snapshot() == first


def test_demo_command_prints_the_address_and_an_admin_login(db, capsys):
    call_command("demo", password="demo-password-1")
    out = capsys.readouterr().out
    assert f"/s/{DEMO_SLUG}/" in out
    assert "demo-password-1" in out
