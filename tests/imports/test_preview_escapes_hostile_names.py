from undersigned.imports import services

HOSTILE = [
    '<script>alert("x")</script> Club NGO',
    '"><img src=x onerror=alert(1)> Union',
    "\u202eOGN bulC\u202c Reversed",
    "{{ 7*7 }} Template Foundation",
]


def test_every_part_of_the_preview_escapes_what_was_pasted(alice_client, alice, statement):
    batch = services.start_batch(statement, by=alice, text="\n".join(HOSTILE))
    services.analyse_batch(batch)
    for show in ("review", "groups", "lines"):
        page = alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/?show={show}")
        html = page.content.decode()
        assert page.status_code == 200
        assert "<script>alert" not in html
        assert "<img src=x" not in html
    lines = alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/?show=lines")
    assert "&lt;script&gt;" in lines.content.decode()


def test_the_lines_page_reads_the_batch_with_few_queries(
    alice_client, alice, statement, seed_list, django_assert_max_num_queries
):
    batch = services.start_batch(statement, by=alice, text=seed_list)
    services.analyse_batch(batch)
    with django_assert_max_num_queries(12):
        alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/?show=lines&page=2")
