from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from undersigned.registry.search import resolve_name, suggest
from undersigned.registry.services import create_organization, tidy

# What people type into the search: Latin, Armenian and Cyrillic letters, digits, every
# kind of quote and dash, spaces, control characters and direction marks.
TYPED = st.text(
    alphabet=st.sampled_from(
        "abcxyzABCXYZ0123 .,;:-–—'\"«»“”„‘’()[]&@#/\\\t\n\x00\x1b\u200e\u200f\u202e\u00a0"
        "ԱաՍսպրեզԲբ"
        "АаБбВвГгДдЖжЯя"
        "ÀéüçøØ"
    ),
    max_size=300,
)


@pytest.fixture
def registry(db):
    create_organization("Journalists’ Club Asparez")
    create_organization("Ассоциация «Гельсингская гражданская ассамблея – Ванадзор»")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(TYPED)
def test_any_typed_text_is_searched_without_an_error(registry, text):
    assert isinstance(resolve_name(text), list)
    assert isinstance(suggest(text), list)


def test_letters_of_other_scripts_are_searched_without_an_error(registry):
    assert isinstance(resolve_name("ɐsparez"), list)
    assert isinstance(suggest("ɐsp"), list)


@given(st.text(max_size=2000))
def test_a_tidy_name_has_no_control_characters_and_fits(text):
    name = tidy(text)
    assert len(name) <= 300
    assert not any(ord(c) < 32 or c in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e" for c in name)
    assert name == name.strip()
