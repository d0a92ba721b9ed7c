"""Advisory lock files so that a plan open in one process is read-only for the others.

The lock is a small JSON file beside the plan (``plan.zplan.lock``) naming who holds it, on which
machine, since when. It works on network shares, where SQLite's own locks are unreliable across
machines. A lock left by a crashed process on the same machine is stale and taken over silently; a
lock from another machine can be taken over on purpose (``force=True``) after asking the user.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock."""

    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        """Return « par NOM sur MACHINE depuis le JJ/MM/AAAA à HH:MM »."""
        try:
            when = dt.datetime.fromisoformat(self.since).astimezone()
            since = when.strftime("le %d/%m/%Y à %H:%M")
        except ValueError:
            since = "une date inconnue"
        return f"par {self.user or 'un utilisateur inconnu'} sur {self.host or '?'} depuis {since}"


def lock_path(plan_path: Path) -> Path:
    """Return the lock file path of a plan file."""
    return plan_path.with_name(plan_path.name + ".lock")


def host_name() -> str:
    """Return this machine's name (``socket`` is imported on first use: start-up stays quick)."""
    import socket

    return socket.gethostname()


def _me() -> LockInfo:
    import getpass

    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "inconnu"
    return LockInfo(user=user, host=host_name(), pid=os.getpid(),
                    since=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def read_lock(plan_path: Path) -> LockInfo | None:
    """Return the current holder of the plan's lock, or None if it is free or stale."""
    path = lock_path(plan_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        info = LockInfo(user=str(data["user"]), host=str(data["host"]), pid=int(data["pid"]),
                        since=str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return None  # unreadable lock: treated as stale
    if info.host == host_name() and not _pid_alive(info.pid):
        return None  # the process that held it is gone (crash, kill)
    return info


class PlanLock:
    """A held lock on a plan file; release it with :meth:`release` or as a context manager."""

    def __init__(self, plan_path: Path, info: LockInfo):
        self.plan_path = plan_path
        self.info = info

    @classmethod
    def acquire(cls, plan_path: Path, *, force: bool = False) -> PlanLock | LockInfo:
        """Take the lock; return the holder's :class:`LockInfo` when somebody else holds it."""
        path = lock_path(plan_path)
        me = _me()
        payload = json.dumps(me.__dict__).encode("utf-8")
        for _ in range(3):
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_lock(plan_path)
                if holder is not None and not force:
                    return holder
                try:
                    path.unlink()
                except FileNotFoundError:
                    pass
                continue
            except OSError:
                # Read-only folder or medium: no lock possible, nobody else can write either.
                return cls(plan_path, me)
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            return cls(plan_path, me)
        holder = read_lock(plan_path)
        return holder if holder else cls(plan_path, me)

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        path = lock_path(self.plan_path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("pid") == self.info.pid and data.get("host") == self.info.host:
                path.unlink()
        except (OSError, ValueError):
            pass

    def __enter__(self) -> PlanLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
