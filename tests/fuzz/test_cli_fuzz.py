"""Fuzzing every `hoot` command's arguments: a wrong argument list ends with exit status 2 and
a usage line (or the command's words saying what is missing); a right one runs the command,
which ends with its documented status. Never a traceback, whatever is typed."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import SUBCOMMANDS, command_parser, main

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
#: Values an argument might be given: plausible ones, and ones that are not.
VALUES = [
    "Sam",
    "2016-05",
    "2016-13",
    "2026-W10",
    "2026-W99",
    "-",
    "html",
    "pdf",
    "json",
    "xml",
    "report.html",
    "out.json",
    "policy.json",
    "1",
    "0",
    "-1",
    "",
    " ",
    "--",
    "é",
    "\x00",
    "x" * 300,
]


def vocabulary(parser: argparse.ArgumentParser) -> list[str]:
    """Every option string, sub-action name and choice the parser knows, recursively."""
    words: list[str] = []
    for action in parser._actions:
        words += action.option_strings
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                words.append(name)
                words += vocabulary(sub)
        elif action.choices:
            words += [str(choice) for choice in action.choices]
    return words


def _value(action: argparse.Action) -> st.SearchStrategy[str]:
    if not action.choices:
        return st.sampled_from(VALUES)
    return st.one_of(st.sampled_from([str(c) for c in action.choices]), st.sampled_from(VALUES))


def well_formed(parser: argparse.ArgumentParser) -> st.SearchStrategy[list[str]]:
    """Argument lists built the way the parser expects (options with values, a sub-action
    and its own options), so the commands themselves run, not only the parser."""
    parts: list[st.SearchStrategy[list[str]]] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if isinstance(action, argparse._SubParsersAction):
            parts.append(
                st.sampled_from(sorted(action.choices)).flatmap(
                    lambda name, choices=action.choices: well_formed(choices[name]).map(
                        lambda rest, name=name: [name, *rest]
                    )
                )
            )
        elif not action.option_strings:
            parts.append(_value(action).map(lambda value: [value]))
        else:
            option = st.sampled_from(action.option_strings)
            if action.nargs == 0:
                pair = option.map(lambda name: [name])
            else:
                pair = st.tuples(option, _value(action)).map(list)
            parts.append(st.one_of(st.just([]), pair))
    return st.tuples(*parts).map(lambda groups: [word for group in groups for word in group])


def mutated(words: list[str]) -> st.SearchStrategy[list[str]]:
    """The same list, or with a word dropped, repeated, or a junk word slipped in."""
    junk = st.one_of(st.sampled_from(VALUES), st.text(max_size=10))
    if not words:
        return st.one_of(st.just(words), junk.map(lambda word: [word]))
    position = st.integers(0, len(words) - 1)
    return st.one_of(
        st.just(words),
        position.map(lambda at: words[:at] + words[at + 1 :]),
        position.map(lambda at: words[: at + 1] + words[at:]),
        st.tuples(position, junk).map(lambda pair: [*words[: pair[0]], pair[1], *words[pair[0] :]]),
    )


def no_terminal_getpass(prompt: str = "") -> str:
    """getpass as it behaves with no terminal: read standard input, EOFError at its end."""
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\n")


@pytest.fixture
def quiet_shell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands run in a scratch folder with nothing on stdin and no terminal to prompt on."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    monkeypatch.setattr("getpass.getpass", no_terminal_getpass)


def run_hoot(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Exit status and stderr of `hoot ARGV`, in this process."""
    try:
        status = main(argv)
    except SystemExit as stop:
        status = stop.code if isinstance(stop.code, int) else 1
    return status, capsys.readouterr().err


