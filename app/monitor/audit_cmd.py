"""`hoot audit`: each safeguard and whether it is on, the violation rate, the event record.

    hoot audit           # for people
    hoot audit --json    # the same for a school's monitoring

Needs no PIN: it shows no message text. Exit status: 0 when every safeguard is on and the event
record is intact; 1 when something is off or broken, or Hoot's data cannot be checked.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app import paths
from app.monitor.audit import RATE_DAYS, AuditResult, Status, run_audit
from app.monitor.rendering import percent
from app.policy import PolicyError, load_machine_policy
from app.settings import Settings
from app.store import ChainProblem, Store, StoreError
from app.store.db import database_path
from app.text import words

EXIT_OK = 0
EXIT_PROBLEM = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `hoot audit`."""
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.epilog = (
        "Exit status: 0 every safeguard on and the event record intact; 1 something is off "
        "or broken. Needs no PIN: it shows no message text."
    )


def run(args: argparse.Namespace) -> int:
    """Open the store read-mostly, audit it, print the result."""
    folder = paths.data_dir(create=False)
    if not database_path(folder).exists():
        print(words("monitor.audit.not_set_up", folder=folder), file=sys.stderr)
        return EXIT_PROBLEM
    try:
        policy = load_machine_policy()
    except PolicyError as error:
        print(
            words("monitor.audit.policy_failed"), error.admin_message(), sep="\n", file=sys.stderr
        )
        return EXIT_PROBLEM
    try:
        store = Store.open(folder, recover_interrupted=False)
    except StoreError as error:
        print(words("monitor.audit.store_failed"), error.message(), sep="\n", file=sys.stderr)
        return EXIT_PROBLEM
    with store:
        result = run_audit(store, Settings(store.settings, policy))
    print(json.dumps(audit_json(result), indent=2) if args.json else audit_text(result))
    return EXIT_OK if result.ok else EXIT_PROBLEM


def audit_text(result: AuditResult) -> str:
    """The audit as lines for a terminal: status, safeguard, explanation."""
    width = max(len(words(f"monitor.audit.status_{status.value}")) for status in Status)
    lines = [words("monitor.audit.heading"), ""]
    for safeguard in result.safeguards:
        status = words(f"monitor.audit.status_{safeguard.status.value}")
        lines.append(f"  [{status:<{width}}] {safeguard.title}: {safeguard.detail}")
    lines.append("")
    rate = result.violation_rate
    if rate.rate is None:
        lines.append(words("monitor.audit.rate_none", days=RATE_DAYS))
    else:
        lines.append(
            words(
                "monitor.audit.rate",
                days=RATE_DAYS,
                rate=percent(rate.rate),
                flagged=rate.flagged_messages,
                total=rate.all_messages,
            )
        )
    lines.append(chain_sentence(result))
    lines += ["", words("monitor.audit.all_ok" if result.ok else "monitor.audit.not_ok")]
    return "\n".join(lines)


def chain_sentence(result: AuditResult) -> str:
    """Whether the event record is intact, naming the first broken event if not."""
    chain = result.chain
    if chain.intact:
        return words("monitor.audit.chain_intact", count=chain.checked)
    if chain.problem is ChainProblem.EDITED:
        return words("monitor.audit.chain_edited", event=chain.first_broken_event_id)
    if chain.problem is ChainProblem.LINK_BROKEN:
        return words("monitor.audit.chain_link", event=chain.first_broken_event_id)
    return words("monitor.audit.chain_head")


def audit_json(result: AuditResult) -> dict[str, Any]:
    """The audit as JSON: `ok`, `safeguards[]`, `violation_rate`, `event_chain`."""
    chain = result.chain
    rate = result.violation_rate
    return {
        "ok": result.ok,
        "safeguards": [
            {
                "id": safeguard.id,
                "title": safeguard.title,
                "status": safeguard.status.value,
                "detail": safeguard.detail,
            }
            for safeguard in result.safeguards
        ],
        "violation_rate": {
            "days": RATE_DAYS,
            "flagged_messages": rate.flagged_messages,
            "all_messages": rate.all_messages,
            "rate": rate.rate,
        },
        "event_chain": {
            "intact": chain.intact,
            "checked": chain.checked,
            "first_broken_event_id": chain.first_broken_event_id,
            "problem": None if chain.problem is None else chain.problem.value,
            "text": chain_sentence(result),
        },
    }
