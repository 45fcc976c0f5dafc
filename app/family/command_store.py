"""Opening the store for the headless family commands, honouring the machine policy."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from app import paths
from app.policy import MachinePolicy, PolicyError, load_machine_policy
from app.store import Store, StoreError
from app.store.db import database_path

EXIT_REFUSED = 1
EXIT_NOT_SET_UP = 5


@dataclass(frozen=True)
class CommandContext:
    store: Store
    policy: MachinePolicy | None

    @property
    def admin_pin_hash(self) -> str | None:
        return self.policy.admin_pin_hash if self.policy is not None else None


def open_for_command(*, must_exist: bool, not_set_up_message: str = "") -> CommandContext | int:
    """The store and machine policy, or an exit code after telling the parent why not (stderr).

    With `must_exist`, a missing database is "not set up" (exit 5) rather than a new, empty
    database made as a side effect. A broken policy stops the command, as it stops the app.
    """
    try:
        policy = load_machine_policy()
    except PolicyError as error:
        print(error.admin_message(), file=sys.stderr)
        return EXIT_REFUSED
    if must_exist and not database_path(paths.data_dir(create=False)).exists():
        print(not_set_up_message, file=sys.stderr)
        return EXIT_NOT_SET_UP
    # A school may forbid keeping the database key in a file when there is no keyring.
    allow_key_file = bool(policy.settings.get("keyring_fallback_allowed", True)) if policy else True
    try:
        store = Store.open(allow_key_file=allow_key_file, recover_interrupted=False)
    except StoreError as error:
        print(error.message(), file=sys.stderr)
        return EXIT_REFUSED
    return CommandContext(store, policy)
