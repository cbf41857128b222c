"""Schemathesis generates requests from the OpenAPI schema (valid and invalid ones) and
checks every answer: never a server error, and always what the schema promises."""

from __future__ import annotations

import copy
import json

import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings

from undersigned.api.api import api

EXAMPLES_PER_OPERATION = 20

schema = schemathesis.openapi.from_dict(
    copy.deepcopy(api.get_openapi_schema(path_prefix="/api/v1"))
)
schema.app = get_wsgi_application()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_as_its_schema_says(case, signed, token):
    case.call_and_validate(headers={"Authorization": f"Bearer {token}"})


def test_the_schema_served_is_the_one_tested(client):
    served = json.loads(client.get("/api/v1/openapi.json").content)
    assert served == json.loads(json.dumps(api.get_openapi_schema(path_prefix="/api/v1")))
