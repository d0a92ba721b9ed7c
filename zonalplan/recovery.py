"""Crash recovery: autosaved copies of open plans, kept apart from the user's files.

While a plan has unsaved changes the app writes its state every few minutes to ``<user
data>/recovery/<key>.json`` (never over the user's ``.zplan``). The file names the process that
wrote it; saving or closing the plan deletes it. A recovery file whose process is gone (crash, kill,
power cut) is an *orphan*: the next start offers to restore it or to discard it.

A recovery file is JSON: ``{"format": "zonalplan-recovery", "version": 1, "key", "source", "title",
"saved_at", "pid", "host", "plan": <the JSON interchange envelope of zonalplan.store.jsonio>}``.
It is validated like any plan from outside before it is used.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from zonalplan.fileio import write_text_atomic
from zonalplan.i18n import _
from zonalplan.model import PlanError, UnusableInputError
from zonalplan.paths import user_data_dir
from zonalplan.store.lock import _pid_alive, host_name

if TYPE_CHECKING:  # listing the copies left by a crash must not load the models (start-up)
    from zonalplan.model import Plan

FORMAT = "zonalplan-recovery"
VERSION = 1
MAX_BYTES = 200 * 1024 * 1024


def recovery_key(source: str | os.PathLike[str] | None) -> str:
    """Return the recovery key of a plan file (stable per path), or a fresh key for a new plan."""
    import hashlib
    import uuid

    if source is None:
        return "nouveau-" + uuid.uuid4().hex[:12]
    digest = hashlib.sha256(str(Path(source).resolve()).encode("utf-8")).hexdigest()
    return "plan-" + digest[:16]


@dataclass(frozen=True)
class RecoveryEntry:
    """A recovery file found on disk."""

    path: Path
    key: str
    source: Path | None
    title: str
    saved_at: str
    pid: int
    host: str

    @property
    def saved_display(self) -> str:
        """Return the save time as « JJ/MM/AAAA à HH:MM » in local time (current language)."""
        from zonalplan.i18n.formats import short_date

        try:
            when = dt.datetime.fromisoformat(self.saved_at).astimezone()
        except ValueError:
            return self.saved_at
        return _("{date} à {time}").format(date=short_date(when), time=when.strftime("%H:%M"))

    @property
    def orphan(self) -> bool:
        """Return True when the process that wrote the file is gone (crash, kill)."""
        if self.host and self.host != host_name():
            return True  # a roaming profile: the other machine's process cannot be checked
        return self.pid != os.getpid() and not _pid_alive(self.pid)


class RecoveryStore:
    """The folder of recovery files."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or (user_data_dir() / "recovery")

    def path_for(self, key: str) -> Path:
        """Return the recovery file of ``key``."""
        safe = "".join(c for c in key if c.isalnum() or c in "-_")[:80] or "plan"
        return self.folder / f"{safe}.json"

    def write(self, key: str, plan: Plan, *, source: str | os.PathLike[str] | None = None,
              pid: int | None = None) -> Path:
        """Write the recovery file of ``key`` atomically; return its path."""
        return self.write_text(key, plan.model_dump_json(), title=plan.title, source=source,
                               pid=pid)

    def write_text(self, key: str, plan_json: str, *, title: str,
                   source: str | os.PathLike[str] | None = None, pid: int | None = None) -> Path:
        """Write a recovery file from the plan's JSON (as made by ``Plan.model_dump_json``)."""
        from zonalplan.model import FORMAT_VERSION
        from zonalplan.store.jsonio import ENVELOPE

        header = {
            "format": FORMAT, "version": VERSION, "key": key,
            "source": str(Path(source).resolve()) if source else None, "title": title,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "pid": os.getpid() if pid is None else pid, "host": host_name(),
        }
        head = json.dumps(header, ensure_ascii=False)[:-1]
        envelope = f'{{"format": "{ENVELOPE}", "format_version": {FORMAT_VERSION}, ' \
                   f'"plan": {plan_json}}}'
        text = f'{head}, "plan": {envelope}}}\n'
        target = self.path_for(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from zonalplan.store.sqlitefile import sqlite_reason

            raise PlanError(_("Sauvegarde de récupération impossible ({reason}).").format(
                reason=sqlite_reason(exc))) \
                from exc
        write_text_atomic(target, text)
        return target

    def discard(self, key: str) -> None:
        """Delete the recovery file of ``key`` if there is one."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(key).unlink()

    def entries(self) -> list[RecoveryEntry]:
        """Return every readable recovery file, newest first."""
        found = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob("*.json"):
            entry = self._header(path)
            if entry is not None:
                found.append(entry)
        found.sort(key=lambda e: e.saved_at, reverse=True)
        return found

    def orphans(self) -> list[RecoveryEntry]:
        """Return the recovery files left by a process that is gone, newest first."""
        return [e for e in self.entries() if e.orphan]

    def load(self, entry: RecoveryEntry) -> Plan:
        """Read and validate the plan of a recovery file (French errors)."""
        name = _("récupération de « {title} »").format(title=entry.title)
        try:
            if entry.path.stat().st_size > MAX_BYTES:
                raise UnusableInputError(_("{name} : fichier trop volumineux.").format(name=name))
            data = json.loads(entry.path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise UnusableInputError(_("{name} : le fichier de récupération a disparu.").format(
                                         name=name)) from exc
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise UnusableInputError(_("{name} : fichier de récupération illisible.").format(
                                         name=name)) from exc
        if not isinstance(data, dict) or not isinstance(data.get("plan"), dict):
            raise UnusableInputError(_("{name} : fichier de récupération incomplet.").format(
                                         name=name))
        from zonalplan.store.jsonio import plan_from_json

        return plan_from_json(json.dumps(data["plan"]), name=name)

    @staticmethod
    def _header(path: Path) -> RecoveryEntry | None:
        try:
            if path.stat().st_size > MAX_BYTES:
                return None
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        if not isinstance(data.get("version"), int) or data["version"] > VERSION:
            return None
        try:
            source = data.get("source")
            return RecoveryEntry(path=path, key=str(data["key"]),
                                 source=Path(source) if source else None,
                                 title=str(data.get("title") or "Plan sans titre"),
                                 saved_at=str(data.get("saved_at") or ""),
                                 pid=int(data.get("pid") or 0), host=str(data.get("host") or ""))
        except (KeyError, TypeError, ValueError):
            return None
