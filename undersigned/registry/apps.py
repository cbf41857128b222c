from django.apps import AppConfig

DUPLICATE_SEARCH_EVERY = 6 * 3600  # seconds: celery beat runs the duplicate search this often


class RegistryConfig(AppConfig):
    name = "undersigned.registry"
    label = "registry"

    def ready(self) -> None:
        from undersigned.celery import app

        schedule = dict(app.conf.beat_schedule or {})
        schedule.setdefault(
            "registry-duplicates",
            {
                "task": "undersigned.registry.tasks.detect_duplicates_task",
                "schedule": DUPLICATE_SEARCH_EVERY,
            },
        )
        app.conf.beat_schedule = schedule
