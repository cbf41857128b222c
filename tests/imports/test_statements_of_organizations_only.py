"""A statement that takes organizations only: the individuals of an imported list are
announced in the preview and left out on commit, never signed."""

from undersigned.imports import services
from undersigned.signatures.models import Kind, Signature

LIST = "Union of Informed Citizens\nAnna Hakobyan\nJournalists’ Club Asparez\nNino Lomjaria\n"


def test_individuals_are_announced_and_left_out(alice_client, alice, statement):
    statement.allow_individuals = False
    statement.save(update_fields=["allow_individuals"])
    batch = services.start_batch(statement, by=alice, text=LIST)
    services.analyse_batch(batch)
    batch.refresh_from_db()
    assert batch.preview["summary"]["people_left_out"] == 2

    page = alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/")
    assert "takes organizations only" in page.content.decode()

    services.commit_batch(batch, by=alice)
    assert not Signature.objects.filter(kind=Kind.PERSON).exists()
    assert Signature.objects.filter(kind=Kind.ORGANIZATION).count() == 2
    batch.refresh_from_db()
    assert batch.stats["people_left_out"] == 2
    done = alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/")
    assert "individuals left out" in done.content.decode()
    statement.refresh_from_db()
    assert statement.person_count == 0


def test_individuals_sign_where_the_statement_takes_them(alice, statement):
    assert statement.allow_individuals
    batch = services.start_batch(statement, by=alice, text=LIST)
    services.analyse_batch(batch)
    batch.refresh_from_db()
    assert batch.preview["summary"]["people_left_out"] == 0
    services.commit_batch(batch, by=alice)
    assert Signature.objects.filter(kind=Kind.PERSON).count() == 2
