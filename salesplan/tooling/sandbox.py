"""What a grading kernel may see: its environment and a guard against reading the solutions.

The kernel runs in an empty temporary directory with a trimmed environment.
Before any student code, :func:`guard_code` installs an audit hook
(``sys.addaudithook``, which cannot be removed) that refuses to open, list,
link or rename anything under the denied folders (the solutions, the
repository, the submissions, the grader's output) and refuses to start
processes or load C libraries through ctypes. A refusal raises
``PermissionError`` and writes :data:`MARKER` to the kernel's stderr, which the
grader looks for. This stops casual attempts; it is not an operating-system
sandbox (see the teacher's guide: run the grader as a user who cannot read
the solutions for that).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

MARKER = "SALESPLAN-ACCES-INTERDIT"

_PATH_EVENTS = {
    "open": (0,),
    "os.listdir": (0,),
    "os.scandir": (0,),
    "os.chdir": (0,),
    "os.link": (0, 1),
    "os.symlink": (0, 1),
    "os.rename": (0, 1),
    "os.truncate": (0,),
    "os.remove": (0,),
    "shutil.copyfile": (0, 1),
    "shutil.copytree": (0, 1),
    "shutil.rmtree": (0,),
    "glob.glob": (0,),
    "sqlite3.connect": (0,),
}
_BLOCKED_EVENTS = (
    "subprocess.Popen",
    "os.system",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "os.fork",
    "os.forkpty",
    "pty.spawn",
    "ctypes.dlopen",
    "ctypes.dlsym",
    "ctypes.cdata",
)
_GUARD = """
def _salesplan_guard():
    import os, posixpath, sys

    def hook(event, args, _real=os.path.realpath, _norm=posixpath.normpath, _join=posixpath.join,
             _cwd=os.getcwd, _fspath=os.fspath, _write=os.write, _isinstance=isinstance, _str=str,
             _bytes=bytes, _decode=os.fsdecode, _error=PermissionError):
        denied, allowed, paths, blocked, marker = {denied!r}, {allowed!r}, {paths!r}, {blocked!r}, {marker!r}
        qualname = "_salesplan_guard.<locals>.hook"

        def refuse(what):
            _write(2, (marker + " : " + what + "\\n").encode())
            raise _error(marker + " : accès interdit pendant la correction (" + what + ").")

        if event in blocked:
            refuse(event)
        if event == "object.__setattr__" and getattr(args[0], "__qualname__", "") == qualname:
            refuse("modification de la garde")
        for index in paths.get(event, ()):
            if index >= len(args) or not _isinstance(args[index], (_str, _bytes, os.PathLike)):
                continue
            name = _decode(_fspath(args[index]))
            for path in (_norm(_join(_cwd(), name)), _real(name)):
                if any(path == a or path.startswith(a + "/") for a in allowed):
                    continue
                if any(path == d or path.startswith(d + "/") for d in denied):
                    refuse(event + " " + name)

    sys.addaudithook(hook)


_salesplan_guard()
del _salesplan_guard
"""

RESET_CODE = """
_ip = get_ipython()
_ip.input_transformers_post.clear()
_ip.ast_transformers.clear()
for _callbacks in _ip.events.callbacks.values():
    _callbacks.clear()
del _ip, _callbacks
"""


def guard_code(*, denied: Sequence[Path], allowed: Sequence[Path]) -> str:
    """Python source that installs the guard in the kernel (sent as code, never written to disk)."""
    return _GUARD.format(
        denied=tuple(str(p.resolve()) for p in denied),
        allowed=tuple(str(p.resolve()) for p in allowed),
        paths=_PATH_EVENTS,
        blocked=frozenset(_BLOCKED_EVENTS),
        marker=MARKER,
    )


def kernel_env(workdir: Path) -> dict[str, str]:
    """A trimmed environment: no PYTHONPATH, no Jupyter paths, IPython's files in ``workdir``."""
    keep = ("PATH", "LANG", "LC_ALL", "TZ", "HOME", "MPLCONFIGDIR", "SYSTEMROOT")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        IPYTHONDIR=str(workdir / ".ipython"),
        MPLBACKEND="Agg",
        PYTHONHASHSEED="0",
        PYTHONDONTWRITEBYTECODE="1",
        VIRTUAL_ENV=sys.prefix,
    )
    return env
