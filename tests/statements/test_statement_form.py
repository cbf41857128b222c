"""Coordinators write statements in several languages; bad input gets a clear error."""

from __future__ import annotations

import pytest
from django.urls import reverse

from undersigned.audit.models import AuditEntry
from undersigned.statements.models import Statement, Status

CREATE = reverse("statements:create")


def _valid(**changes):
    data = {
        "language": "en",
        "title": "Appeal for peace",
        "body": "We call for **peace**.",
        "summary": "A short appeal.",
        "date": "2026-11-20",
        "place": "Yerevan",
        "addressees": "United Nations\n\nOSCE Minsk Group\nCouncil of Europe",
        "tags": "peace, human rights, peace",
        "deadline": "2030-01-31T18:00",
        "allow_individuals": "on",
        "review_individuals": "on",
        "title_hy": "Կոչ հանուն խաղաղության",
        "body_hy": "Մենք կոչ ենք անում **խաղաղության**։",
        "title_ru": "Призыв к миру",
        "body_ru": "Мы призываем к **миру**.",
    }
    data.update(changes)
    return data


def test_a_coordinator_creates_a_draft_in_three_languages(client, coalition, alice):
    client.force_login(alice)
    response = client.post(CREATE, _valid())
    statement = Statement.objects.get(title="Appeal for peace")
    assert response.status_code == 302
    assert response["Location"] == reverse("statements:manage", kwargs={"slug": statement.slug})
    assert statement.status == Status.DRAFT
    assert statement.coalition == coalition
    assert statement.languages() == ["en", "hy", "ru"]
    assert [a.name for a in statement.addressees.all()] == [
        "United Nations",
        "OSCE Minsk Group",
        "Council of Europe",
    ]
    assert sorted(t.name for t in statement.tags.all()) == ["human rights", "peace"]
    assert statement.deadline is not None
    assert statement.allow_individuals and statement.review_individuals
    assert AuditEntry.objects.filter(action="statements.statement.created").count() == 1


def test_the_form_shows_every_field_with_a_label(client, alice):
    client.force_login(alice)
    html = client.get(CREATE).content.decode()
    for field in (
        "title",
        "body",
        "date",
        "place",
        "addressees",
        "tags",
        "deadline",
        "title_hy",
        "body_ru",
    ):
        assert f'for="id_{field}"' in html, field


def test_editing_changes_details_without_a_new_version(client, published_statement, alice):
    client.force_login(alice)
    url = reverse("statements:edit", kwargs={"slug": published_statement.slug})
    data = _valid(title=published_statement.title, body=published_statement.body, place="Gyumri")
    data.pop("language")
    response = client.post(url, data)
    assert response.status_code == 302
    published_statement.refresh_from_db()
    assert published_statement.place == "Gyumri"
    assert published_statement.language == "en"
    assert published_statement.version == 1
    assert AuditEntry.objects.filter(action="statements.statement.details_changed").exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "", "This field is required."),
        ("title", "x" * 301, "at most 300 characters"),
        ("title", "Bad\x07title", "Remove the invisible control character (U+0007)."),
        ("title", "Evil \u202etitle", "Remove the invisible control character (U+202E)."),
        ("title", "nul\x00byte", "Null characters are not allowed."),
        ("body", "x" * 100_001, "at most 100000 characters"),
        ("place", "p" * 201, "at most 200 characters"),
        ("date", "yesterday", "Enter a valid date."),
        ("date", "2026-02-30", "Enter a valid date."),
        ("deadline", "2001-01-01T10:00", "The deadline must be in the future."),
        ("deadline", "not a time", "Enter a valid date/time."),
        ("addressees", "\n".join(f"Addressee {n}" for n in range(51)), "At most 50 addressees."),
        ("addressees", "a" * 301, "at most 300 characters"),
        ("tags", ",".join(f"t{n}" for n in range(21)), "At most 20 tags."),
        ("tags", "t" * 61, "A tag has at most 60 characters."),
        ("language", "de", "Select a valid choice."),
        ("language", ["en", "hy"], ""),
        ("title_hy", "", "A translation needs a title."),
        ("title_en", "Same language", "This is the original language"),
    ],
)
def test_bad_input_gets_a_clear_error_and_nothing_is_saved(client, alice, field, value, message):
    client.force_login(alice)
    response = client.post(CREATE, _valid(**{field: value}))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Statement.objects.exists()
    # What was typed is still in the form.
    if field == "title" and value and "\x00" not in value:
        assert (
            "Bad" in response.content.decode()
            or "Evil" in response.content.decode()
            or "xxx" in response.content.decode()
        )


def test_odd_unicode_is_kept_as_typed(client, alice):
    client.force_login(alice)
    title = "Ժողովրդավարություն — «Ազատություն» ‘Asparez’ ☮"
    client.post(CREATE, _valid(title=title))
    assert Statement.objects.get().title == title


@pytest.mark.parametrize("who", ["bob", "charlie"])
def test_only_coordinators_may_create(client, request, who, coalition):
    client.force_login(request.getfixturevalue(who))
    assert client.get(CREATE).status_code == 403
    assert client.post(CREATE, _valid()).status_code == 403
    assert not Statement.objects.exists()


def test_an_anonymous_reader_is_sent_to_log_in(client, db):
    response = client.get(CREATE)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


@pytest.mark.parametrize("who", ["bob", "charlie"])
def test_only_coordinators_may_edit(client, request, who, statement):
    client.force_login(request.getfixturevalue(who))
    url = reverse("statements:edit", kwargs={"slug": statement.slug})
    assert client.post(url, _valid(title="Hijacked")).status_code == 403
    statement.refresh_from_db()
    assert statement.title != "Hijacked"


def test_a_coordinator_cannot_create_for_a_coalition_of_someone_else(client, alice, db):
    from undersigned.accounts.models import Coalition

    Coalition.objects.create(name="Other", slug="other")
    client.force_login(alice)
    assert client.post(CREATE + "?coalition=other", _valid()).status_code == 403


def test_an_existing_translation_cannot_be_emptied_by_accident(client, statement, alice):
    from undersigned.statements import services

    services.update_text(statement, texts={"ru": ("Заявление", "Текст.")}, by=alice)
    client.force_login(alice)
    url = reverse("statements:edit", kwargs={"slug": statement.slug})
    data = _valid(title=statement.title, title_ru="", body_ru="")
    data.pop("language")
    response = client.post(url, data)
    assert response.status_code == 400
    assert "A translation cannot be emptied once it exists" in response.content.decode()
    assert statement.translations.get(language="ru").title == "Заявление"


def test_a_coordinator_of_two_coalitions_chooses_one_first(client, coalition, alice):
    from undersigned.accounts.models import Coalition, Membership, Role

    other = Coalition.objects.create(name="Women's Coalition", slug="women")
    Membership.objects.create(coalition=other, user=alice, role=Role.COORDINATOR)
    client.force_login(alice)
    chooser = client.get(CREATE).content.decode()
    assert "For which coalition?" in chooser
    assert "?coalition=women" in chooser
    response = client.post(CREATE + "?coalition=women", _valid())
    assert response.status_code == 302
    assert Statement.objects.get().coalition == other
