"""Fixtures for fuzz tests: a gateway that sends whatever bytes an example asks for."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.chat.backends import AnthropicBackend
from tests.hardening.conftest import backend_for
from tests.hardening.gateway import Gateway


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    """One server for all of a test's examples; each example sets `gateway.answer`."""
    with Gateway() as running:
        yield running


@pytest.fixture
def gateway_backend(gateway: Gateway) -> AnthropicBackend:
    """The real SDK pointed at the gateway (one client for every example)."""
    return backend_for(gateway.base_url)
