"""The core package must never load Qt: it runs headless in `hoot filter`, `hoot report`, CI."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import app
names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")]
for name in names:
    if name != "app.__main__":
        importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
print(len(names))
print(",".join(loaded))
"""


def test_importing_every_app_module_loads_no_qt() -> None:
    """Import each module of `app` in a fresh interpreter and check no PySide6/ui module came in."""
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, timeout=120
    )
    count_line, loaded_line = result.stdout.splitlines()
    assert int(count_line) >= 3, "the walk found too few modules to prove anything"
    assert loaded_line == "", f"Qt or ui modules were imported by the core: {loaded_line}"
