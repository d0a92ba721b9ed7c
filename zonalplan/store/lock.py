"""Advisory lock files so that a plan open in one process is read-only for the others.

The lock is a small JSON file beside the plan (``plan.zplan.lock``) naming who holds it, on which
machine, since when. It works on network shares, where SQLite's own locks are unreliable across
machines. A lock left by a crashed process on the same machine is stale and taken over silently; a
lock from another machine, or from a live process, can be taken over on purpose (``force=True``)
after asking the user. Take-over is atomic: of several processes finding the same stale lock,
exactly one gets it. A lock path that is not a regular file (folder, pipe, link) is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from zonalplan.i18n import _
from zonalplan.i18n.formats import short_date
from zonalplan.model.errors import UnusableInputError
from zonalplan.store.sqlitefile import check_sidecar_type


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
            since = _("le {date} à {time}").format(date=short_date(when),
                                                   time=when.strftime("%H:%M"))
        except ValueError:
            since = _("une date inconnue")
        return _("par {user} sur {host} depuis {since}").format(
            user=self.user or _("un utilisateur inconnu"), host=self.host or "?", since=since)


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
                    since=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


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


LOCK_MAX_BYTES = 4096
FRESH_SECONDS = 10
"""An unreadable lock younger than this is being written: it counts as held, not stale."""


def _read_raw(path: Path, plan_name: str) -> bytes | None:
    """Return the bytes of a lock file, or None when there is none; refuse odd file types."""
    if not check_sidecar_type(path, plan_name, _("le verrou")):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UnusableInputError(_("{file} : le verrou « {lock} » n'est pas un fichier "
                                       "ordinaire ; supprimez-le avant d'ouvrir le plan.").format(
                file=plan_name, lock=path.name))
        return os.read(fd, LOCK_MAX_BYTES)
    finally:
        os.close(fd)


def _parse(raw: bytes, path: Path) -> LockInfo | None:
    """Return the holder a lock's bytes name; an unreadable old lock is stale (None)."""
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockInfo(user=str(data["user"])[:100], host=str(data["host"])[:100],
                        pid=int(data["pid"]), since=str(data["since"])[:40])
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError):
        pass
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return None
    if 0 <= age < FRESH_SECONDS:  # being written right now by another process
        return LockInfo(user="", host="?", pid=0, since=dt.datetime.now(
            dt.UTC).isoformat(timespec="seconds"))
    return None


def _live(info: LockInfo | None) -> LockInfo | None:
    if info is None or (info.host == host_name() and info.pid and not _pid_alive(info.pid)):
        return None  # the process that held it is gone (crash, kill)
    return info


def read_lock(plan_path: Path) -> LockInfo | None:
    """Return the current holder of the plan's lock, or None if it is free or stale.

    Raises UnusableInputError when the lock path is a folder, a pipe, a link or a device.
    """
    path = lock_path(plan_path)
    try:
        raw = _read_raw(path, plan_path.name)
    except OSError:
        return None
    return None if raw is None else _live(_parse(raw, path))


def _write_new(path: Path, payload: bytes) -> bool | None:
    """Create the lock with its content in one step; False if it exists, None if impossible."""
    tmp = path.with_name(f".~{path.name}.{os.getpid()}.{time.monotonic_ns()}")
    try:
        with open(tmp, "xb") as fh:
            fh.write(payload)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return None  # read-only folder or full disk: no lock possible
    try:
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    except OSError:
        return _write_exclusive(path, payload)  # a file system without hard links
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _write_exclusive(path: Path, payload: bytes) -> bool | None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    except OSError:
        return None
    try:
        os.write(fd, payload)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    os.close(fd)
    return True


def _take_over(path: Path, seen: bytes, payload: bytes) -> bool:
    """Replace the lock holding ``seen`` by ours; only one process can win.

    Take-overs are serialised by a second file created exclusively: its holder checks that the
    lock still holds what it judged stale, then replaces it in one step (``os.replace``).
    """
    mutex = path.with_name(path.name + ".takeover")
    try:
        fd = os.open(mutex, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        with contextlib.suppress(OSError):
            if time.time() - os.lstat(mutex).st_mtime > 2 * FRESH_SECONDS:
                mutex.unlink()  # left by a process killed during a take-over
        return False
    except OSError:
        return False
    os.close(fd)
    try:
        try:
            now = _read_raw(path, path.name)
        except (OSError, UnusableInputError):
            return False
        if now != seen:
            return False
        tmp = path.with_name(f".~{path.name}.{os.getpid()}.{time.monotonic_ns()}")
        try:
            with open(tmp, "xb") as fh:
                fh.write(payload)
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            return False
        return True
    finally:
        with contextlib.suppress(OSError):
            mutex.unlink()


class PlanLock:
    """A held lock on a plan file; release it with :meth:`release` or as a context manager."""

    def __init__(self, plan_path: Path, info: LockInfo, payload: bytes = b""):
        self.plan_path = plan_path
        self.info = info
        self._payload = payload

    @classmethod
    def acquire(cls, plan_path: Path, *, force: bool = False) -> PlanLock | LockInfo:
        """Take the lock; return the holder's :class:`LockInfo` when somebody else holds it.

        A stale lock (dead process on this machine) is taken over, as is any lock when
        ``force`` is true; when several processes try at once, exactly one wins.
        """
        path = lock_path(plan_path)
        me = _me()
        payload = json.dumps(me.__dict__).encode("utf-8")
        deadline = time.monotonic() + 3
        while True:
            created = _write_new(path, payload)
            if created is None:
                # Read-only folder or medium: no lock possible, nobody else can write either.
                return cls(plan_path, me, b"")
            if created:
                return cls(plan_path, me, payload)
            try:
                seen = _read_raw(path, plan_path.name)
            except OSError:
                seen = None
            if seen is None:
                continue  # released meanwhile: try again
            holder = _live(_parse(seen, path))
            if holder is not None and not force:
                return holder
            if _take_over(path, seen, payload):
                return cls(plan_path, me, payload)
            if time.monotonic() > deadline:
                return holder or read_lock(plan_path) or LockInfo("", "?", 0, me.since)
            time.sleep(0.02)

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if not self._payload:
            return
        path = lock_path(self.plan_path)
        try:
            if _read_raw(path, self.plan_path.name) == self._payload:
                path.unlink()
        except (OSError, UnusableInputError):
            pass
        self._payload = b""

    def __enter__(self) -> PlanLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