@pytest.mark.usefixtures("quiet_shell")
@pytest.mark.parametrize("command", list(SUBCOMMANDS))
@FUZZ
@given(data=st.data())
def test_any_arguments_give_usage_or_a_documented_status_never_a_traceback(
    command: str, data: st.DataObject, capsys: pytest.CaptureFixture[str]
) -> None:
    """Random mixes of the command's own options, sub-actions, choices and junk."""
    parser = command_parser(command)
    known = vocabulary(parser)
    token = st.one_of(st.sampled_from(known), st.sampled_from(VALUES), st.text(max_size=12))
    arguments = data.draw(
        st.one_of(well_formed(parser).flatmap(mutated), st.lists(token, max_size=6))
    )
    status, errors = run_hoot([command, *arguments], capsys)
    assert "Traceback" not in errors
    if status == 2:
        # argparse's usage line, or the command's own words saying what to add
        assert errors.strip()
    else:
        assert status in (0, 1, 3, 4, 5, 6)


@pytest.fixture
def set_up_hoot(quiet_shell: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hoot set up with one child, Sam, and the parent PIN waiting on stdin for each command."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PIN_LINE), encoding="utf-8"))
    setup = ["setup", "--pin-stdin", "--accept-notice", "--child", "Sam", "--birth", "2016-05"]
    assert main(setup) == 0


PIN_LINE = b"583920\n"


@pytest.mark.usefixtures("set_up_hoot")
@pytest.mark.parametrize("command", ["data", "report", "setup", "audit"])
@FUZZ
@given(data=st.data())
def test_commands_on_a_set_up_hoot_never_raise_whatever_the_arguments(
    command: str,
    data: st.DataObject,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a child and a PIN, well-formed and broken argument lists reach the real work
    (exports, reports, deletion) and still end with a status, never an exception."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PIN_LINE), encoding="utf-8"))
    arguments = data.draw(well_formed(command_parser(command)).flatmap(mutated))
    status, errors = run_hoot([command, *arguments], capsys)
    assert status in (0, 1, 2, 3, 4, 5, 6)
    if status == 2:
        assert errors.strip()


@pytest.mark.usefixtures("set_up_hoot")
@pytest.mark.parametrize("name", ["a\x00b", "x" * 300, "no-such-folder/x.json", "."])
@pytest.mark.parametrize(
    ("command", "statuses"),
    [
        (["data", "export", "--child", "Sam", "--pin-stdin", "--out"], {1}),
        (["report", "--child", "Sam", "--pin-stdin", "--out"], {1}),
        # `hoot policy check`: 2 "could not be read at all", 3 "does not exist"
        (["policy", "check"], {2, 3}),
    ],
    ids=["data export", "report", "policy check"],
)
def test_a_file_name_the_system_cannot_use_is_refused_in_words(
    command: list[str],
    statuses: set[int],
    name: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A NUL byte, a name too long, a missing folder or a folder: the command's "could not"
    status and a sentence naming the problem (a NUL or a long name used to be a traceback)."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PIN_LINE), encoding="utf-8"))
    status, errors = run_hoot([*command, name], capsys)
    assert status in statuses
    assert errors.strip()


@pytest.mark.usefixtures("quiet_shell")
def test_hash_pin_with_no_terminal_and_nothing_on_stdin_says_so(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`hoot policy hash-pin` in a script with no PIN: status 1 and a hint, not EOFError."""
    status, errors = run_hoot(["policy", "hash-pin"], capsys)
    assert status == 1
    assert "--pin-stdin" in errors


@pytest.mark.usefixtures("quiet_shell")
@FUZZ
@given(
    first=st.text(alphabet="abcdefghijklmnopqrstuvwxyz-_.", min_size=1, max_size=12).filter(
        lambda word: word not in SUBCOMMANDS and not word.startswith("-")
    ),
    rest=st.lists(st.text(max_size=8), max_size=3),
)
def test_an_unknown_command_is_a_usage_error(
    first: str, rest: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """`hoot frobnicate ...` says which commands exist and exits 2."""
    status, errors = run_hoot([first, *rest], capsys)
    assert status == 2
    assert "usage: hoot" in errors
    assert "Traceback" not in errors


@pytest.mark.usefixtures("quiet_shell")
@pytest.mark.parametrize("option", ["--bogus", "-x", "--demo=yes", "--version=1"])
def test_an_unknown_top_level_option_is_a_usage_error(
    option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Options `hoot` itself does not know never start the window."""
    status, errors = run_hoot([option], capsys)
    assert status == 2
    assert "usage: hoot" in errors
