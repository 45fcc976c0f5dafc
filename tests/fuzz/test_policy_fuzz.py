"""Fuzzing the machine policy parser: whatever a file holds, Hoot either gets a policy or a
PolicyError that names where each problem is (a JSON path), never another exception."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.policy import (
    SHARED_MACHINE_KEYS,
    TOP_LEVEL_KEYS,
    MachinePolicy,
    PolicyError,
    parse_policy,
    policy_from_text,
    validate_policy,
)
from app.settings import SPECS

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["relaxed", "standard", "strict", "/etc/hoot/key", "C:\\key", "", " "]),
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
#: Keys a policy might really use, plus near misses and strangers.
KEYS = st.one_of(
    st.sampled_from([*TOP_LEVEL_KEYS, "api_key", "password", "setings", "Version", *SPECS]),
    st.text(max_size=15),
)
SETTINGS = st.dictionaries(st.one_of(st.sampled_from(list(SPECS)), st.text()), JSON_VALUES)
SHARED = st.dictionaries(st.one_of(st.sampled_from(list(SHARED_MACHINE_KEYS)), st.text()), SCALARS)
DOCUMENTS = st.one_of(
    JSON_VALUES,
    st.fixed_dictionaries(
        {"version": st.one_of(st.just(1), SCALARS)},
        optional={
            "settings": st.one_of(SETTINGS, JSON_VALUES),
            "locked": st.one_of(
                st.lists(st.one_of(st.sampled_from(list(SPECS)), SCALARS)), SCALARS
            ),
            "shared_machine": st.one_of(SHARED, JSON_VALUES),
            "api_key_file": JSON_VALUES,
            "api_key_env": JSON_VALUES,
            "min_filter_strictness": JSON_VALUES,
            "admin_pin_hash": st.one_of(
                st.just("$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"),
                st.from_regex(
                    r"\$argon2id\$v=\d{1,3}\$m=\d{1,25},t=\d{1,3},p=\d{1,3}\$[a-z]+\$[a-z]+"
                ),
                JSON_VALUES,
            ),
        },
    ).flatmap(lambda base: st.dictionaries(KEYS, JSON_VALUES, max_size=3).map(base.__or__)),
)


def assert_problems_have_paths(error: PolicyError) -> None:
    assert error.problems
    for problem in error.problems:
        assert problem.path.startswith("$")
        assert problem.expected
    assert "Hoot will not start" in error.admin_message()


@FUZZ
@given(document=DOCUMENTS)
def test_any_document_gives_a_policy_or_problems_with_paths(document: Any) -> None:
    """`validate_policy` lists problems (never raises); `parse_policy` agrees with it."""
    problems = validate_policy(document)
    assert all(problem.path.startswith("$") for problem in problems)
    if problems:
        with pytest.raises(PolicyError) as refused:
            parse_policy(document)
        assert_problems_have_paths(refused.value)
        assert list(refused.value.problems) == problems
    else:
        assert isinstance(parse_policy(document), MachinePolicy)


@FUZZ
@given(text=st.one_of(st.text(max_size=200), DOCUMENTS.map(json.dumps)))
def test_any_file_text_gives_a_policy_or_a_policy_error(text: str) -> None:
    """Text read from the policy file: valid JSON or not, only PolicyError comes out."""
    try:
        policy_from_text(text)
    except PolicyError as error:
        assert_problems_have_paths(error)


@settings(max_examples=20, deadline=None)
@given(depth=st.integers(min_value=900, max_value=50_000), opener=st.sampled_from("[{"))
def test_brackets_nested_absurdly_deep_are_a_policy_error(depth: int, opener: str) -> None:
    """A file of nested brackets (a broken generator, or a prank) is refused with a reason,
    not a RecursionError."""
    text = ('{"a":' * depth + "1" + "}" * depth) if opener == "{" else "[" * depth + "]" * depth
    try:
        policy_from_text(text)
    except PolicyError as error:
        assert_problems_have_paths(error)
