from celery import current_app

from undersigned.celery import app


def test_every_periodic_task_names_a_registered_task():
    app.loader.import_default_modules()
    schedule = app.conf.beat_schedule
    assert {"signatures-expire-unconfirmed", "registry-duplicates"} <= set(schedule)
    for entry in schedule.values():
        assert entry["task"] in current_app.tasks, entry["task"]
