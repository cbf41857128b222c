"""Schemathesis generates requests from the OpenAPI schema (valid and invalid ones) and
checks every answer: never a server error, and always what the schema promises."""

from __future__ import annotations

import copy
import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from undersigned.api.api import api

EXAMPLES_PER_OPERATION = 20


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """Requests go through the WSGI handler, which closes database connections when a
    request ends; the test's transaction lives on that connection (as Django's test
    client does, the handler leaves it open here)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


schema = schemathesis.openapi.from_dict(
    copy.deepcopy(api.get_openapi_schema(path_prefix="/api/v1"))
)
schema.app = get_wsgi_application()


# Each example of the bulk endpoint may carry up to 500 signatures, each resolved against the
# registry: it gets fewer examples so that the whole run stays near half a minute.
BULK_EXAMPLES = 8
bulk = schema.include(method="POST", path_regex=r"/signatures$")
every_other = schema.exclude(method="POST", path_regex=r"/signatures$")


@every_other.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck)
)
def test_every_operation_answers_as_its_schema_says(case, signed, token):
    _call_and_validate(case, token)


@bulk.parametrize()
@settings(max_examples=BULK_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_bulk_signatures_answer_as_the_schema_says(case, signed, token):
    _call_and_validate(case, token)


def _call_and_validate(case, token: str) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    response = case.call(headers=headers)
    case.validate_response(response, headers=headers, transport_kwargs={"headers": headers})


def test_a_statement_titled_in_greek_is_created(client, auth):
    payload = json.dumps({"title": "Δήλωση για την ειρήνη", "tags": ["ειρήνη"]})
    response = client.post("/api/v1/statements", payload, content_type="application/json", **auth)
    assert response.status_code == 201


def test_the_schema_served_is_the_one_tested(client):
    served = json.loads(client.get("/api/v1/openapi.json").content)
    assert served == json.loads(json.dumps(api.get_openapi_schema(path_prefix="/api/v1")))
