"""`hoot policy`: check a policy file, hash the admin PIN, print the schema, wipe at sign-out."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from app import paths
from app.policy import (
    MachinePolicy,
    PolicyError,
    Problem,
    json_schema,
    load_machine_policy,
    policy_from_text,
    wipe_at_sign_out,
)

#: Exit statuses of `check`: the file is fine / it has problems / it could not be read /
#: it is not there (so a deployment loop never mistakes a failed copy for success).
OK, INVALID, UNREADABLE, MISSING = 0, 1, 2, 3
PIN_LENGTH = (4, 64)
CHECK_EXIT_STATUS = (
    "0 the policy is valid; 1 it has problems (each printed with its JSON path); 2 the file "
    "cannot be read; 3 the file does not exist (with no FILE: this computer has no machine "
    "policy)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        f"Exit status of check: {CHECK_EXIT_STATUS} Of hash-pin: 0 printed, 1 refused. "
        "Of sign-out: 0 done (deleted, or nothing to delete), 1 the policy is broken (data kept)."
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="validate a policy file and print every problem with its JSON path",
        description="Validate a machine policy. With no FILE, checks this machine's policy "
        "file, including that only administrators can change it.",
        epilog=f"Exit status: {CHECK_EXIT_STATUS}",
    )
    check.add_argument("file", nargs="?", type=Path, metavar="FILE")
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    hash_pin = actions.add_parser(
        "hash-pin",
        help="make the admin_pin_hash value from a PIN (the PIN itself is never stored)",
    )
    hash_pin.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from standard input, not a prompt"
    )
    actions.add_parser("schema", help="print the policy's JSON Schema (for editors)")
    actions.add_parser(
        "sign-out",
        help="run by a sign-out script: delete this user's Hoot data if the policy says so",
    )


def run(args: argparse.Namespace) -> int:
    if args.action == "check":
        return _check(args.file, as_json=args.json)
    if args.action == "hash-pin":
        return _hash_pin(from_stdin=args.pin_stdin)
    if args.action == "schema":
        print(json.dumps(json_schema(), indent=2))
        return OK
    return _sign_out()


def _check(file: Path | None, *, as_json: bool) -> int:
    try:
        if file is None:
            source = paths.machine_policy_path()
            policy = load_machine_policy()
            if policy is None:
                return _missing(source, as_json, this_machine=True)
        else:
            source = file
            text = file.read_bytes().decode("utf-8-sig")
            policy = policy_from_text(text, source=file)
    except PolicyError as error:
        return _report(error.source or source, list(error.problems), None, as_json)
    except FileNotFoundError:
        return _missing(source, as_json, this_machine=False)
    except (OSError, ValueError) as error:  # ValueError: not UTF-8, or a NUL in the name
        reason = getattr(error, "strerror", None) or str(error)
        print(f"hoot policy check: cannot read {file}: {reason}", file=sys.stderr)
        return UNREADABLE
    return _report(source, [], policy, as_json)


def _missing(source: Path, as_json: bool, *, this_machine: bool) -> int:
    """No file to check: a distinct exit status, never the 0 of a valid policy."""
    if this_machine:
        message = (
            f"hoot policy check: no machine policy at {source}; Hoot runs here without one "
            "(nothing is set or locked by a school). Copy the policy there (owner root, mode "
            "0644; Windows: Administrators only), or name a file: hoot policy check FILE."
        )
    else:
        link = " (it is a link to a file that is not there)" if source.is_symlink() else ""
        message = f"hoot policy check: {source} does not exist{link}; nothing was checked."
    if as_json:
        result = {"file": str(source), "found": False, "valid": False, "problems": [], "notes": []}
        print(json.dumps(result, indent=2))
    print(message, file=sys.stderr)
    return MISSING


def _notes(policy: MachinePolicy) -> list[Problem]:
    """Files the policy names that are missing here (fine on an admin's own workstation)."""
    named = {
        "$.api_key_file": policy.api_key_file,
        "$.ca_bundle": policy.ca_bundle,
        "$.smtp_password_file": policy.smtp_password_file,
    }
    return [
        Problem(where, f"note: {value} does not exist on this computer")
        for where, value in named.items()
        if value and not Path(value).is_file()
    ]


def _report(
    source: Path,
    problems: list[Problem],
    policy: MachinePolicy | None,
    as_json: bool,
    summary: str | None = None,
) -> int:
    notes = _notes(policy) if policy else []
    if as_json:
        result = {
            "file": str(source),
            "found": True,
            "valid": not problems,
            "problems": [{"path": p.path, "expected": p.expected} for p in problems],
            "notes": [{"path": n.path, "note": n.expected} for n in notes],
        }
        print(json.dumps(result, indent=2))
        return INVALID if problems else OK
    for problem in problems:
        print(f"{source}: {problem}")
    for note in notes:
        print(f"{source}: {note}")
    if problems:
        count = len(problems)
        print(f"{source}: {count} problem{'s' if count != 1 else ''}; Hoot will not start with it.")
        return INVALID
    if summary is None and policy is not None:
        summary = (
            f"{source}: valid Hoot machine policy (version 1); "
            f"{len(policy.settings)} settings set, {len(policy.locked)} locked."
        )
    print(summary)
    return OK


def _hash_pin(*, from_stdin: bool) -> int:
    if from_stdin:
        pin = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            pin = getpass.getpass("Admin PIN: ")
            again = getpass.getpass("The same PIN again: ")
        except EOFError:  # no terminal and nothing on standard input (a script, a pipe)
            print(
                "hoot policy hash-pin: no PIN was typed; nothing was made "
                "(in a script, use --pin-stdin).",
                file=sys.stderr,
            )
            return INVALID
        if again != pin:
            print("hoot policy hash-pin: the two PINs differ; nothing was made.", file=sys.stderr)
            return INVALID
    shortest, longest = PIN_LENGTH
    if not shortest <= len(pin) <= longest or not pin.strip():
        print(
            f"hoot policy hash-pin: expected a PIN of {shortest} to {longest} characters.",
            file=sys.stderr,
        )
        return INVALID
    from argon2 import PasswordHasher

    from app.family.pin import pin_problem
    from app.text import words

    print(PasswordHasher().hash(pin))  # argon2id with the library's recommended costs
    problem = pin_problem(pin)
    if problem is not None:
        # Fine for the set-up gate, but lab accounts made with `hoot setup --use-admin-pin`
        # take the admin PIN as their parent PIN, which must pass the parent-PIN rules.
        print(
            "hoot policy hash-pin: note: `hoot setup --use-admin-pin` will refuse this PIN as a "
            f"parent PIN: {words(f'family.pin_problems.{problem.value}')}",
            file=sys.stderr,
        )
    return OK


def _sign_out() -> int:
    try:
        policy = load_machine_policy()
    except PolicyError as error:
        # A broken policy cannot say whether to wipe: keep the data and tell the admin.
        print(error.admin_message(), file=sys.stderr)
        return INVALID
    result = wipe_at_sign_out(policy, paths.data_dir(create=False))
    if result.wiped:
        print(f"Deleted this user's Hoot data in {result.folder}.")
    else:
        print("The machine policy does not ask to wipe Hoot data at sign-out; nothing deleted.")
    return OK
