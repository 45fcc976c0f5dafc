"""`hoot setup`: the whole first run without a window, for scripted installs and terminal users.

    printf '%s\\n' "$PIN" | hoot setup --pin-stdin --accept-notice \\
        --child Mia --birth 2016-05 --child Sam --birth 2019-11

The PIN comes only from standard input, never from the command line (other users can read a
process's arguments). The recovery code is printed once, on standard output.

If Hoot's data folder was deleted on an account where Hoot was set up (see `first_run`), the
first line must be the PIN used before (which is then kept), or the recovery code followed by
the new PIN on a second line. Where a machine policy holds an admin PIN, the first line is the
admin PIN (or the old PIN) and the second line the new parent PIN.

On school lab machines, `--use-admin-pin` sets a student's account up from one line: the
policy's admin PIN, which also becomes the account's parent PIN, so no per-account PIN or
recovery code exists for anyone to keep (the school's admin PIN is the way back in). A sign-in
script run by the system (never by the student) feeds it the PIN from an administrators-only
file; see "Students on lab machines" in docs/ADMIN.md.

Exit codes: 0 set up; 1 refused (PIN too easy, a child's details, the store, a broken machine
policy); 2 usage (missing --pin-stdin, --accept-notice, a --birth per --child, a PIN line on
stdin, or --use-admin-pin without an admin PIN in the machine policy); 3 wrong old PIN,
recovery code or admin PIN; 4 locked out after too many wrong tries; 6 Hoot is already set up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from app.family.access import (
    EXIT_LOCKED_OUT,
    EXIT_NO_PIN_GIVEN,
    EXIT_WRONG_PIN,
    NoPinGiven,
    read_pin_from_stdin,
)
from app.family.children import ChildRefused, parse_birth
from app.family.command_store import open_for_command
from app.family.consent import ConsentAnswers, ConsentIncomplete
from app.family.errors import FamilyError, LockedOut, WrongPin
from app.family.first_run import (
    AlreadySetUp,
    GateMethod,
    GatePass,
    GateRequired,
    NewChild,
    SetupPlan,
    complete_setup,
    is_set_up,
    pass_setup_gate,
)
from app.family.guard import protection_status
from app.family.kdf import verify_secret
from app.family.launch import recover_reason
from app.family.pin import normalise_pin, pin_problem
from app.guidance.notice import privacy_notice
from app.settings import CRISIS_REGIONS, SettingError, Settings, validate
from app.store import NicknameTaken, Store
from app.text import words

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_ALREADY_SET_UP = 6

# For the school's IT admin, who runs --use-admin-pin from a sign-in script (not parent words).
_NEEDS_ADMIN_PIN_HASH = (
    "hoot setup --use-admin-pin: this computer's machine policy has no admin_pin_hash, so there "
    "is no school admin PIN to use. Add one (make it with: hoot policy hash-pin), or set Hoot "
    "up with a parent PIN of its own."
)
_NOT_THE_ADMIN_PIN = (
    "hoot setup --use-admin-pin: the first line must be the school's admin PIN "
    "(an old parent PIN or a recovery code is not enough here)."
)
_ADMIN_PIN_TOO_EASY = (
    "hoot setup --use-admin-pin: the school's admin PIN would become this account's parent PIN, "
    "and it is too easy to guess for that: {reason} Make a stronger one with "
    "`hoot policy hash-pin` and put its hash in the machine policy."
)
_ADMIN_PIN_IS_PARENT_PIN = (
    "This account's parent PIN is the school's admin PIN. No recovery code is shown: "
    "the admin PIN is the way back in."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `hoot setup`."""
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the new parent PIN from the first line of standard input "
        "(at least 6 digits, or a passphrase of 10+ characters)",
    )
    parser.add_argument(
        "--child",
        action="append",
        default=[],
        metavar="NAME",
        help="a child's nickname (repeat --child NAME --birth YYYY-MM for each child)",
    )
    parser.add_argument(
        "--birth",
        action="append",
        default=[],
        metavar="YYYY-MM",
        help="that child's birth year and month; Hoot works out their age band",
    )
    parser.add_argument(
        "--accept-notice",
        action="store_true",
        help="confirm that you are the children's parent or guardian, an adult, and have read "
        "the privacy notice (see --show-notice)",
    )
    parser.add_argument(
        "--show-notice", action="store_true", help="print the privacy notice and stop"
    )
    parser.add_argument(
        "--region",
        metavar="CODE",
        help="where the family lives, for the help lines children see ("
        + ", ".join(CRISIS_REGIONS)
        + "; default: from this computer's language settings)",
    )
    parser.add_argument(
        "--use-admin-pin",
        action="store_true",
        help="school lab machines: the one line on standard input is the machine policy's admin "
        "PIN, which also becomes this account's parent PIN (no recovery code is made visible: "
        "the admin PIN is the way back in)",
    )
    parser.epilog = (
        "Exit status: 0 set up; 1 refused (easy PIN, child's details); 2 usage; 3 wrong old PIN, "
        "recovery code or admin PIN; 4 locked out; 6 already set up. After Hoot's data was "
        "deleted, give the old PIN, or the recovery code and the new PIN on two lines. With a "
        "school's admin PIN in the machine policy, give the admin PIN and the new parent PIN on "
        "two lines, or only the admin PIN with --use-admin-pin."
    )


