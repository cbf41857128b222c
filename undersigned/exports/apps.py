from django.apps import AppConfig


class ExportsConfig(AppConfig):
    name = "undersigned.exports"
    label = "exports"
