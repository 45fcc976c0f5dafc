"""A school's own gateway: the policy's base_url and key, an HTTPS proxy, and a private CA.

All traffic stays on 127.0.0.1: the fake Messages API stands in for the school's gateway, a
small TLS front with a CA made in the test stands in for a TLS-inspecting gateway, and a small
CONNECT proxy stands in for the school's web proxy. The real SDK makes every request.
"""

from __future__ import annotations

import datetime
import ipaddress
import select
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.chat.backends import (
    AnthropicBackend,
    CancelToken,
    ChatError,
    ChatMessage,
    ConnectionSettings,
    ErrorKind,
    Role,
    TextDelta,
)
from app.policy import PolicyError, connection_settings, parse_policy
from tests.fakes.fake_anthropic import FakeAnthropic, Scenario

SCHOOL_KEY = "sk-ant-school-gateway-key"


def _reply(settings: ConnectionSettings) -> str:
    """One short reply through the real SDK, with test-sized timeouts."""
    quick = replace(settings, connect_timeout=3.0, read_timeout=5.0, max_retries=0)
    backend = AnthropicBackend(quick)
    events = backend.stream("Be kind.", [ChatMessage(Role.USER, "Hi")], CancelToken())
    return "".join(event.text for event in events if isinstance(event, TextDelta))


def _sent_key(headers: dict[str, str]) -> str:
    """The API key a request carried (the SDK sends x-api-key or a bearer token)."""
    return headers.get("x-api-key") or headers.get("authorization", "").removeprefix("Bearer ")


def _key_file(tmp_path: Path) -> Path:
    path = tmp_path / "api-key"
    path.write_text(SCHOOL_KEY + "\n", encoding="utf-8")
    return path


# -- merging the policy with the environment -----------------------------------------------------


def test_the_policy_beats_the_environment(tmp_path: Path) -> None:
    """base_url, model, max_tokens and the key file of the policy win over a user's variables."""
    policy = parse_policy(
        {
            "version": 1,
            "api_key_file": str(_key_file(tmp_path)),
            "ca_bundle": "/etc/hoot/school-ca.pem",
            "settings": {
                "base_url": "https://llm-gateway.school.example",
                "model": "claude-sonnet-4-5",
                "max_tokens": 2000,
            },
        }
    )
    student = {
        "ANTHROPIC_API_KEY": "sk-ant-students-own",
        "ANTHROPIC_BASE_URL": "https://elsewhere.example",
        "HOOT_MODEL": "some-other-model",
        "HOOT_CA_BUNDLE": "/home/student/ca.pem",
    }
    assert connection_settings(policy, student) == ConnectionSettings(
        api_key=SCHOOL_KEY,
        base_url="https://llm-gateway.school.example",
        model="claude-sonnet-4-5",
        max_tokens=2000,
        ca_bundle="/etc/hoot/school-ca.pem",
    )


def test_without_a_policy_the_environment_is_used() -> None:
    """A family install: ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, HOOT_MODEL, HOOT_CA_BUNDLE."""
    environ = {
        "ANTHROPIC_API_KEY": "sk-ant-family",
        "ANTHROPIC_BASE_URL": "https://proxy.home.example",
        "HOOT_MODEL": "claude-sonnet-4-5",
        "HOOT_CA_BUNDLE": "/etc/ssl/home.pem",
    }
    assert connection_settings(None, environ) == ConnectionSettings(
        api_key="sk-ant-family",
        base_url="https://proxy.home.example",
        model="claude-sonnet-4-5",
        ca_bundle="/etc/ssl/home.pem",
    )


def test_a_locked_base_url_ignores_the_users_variable() -> None:
    """Locked without a value: Anthropic's own endpoint, not one a student exported."""
    policy = parse_policy({"version": 1, "locked": ["base_url", "model"]})
    settings = connection_settings(
        policy, {"ANTHROPIC_BASE_URL": "https://elsewhere.example", "HOOT_MODEL": "x"}
    )
    assert settings.base_url is None
    assert settings.model == ConnectionSettings().model


def test_the_key_can_come_from_a_named_variable() -> None:
    """`api_key_env` names the variable (set machine-wide by the admin)."""
    policy = parse_policy({"version": 1, "api_key_env": "SCHOOL_ANTHROPIC_KEY"})
    environ = {"SCHOOL_ANTHROPIC_KEY": SCHOOL_KEY, "ANTHROPIC_API_KEY": "sk-ant-students-own"}
    assert connection_settings(policy, environ).api_key == SCHOOL_KEY


def test_a_named_key_that_is_missing_stops_hoot_instead_of_using_another(tmp_path: Path) -> None:
    """The policy names a key source that is not there: PolicyError, not a fallback key."""
    by_env = parse_policy({"version": 1, "api_key_env": "SCHOOL_ANTHROPIC_KEY"})
    with pytest.raises(PolicyError) as raised:
        connection_settings(by_env, {"ANTHROPIC_API_KEY": "sk-ant-students-own"})
    assert "$.api_key_env: expected the environment variable SCHOOL_ANTHROPIC_KEY to be set" in str(
        raised.value
    )
    by_file = parse_policy({"version": 1, "api_key_file": str(tmp_path / "missing")})
    with pytest.raises(PolicyError) as raised:
        connection_settings(by_file, {})
    assert "$.api_key_file: expected a readable file" in str(raised.value)


# -- the stand-in gateway, TLS with a private CA, and a proxy ------------------------------------