def run(args: argparse.Namespace) -> int:
    """Set Hoot up from the options and the PIN on stdin; see the module's exit codes."""
    if args.show_notice:
        print(privacy_notice().markdown)
        return 0
    usage_problem = _usage_problem(args)
    if usage_problem is not None:
        print(usage_problem, file=sys.stderr)
        return EXIT_USAGE
    region = None
    if args.region:
        try:
            region = validate("crisis_region", args.region)
        except SettingError as wrong:
            print(f"--region: {wrong}", file=sys.stderr)
            return EXIT_USAGE
    try:
        births = [parse_birth(text) for text in args.birth]
    except ChildRefused as refused:
        print(refused.message(), file=sys.stderr)
        return EXIT_USAGE
    children = tuple(
        NewChild(name, year, month) for name, (year, month) in zip(args.child, births, strict=True)
    )
    try:
        pin = read_pin_from_stdin()
    except NoPinGiven:
        print(words("family.cli.no_pin_given"), file=sys.stderr)
        return EXIT_NO_PIN_GIVEN
    opened = open_for_command(must_exist=False)
    if isinstance(opened, int):
        return opened
    with opened.store as store:
        if args.use_admin_pin:
            if opened.admin_pin_hash is None:
                print(_NEEDS_ADMIN_PIN_HASH, file=sys.stderr)
                return EXIT_USAGE
            status = _set_up_with_admin_pin(store, pin, children, opened.admin_pin_hash)
        else:
            status = _set_up(store, pin, children, opened.admin_pin_hash)
        settings = Settings(store.settings, opened.policy)
        if status == 0 and region is not None and not settings.is_locked("crisis_region"):
            settings.set("crisis_region", region)
        return status


def _usage_problem(args: argparse.Namespace) -> str | None:
    if not args.pin_stdin:
        return words("family.cli.setup_needs_pin_stdin")
    if not args.child or len(args.child) != len(args.birth):
        return words("family.cli.setup_child_and_birth")
    if not args.accept_notice:
        return words("family.cli.setup_needs_accept_notice", version=privacy_notice().version)
    return None


