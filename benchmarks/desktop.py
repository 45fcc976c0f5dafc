"""What the GUI benchmarks share: a private Xvfb display, a set-up data folder, the first-frame
probe as a subprocess, and readings of a process's CPU time and wake-ups from /proc."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Set up with this PIN; the benchmarks never open the parent area.
PIN = "583920"


class NoDisplay(RuntimeError):
    """Xvfb is not installed (`tools/system-deps.sh test` installs it)."""


@contextmanager
def virtual_display(width: int = 1280, height: int = 900) -> Iterator[str]:
    """Start Xvfb on a free display number and yield ':N'."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise NoDisplay("Xvfb is not installed")
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [
            *(xvfb, "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24"),
            *("-dpi", "96", "-nolisten", "tcp"),
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # Xvfb writes it once it accepts clients
        if not number:
            raise NoDisplay("Xvfb did not start")
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def hoot_env(data: Path, display: str | None = None, **extra: str) -> dict[str, str]:
    """The environment `hoot` runs with here: a private data folder, no keyring, no policy."""
    dropped = ("ANTHROPIC_", "QT_QPA", "HOOT_", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    env.update(
        HOOT_DATA_DIR=str(data),
        HOOT_POLICY=str(data.parent / "no-policy.json"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONPATH=str(ROOT),
        # An installed Hoot starts from cached bytecode; keep the cache out of the checkout.
        PYTHONPYCACHEPREFIX=str(data.parent / "pycache"),
    )
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.update(extra)
    return env


def set_up_one_child(data: Path, name: str = "Sam", birth: str = "2016-05") -> None:
    """`hoot setup` with one child, so a plain start opens straight into that child's chat."""
    done = subprocess.run(
        [
            *(sys.executable, "-m", "app", "setup", "--pin-stdin", "--accept-notice"),
            *("--child", name, "--birth", birth),
        ],
        input=f"{PIN}\n",
        env=hoot_env(data),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"hoot setup failed: {done.stderr.strip()}")


@dataclass(frozen=True)
class FirstFrame:
    """One launch, in seconds from launch: the event loop, the first frames, readiness."""

    to_exec: float
    #: The first frame painted once the event loop ran (None when one was painted before).
    to_frame: float | None
    title: str
    #: Hoot's first frame painted before the event loop (the chat window or a starting frame).
    to_first: float | None = None
    first_title: str = ""
    #: Hoot's chat window has its chat and Send works.
    to_ready: float | None = None

    @property
    def to_window(self) -> float:
        """The first frame of the window titled `title` (Hoot's chat window is "Hoot")."""
        if self.to_first is not None and (self.first_title == self.title or self.to_frame is None):
            return self.to_first
        assert self.to_frame is not None
        return self.to_frame

    def to_titled(self, title: str) -> float | None:
        """The first frame of a window with this title, if one was painted."""
        if self.to_first is not None and self.first_title == title:
            return self.to_first
        if self.to_frame is not None and self.title == title:
            return self.to_frame
        return None


def probe_command(mode: str, *hoot_args: str, options: tuple[str, ...] = ()) -> list[str]:
    return [sys.executable, "-m", "benchmarks.first_frame", mode, *options, "--", *hoot_args]


def launch(
    mode: str, env: dict[str, str], *hoot_args: str, stay: bool = False
) -> tuple[subprocess.Popen[str], FirstFrame]:
    """Start the probe and wait for its first frame (the process keeps running if `stay`)."""
    options = ("--stay",) if stay else ()
    started = time.monotonic()
    process = subprocess.Popen(
        probe_command(mode, *hoot_args, options=options),
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    stamps: dict[str, float] = {}
    titles: dict[str, str] = {}
    for line in process.stdout:
        kind, _, rest = line.strip().partition(" ")
        if kind == "end":
            break
        stamp, _, title = rest.partition(" ")
        if kind in ("first", "exec", "frame", "ready"):
            stamps[kind] = float(stamp) - started
            titles[kind] = title
    if "exec" not in stamps or not ({"first", "frame"} & stamps.keys()):
        process.kill()
        _, errors = process.communicate(timeout=30)
        raise RuntimeError(f"{mode} showed no window: {errors.strip()[-2000:]}")
    if not stay:
        process.wait(timeout=60)
    frame = FirstFrame(
        to_exec=stamps["exec"],
        to_frame=stamps.get("frame"),
        title=titles.get("frame") or titles.get("first", ""),
        to_first=stamps.get("first"),
        first_title=titles.get("first", ""),
        to_ready=stamps.get("ready"),
    )
    return process, frame


def load_note() -> str:
    """The machine's load, printed first: timings taken on a busy machine are pessimistic."""
    one, _five, _fifteen = os.getloadavg()
    cores = os.cpu_count() or 1
    busy = "; the machine is busy, so times are pessimistic" if one > cores * 0.5 else ""
    return f"  load average {one:.1f} on {cores} cores{busy}"


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# ----- /proc readings (Linux) -----------------------------------------------------------------
@dataclass(frozen=True)
class ThreadWakeups:
    name: str
    switches: int


@dataclass(frozen=True)
class CpuSample:
    """CPU seconds used so far and context switches per thread (a wake-up is a switch)."""

    cpu_seconds: float
    threads: dict[int, ThreadWakeups]

    @property
    def switches(self) -> int:
        return sum(thread.switches for thread in self.threads.values())


def cpu_sample(pid: int) -> CpuSample:
    ticks = os.sysconf("SC_CLK_TCK")
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / ticks  # utime + stime, all threads
    threads: dict[int, ThreadWakeups] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            status = (task / "status").read_text().splitlines()
        except OSError:  # the thread ended meanwhile
            continue
        counts = [int(line.split()[1]) for line in status if "ctxt_switches" in line]
        threads[int(task.name)] = ThreadWakeups(name, sum(counts))
    return CpuSample(cpu, threads)


def rss_megabytes(pid: int) -> tuple[float, float]:
    """(resident now, peak resident) of a process, in MB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)
