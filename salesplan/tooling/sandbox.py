"""The sandbox a student's copy runs in: bubblewrap, limits, and one runner process that cannot start others.

:func:`run_cells` starts :mod:`salesplan.tooling.grading_runner` inside
bubblewrap (``bwrap``):

* the system (``/usr``), Python and the virtual environment **read-only**;
  the salesplan package read-only at ``/opt/salesplan``; nothing else of the
  teacher's disk (no solutions, no other copy, no gradebook);
* the copy's own working directory (``/copie``, a fresh memory file system
  of :attr:`Limits.disk` bytes, the assignment's data files mounted read-only
  in it) is the only writable place with ``/tmp`` (private, empty, same
  size limit); ``/`` is read-only; nothing written there survives the run;
* no network (``--unshare-net``: even 127.0.0.1 is a different, empty host),
  its own PID, IPC and user namespaces, user ``nobody``, no capabilities,
  ``--die-with-parent``, ``--new-session``;
* a seccomp filter refuses ``fork``/``vfork``/``clone`` of a new process
  (threads stay possible): the copy cannot start any program;
* limits set by the runner before the first cell: address space (memory),
  CPU time, file size (what the copy writes, its printed output included),
  open files; and the grader's own clock per cell: a cell that does not end
  ``timeout`` seconds (plus a grace) after it started gets the whole sandbox
  killed — everything it started dies with it.

Without bubblewrap, the grader refuses untrusted copies unless the teacher
asks for ``--sans-bac-a-sable`` (then only the limits and the clock apply).
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import resource
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import salesplan

PACKAGE = Path(salesplan.__file__).resolve().parent
INSIDE_ROOT = "/opt/salesplan"
INSIDE_WORKDIR = "/copie"
RUNNER = "salesplan/tooling/grading_runner.py"
STARTUP = 30.0  # seconds for Python to start and the first cell to begin
GRACE = 3.0  # seconds after a cell's own timer before the sandbox is killed
MAX_EVENTS_BYTES = 20_000_000
SECCOMP_FD = -1  # placeholder on the command line, replaced by the pipe's fd when the copy starts
DEFAULT_DISK = 64 * 1024**2


class SandboxMissing(RuntimeError):
    """bubblewrap is not installed (or cannot create namespaces here)."""


@dataclass(frozen=True)
class Limits:
    """What one copy may use."""

    memory: int = 2 * 1024**3
    output: int = 10 * 1024**2
    disk: int = DEFAULT_DISK


DEFAULT_LIMITS = Limits()


@dataclass
class Run:
    """What came back from one sandboxed run: per-cell reports and how it ended."""

    cells: dict[int, dict[str, Any]] = field(default_factory=dict)
    ended: str = "fini"  # fini, temps, arret, sortie, demarrage
    started: set[int] = field(default_factory=set)
    output_bytes: int = 0


# ---------------------------------------------------------------- seccomp

_ARCH = {  # audit arch, syscalls refused with EPERM, clone (checked for CLONE_THREAD), clone3 (ENOSYS)
    "x86_64": (0xC000003E, (57, 58), 56, 435),
    "aarch64": (0xC00000B7, (), 220, 435),
}
_CLONE_THREAD = 0x00010000


def seccomp_program(machine: str | None = None) -> bytes | None:
    """A classic BPF seccomp filter refusing new processes (not threads), or None on an unknown machine."""
    arch = _ARCH.get(machine or platform.machine())
    if arch is None:
        return None
    audit, refused, clone, clone3 = arch
    allow, eperm, enosys = 0x7FFF0000, 0x00050000 | 1, 0x00050000 | 38
    ld, jeq, jset, ret = 0x20, 0x15, 0x45, 0x06
    program: list[tuple[int, int, int, int]] = [(ld, 0, 0, 4), (jeq, 1, 0, audit), (ret, 0, 0, eperm), (ld, 0, 0, 0)]
    for number in refused:
        program += [(jeq, 0, 1, number), (ret, 0, 0, eperm)]
    program += [(jeq, 0, 1, clone3), (ret, 0, 0, enosys)]
    program += [(jeq, 0, 3, clone), (ld, 0, 0, 16), (jset, 1, 0, _CLONE_THREAD), (ret, 0, 0, eperm)]
    program += [(ret, 0, 0, allow)]
    return b"".join(struct.pack("=HBBI", *instruction) for instruction in program)


# ---------------------------------------------------------------- the command


def bubblewrap() -> str | None:
    return shutil.which("bwrap")


def _system_binds() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("/bin", "/sbin", "/lib", "/lib32", "/lib64"):
        if os.path.islink(name):
            args += ["--symlink", os.readlink(name), name]
        elif os.path.isdir(name):
            args += ["--ro-bind", name, name]
    for name in ("/etc/ld.so.cache", "/etc/localtime"):
        args += ["--ro-bind-try", name, name]
    for prefix in {Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve(), Path(sys.prefix).absolute()}:
        if not str(prefix).startswith("/usr/"):
            args += ["--ro-bind", str(prefix), str(prefix)]
    return args


def _environment(home: str) -> dict[str, str]:
    return {
        "HOME": home,
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "PYTHONPATH": INSIDE_ROOT,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": "/tmp/matplotlib",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
    }


def sandbox_argv(
    files: Sequence[tuple[Path, str]] = (), *, seccomp_fd: int | None, disk: int = DEFAULT_DISK
) -> list[str]:
    """The bwrap command line for one copy: ``/copie`` and ``/tmp`` writable, in memory, ``files`` read-only."""
    bwrap = bubblewrap()
    if bwrap is None:
        raise SandboxMissing("bubblewrap (bwrap) n'est pas installé")
    argv = [bwrap, "--die-with-parent", "--new-session", "--unshare-all", "--unshare-user", "--disable-userns"]
    argv += ["--uid", "65534", "--gid", "65534", "--cap-drop", "ALL", "--hostname", "copie", "--clearenv"]
    for folder in (INSIDE_WORKDIR, "/tmp"):  # first: a Python or a course installed under /tmp is bound over it
        argv += ["--perms", "1777", "--size", str(disk), "--tmpfs", folder]
    argv += _system_binds()
    argv += ["--ro-bind", str(PACKAGE), f"{INSIDE_ROOT}/salesplan"]
    for source, name in files:
        argv += ["--ro-bind", str(source), f"{INSIDE_WORKDIR}/{name}"]
    argv += ["--chdir", INSIDE_WORKDIR, "--proc", "/proc", "--dev", "/dev", "--remount-ro", "/"]
    for key, value in _environment(INSIDE_WORKDIR).items():
        argv += ["--setenv", key, value]
    if seccomp_fd is not None:
        argv += ["--seccomp", str(seccomp_fd)]
    return [*argv, "--", sys.executable, "-P", "-B", f"{INSIDE_ROOT}/{RUNNER}"]


def sandbox_works() -> bool:
    """True when bubblewrap can start a Python here (namespaces allowed)."""
    if bubblewrap() is None:
        return False
    argv = sandbox_argv(seccomp_fd=None)
    argv[-3:] = ["-c", "pass"]
    try:
        return subprocess.run(argv, capture_output=True, timeout=60, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


# ---------------------------------------------------------------- running


def _kill(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def run_cells(
    cells: list[str],
    answers: list[str],
    *,
    files: Sequence[tuple[Path, str]] = (),
    timeout: float,
    limits: Limits = DEFAULT_LIMITS,
    isolate: bool = True,
) -> Run:
    """Run the cells in the sandbox (or, ``isolate=False``, in a plain child process); never raises for the copy.

    ``files`` are (source, name in the working folder) pairs: the assignment's data files.
    """
    if isolate:
        argv = sandbox_argv(files, seccomp_fd=SECCOMP_FD if seccomp_program() else None, disk=limits.disk)
        return _run(cells, answers, argv=argv, cwd=None, env={"PATH": "/usr/bin:/bin"}, timeout=timeout, limits=limits)
    with tempfile.TemporaryDirectory(prefix="salesplan-copie-") as tmp:
        for source, name in files:
            (Path(tmp) / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, Path(tmp) / name)
        argv = [sys.executable, "-P", "-B", str(PACKAGE.parent / RUNNER)]
        env = {**_environment(tmp), "PYTHONPATH": str(PACKAGE.parent), "MPLCONFIGDIR": tmp}
        return _run(cells, answers, argv=argv, cwd=tmp, env=env, timeout=timeout, limits=limits)


def _run(
    cells: list[str],
    answers: list[str],
    *,
    argv: list[str],
    cwd: str | None,
    env: dict[str, str],
    timeout: float,
    limits: Limits,
) -> Run:
    unlimited = resource.RLIM_INFINITY
    job_limits = {
        "memory": limits.memory,
        "cpu": int(len(cells) * (timeout + GRACE) + STARTUP),
        "output": limits.output,
        "processes": unlimited,
    }
    read_end, write_end = os.pipe()
    fds = [write_end]
    if "--seccomp" in argv:  # the filter is read by bwrap from a pipe, at the fd number named on its command line
        seccomp_read, seccomp_write = os.pipe()
        os.write(seccomp_write, seccomp_program() or b"")
        os.close(seccomp_write)
        argv = [str(seccomp_read) if a == str(SECCOMP_FD) and argv[i - 1] == "--seccomp" else a
                for i, a in enumerate(argv)]  # fmt: skip
        fds.append(seccomp_read)
    job = json.dumps({"cells": cells, "answers": answers, "timeout": timeout, "fd": write_end, "limits": job_limits})
    run = Run()
    with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as stdin:
        stdin.write(job.encode())  # a file, not a pipe: the grader never waits on the copy to read its job
        stdin.seek(0)
        process = subprocess.Popen(
            argv, stdin=stdin, stdout=output, stderr=subprocess.STDOUT, pass_fds=fds,
            start_new_session=True, env=env, cwd=cwd,
        )  # fmt: skip
        for fd in fds:
            os.close(fd)
        try:
            _read_events(read_end, run, timeout=timeout, count=len(cells))
        finally:
            os.close(read_end)
            _kill(process)
        output.seek(0, os.SEEK_END)
        run.output_bytes = output.tell()
    if run.output_bytes >= limits.output:  # Python ignores SIGXFSZ: the writes failed, the copy went on
        run.ended = "sortie"
    return run


def _read_events(fd: int, run: Run, *, timeout: float, count: int) -> None:
    deadline, buffer, total, done = time.monotonic() + STARTUP, b"", 0, False
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            run.ended = "fini" if done else "temps" if run.started else "demarrage"
            return
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            run.ended = "fini" if done else "arret"
            return
        total += len(chunk)
        if total > MAX_EVENTS_BYTES:
            run.ended = "sortie"
            return
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            try:
                event = json.loads(line)
            except (ValueError, RecursionError):
                continue
            if not isinstance(event, dict):
                continue
            if isinstance(event.get("debut"), int) and 0 <= event["debut"] < count:
                run.started.add(event["debut"])
                deadline = time.monotonic() + timeout + GRACE
            elif isinstance(event.get("fin"), int) and 0 <= event["fin"] < count:
                run.cells[event["fin"]] = event
                deadline = time.monotonic() + GRACE + 2
            elif event.get("termine") is True:
                done = True
                deadline = time.monotonic() + GRACE


__all__ = [
    "DEFAULT_DISK",
    "DEFAULT_LIMITS",
    "GRACE",
    "INSIDE_ROOT",
    "INSIDE_WORKDIR",
    "MAX_EVENTS_BYTES",
    "PACKAGE",
    "RUNNER",
    "SECCOMP_FD",
    "STARTUP",
    "Limits",
    "Run",
    "SandboxMissing",
    "bubblewrap",
    "run_cells",
    "sandbox_argv",
    "sandbox_works",
    "seccomp_program",
]