def _set_up(
    store: Store, pin: str, children: tuple[NewChild, ...], admin_pin_hash: str | None
) -> int:
    if is_set_up(store):
        print(AlreadySetUp().message(), file=sys.stderr)
        return EXIT_ALREADY_SET_UP
    gate: GatePass | None = None
    reason = recover_reason(store, admin_pin_hash=admin_pin_hash)
    if reason is not None:
        passed = _pass_gate(store, pin, admin_pin_hash)
        if isinstance(passed, int):
            return passed
        gate = passed
    if gate is not None and gate.method is not GateMethod.OLD_PIN:
        try:
            pin = read_pin_from_stdin()
        except NoPinGiven:
            print(words(f"family.cli.new_pin_after_{gate.method.value}"), file=sys.stderr)
            return EXIT_NO_PIN_GIVEN
    return _complete(store, pin, children, gate, admin_pin_hash, show_recovery_code=True)


def _set_up_with_admin_pin(
    store: Store, admin_pin: str, children: tuple[NewChild, ...], admin_pin_hash: str
) -> int:
    """A lab account: the admin PIN opens the gate and becomes the parent PIN."""
    if is_set_up(store):
        print(AlreadySetUp().message(), file=sys.stderr)
        return EXIT_ALREADY_SET_UP
    # With an admin PIN in the policy there is always a gate, and its wrong tries count.
    passed = _pass_gate(store, admin_pin, admin_pin_hash)
    if isinstance(passed, int):
        return passed
    if passed.method is not GateMethod.ADMIN_PIN and not verify_secret(
        admin_pin_hash, normalise_pin(admin_pin)
    ):
        print(_NOT_THE_ADMIN_PIN, file=sys.stderr)
        return EXIT_WRONG_PIN
    problem = pin_problem(admin_pin)
    if problem is not None:
        reason = words(f"family.pin_problems.{problem.value}")
        print(_ADMIN_PIN_TOO_EASY.format(reason=reason), file=sys.stderr)
        return EXIT_REFUSED
    return _complete(store, admin_pin, children, passed, admin_pin_hash, show_recovery_code=False)


def _pass_gate(store: Store, secret: str, admin_pin_hash: str | None) -> GatePass | int:
    """The gate passed, or the exit code after saying why not."""
    reason = recover_reason(store, admin_pin_hash=admin_pin_hash)
    try:
        return pass_setup_gate(store, secret, admin_pin_hash=admin_pin_hash)
    except WrongPin as wrong:
        if reason is not None:
            print(GateRequired(reason).message(), file=sys.stderr)
        print(wrong.message(), file=sys.stderr)
        return EXIT_WRONG_PIN
    except LockedOut as locked:
        print(locked.message(), file=sys.stderr)
        return EXIT_LOCKED_OUT


def _complete(
    store: Store,
    pin: str,
    children: tuple[NewChild, ...],
    gate: GatePass | None,
    admin_pin_hash: str | None,
    *,
    show_recovery_code: bool,
) -> int:
    plan = SetupPlan(
        pin=pin, consent=ConsentAnswers.all_confirmed(), children=children, via="command"
    )
    try:
        result = complete_setup(store, plan, gate=gate, admin_pin_hash=admin_pin_hash)
    except (FamilyError, NicknameTaken) as refused:
        print(refused.message(), file=sys.stderr)
        return EXIT_REFUSED
    except ConsentIncomplete as incomplete:  # pragma: no cover - the command confirms all three
        print(incomplete.message(), file=sys.stderr)
        return EXIT_REFUSED
    result.session.lock()
    print(words("family.cli.setup_done"))
    for child in result.children:
        band = child.age_band(dt.date.today())
        print(words("family.cli.setup_child_line", nickname=child.nickname, band=band or "?"))
    for note in result.notes:
        print(note)
    print()
    if show_recovery_code:
        print(words("family.cli.recovery_code_intro"))
        print(f"    {result.recovery_code}")
        print(words("family.cli.recovery_code_advice"))
    else:
        # complete_setup still keeps a code's hash, but nobody ever sees the code.
        print(_ADMIN_PIN_IS_PARENT_PIN)
    if not result.guard_available and admin_pin_hash is None:
        # With a school admin PIN, deleting the data folder only brings its gate back, so the
        # warning about a fresh set-up by anyone does not apply.
        print()
        print(protection_status().message)
    return 0