def test_a_reply_comes_through_the_gateway_named_in_the_policy(
    fake_api: FakeAnthropic, tmp_path: Path
) -> None:
    """The SDK talks to the policy's base_url with the key from the policy's key file."""
    fake_api.queue(Scenario(text="Hello from the school gateway."))
    policy = parse_policy(
        {
            "version": 1,
            "api_key_file": str(_key_file(tmp_path)),
            "settings": {"base_url": fake_api.base_url, "model": "claude-gateway-model"},
        }
    )
    assert _reply(connection_settings(policy, {})) == "Hello from the school gateway."
    request = fake_api.requests[-1]
    assert request.path == "/v1/messages"
    assert _sent_key(request.headers) == SCHOOL_KEY
    assert request.body["model"] == "claude-gateway-model"


@dataclass(frozen=True)
class Certificates:
    ca: Path
    chain: Path
    key: Path


@pytest.fixture
def certificates(tmp_path: Path) -> Certificates:
    """A throwaway CA and a server certificate for localhost and 127.0.0.1 that it signed."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test School Inspection CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    files = Certificates(tmp_path / "ca.pem", tmp_path / "server.pem", tmp_path / "server.key")
    files.ca.write_bytes(ca_cert.public_bytes(pem))
    files.chain.write_bytes(server_cert.public_bytes(pem))
    files.key.write_bytes(
        server_key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return files


def _shuttle(first: socket.socket, second: socket.socket) -> None:
    """Copy bytes both ways until either side closes (one thread, so TLS is never shared)."""
    peers = {first: second, second: first}
    try:
        while True:
            readable, _w, _x = select.select(list(peers), [], [], 10)
            if not readable:
                return
            for source in readable:
                data = source.recv(65536)
                if not data:
                    return
                peers[source].sendall(data)
                while isinstance(source, ssl.SSLSocket) and source.pending():
                    peers[source].sendall(source.recv(65536))
    except OSError:
        return
    finally:
        for end in (first, second):
            with suppress(OSError):
                end.close()


@contextmanager
def _serving(handle: Any) -> Iterator[int]:
    """Accept connections on 127.0.0.1 and hand each to `handle` on its own thread."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def accept_loop() -> None:
        while not stop.is_set():
            try:
                connection, _address = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(None)
            threading.Thread(target=handle, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept_loop, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


@contextmanager
def tls_gateway(upstream: str, certificates: Certificates) -> Iterator[int]:
    """A TLS front (certificate from the private CA) relaying to a plain HTTP upstream."""
    host, port = upstream.removeprefix("http://").split(":")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificates.chain, certificates.key)

    def handle(connection: socket.socket) -> None:
        try:
            secure = context.wrap_socket(connection, server_side=True)
        except (ssl.SSLError, OSError):  # the client refused our certificate
            connection.close()
            return
        _shuttle(secure, socket.create_connection((host, int(port)), timeout=5))

    with _serving(handle) as gateway_port:
        yield gateway_port


@contextmanager
def connect_proxy(targets: list[str]) -> Iterator[int]:
    """An HTTP proxy that only tunnels (CONNECT), recording each host:port asked for."""

    def handle(connection: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = connection.recv(4096)
            if not chunk:
                connection.close()
                return
            head += chunk
        method, target, _version = head.split(b"\r\n", 1)[0].decode().split(" ")
        if method != "CONNECT":
            connection.sendall(b"HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n")
            connection.close()
            return
        targets.append(target)
        host, port = target.rsplit(":", 1)
        upstream = socket.create_connection((host, int(port)), timeout=5)
        connection.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        _shuttle(connection, upstream)

    with _serving(handle) as port:
        yield port


@pytest.fixture
def no_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own proxy settings must not steer these tests."""
    for name in (
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
        "SSL_CERT_FILE",
        "SSL_CERT_DIR",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("no_proxy_variables")
def test_a_tls_inspecting_gateway_works_with_the_policys_ca_bundle(
    fake_api: FakeAnthropic, certificates: Certificates, tmp_path: Path
) -> None:
    """HTTPS to a gateway whose certificate only the school's CA vouches for: ca_bundle needed."""
    fake_api.queue(Scenario(text="Safe and sound over TLS."), Scenario(text="unused"))
    with tls_gateway(fake_api.base_url, certificates) as port:
        document = {
            "version": 1,
            "api_key_file": str(_key_file(tmp_path)),
            "settings": {"base_url": f"https://localhost:{port}"},
        }
        without_ca = connection_settings(parse_policy(document), {})
        with pytest.raises(ChatError) as raised:
            _reply(without_ca)
        assert raised.value.kind is ErrorKind.OFFLINE
        assert fake_api.requests == []

        with_ca = connection_settings(
            parse_policy({**document, "ca_bundle": str(certificates.ca)}), {}
        )
        assert _reply(with_ca) == "Safe and sound over TLS."
    assert _sent_key(fake_api.requests[-1].headers) == SCHOOL_KEY


@pytest.mark.usefixtures("no_proxy_variables")
def test_replies_come_through_the_schools_https_proxy(
    fake_api: FakeAnthropic,
    certificates: Certificates,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With HTTPS_PROXY set, the SDK tunnels to the gateway through the proxy (CONNECT)."""
    fake_api.queue(Scenario(text="Hello through the proxy."))
    targets: list[str] = []
    with tls_gateway(fake_api.base_url, certificates) as gateway, connect_proxy(targets) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy}")
        policy = parse_policy(
            {
                "version": 1,
                "api_key_file": str(_key_file(tmp_path)),
                "ca_bundle": str(certificates.ca),
                "settings": {"base_url": f"https://localhost:{gateway}"},
            }
        )
        assert _reply(connection_settings(policy, {})) == "Hello through the proxy."
    assert targets == [f"localhost:{gateway}"]
