from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "undersigned.registry"
    label = "registry"
