"""Write a file in one step: temporary file in the target folder, then ``os.replace``.

If anything fails (file open in Word, disk full, folder gone), the previous file stays as it was
and the error is a French :class:`~zonalplan.model.PlanError`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from zonalplan.i18n import _
from zonalplan.model import PlanError


def _message(path: Path, exc: OSError) -> str:
    name = path.name
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
        return _("Impossible d'écrire « {file} » : le fichier est ouvert dans un autre programme "
                 "(Word ?) ou protégé en écriture. Fermez-le puis recommencez ; le fichier "
                 "existant n'a pas été modifié.").format(file=name)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return _("Impossible d'écrire « {file} » : le disque est plein. Libérez de la place puis "
                 "recommencez ; le fichier existant n'a pas été modifié.").format(file=name)
    if isinstance(exc, FileNotFoundError):
        return _("Impossible d'écrire « {file} » : le dossier « {folder} » n'existe pas.").format(
            file=name, folder=path.parent)
    from zonalplan.store.sqlitefile import sqlite_reason

    return _("Impossible d'écrire « {file} » ({reason}) ; le fichier existant n'a pas été "
             "modifié.").format(file=name, reason=sqlite_reason(exc))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; on failure raise PlanError, previous file intact."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=".~" + path.stem[:40], suffix=path.suffix + ".tmp",
                                    dir=folder)
        tmp = Path(name)
        try:  # mkstemp creates 0600: give the file the usual rights (or those it replaces)
            os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        except OSError:
            pass
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise PlanError(_message(path, exc)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return path


def write_text_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write UTF-8 ``text`` to ``path`` atomically (see :func:`write_atomic`)."""
    return write_atomic(path, text.encode("utf-8"))
