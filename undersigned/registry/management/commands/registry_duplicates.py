from __future__ import annotations

from typing import Any

from undersigned.registry import services
from undersigned.registry.management.base import RegistryCommand


class Command(RegistryCommand):
    help = """Look for organizations in the registry that may be one and the same.

Suspected pairs go to the moderators' queue at /o/duplicates/; pairs already decided
("not the same", merged, later) are never suggested again. Nothing is merged.

Example:
  undersigned registry-duplicates
"""

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(services.detect_duplicates().line())
