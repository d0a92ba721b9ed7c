"""Compile the curated sources into a read-only SQLite reference database with an FTS5 index.

The build is deterministic (same sources, same bytes of content) and keyed by a content hash: the
database lives in the user's cache folder as ``reference-<hash>.sqlite`` and is rebuilt whenever a
source changes, so an upgrade never leaves a stale database behind. The app never writes to it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from zonalplan.i18n import _
from zonalplan.model import PlanError
from zonalplan.paths import bundled, user_cache_dir
from zonalplan.reference.sources import Corpus, content_hash, hashed_files, load_corpus

DB_PREFIX = "reference-"


def _path_titles(corpus: Corpus) -> dict[str, list[str]]:
    by_id = {li.item.id: li.item for li in corpus.items}
    paths: dict[str, list[str]] = {}
    for li in corpus.items:
        chain, node, guard = [], li.item, 0
        while node is not None and guard < 20:
            chain.append(f"{node.number} {node.title}" if node.number else node.title)
            node = by_id.get(node.parent) if node.parent else None
            guard += 1
        paths[li.item.id] = [li.document.short_title, *reversed(chain)]
    return paths


def write_database(corpus: Corpus, target: Path) -> None:
    """Write the compiled database of ``corpus`` to ``target`` (replaced atomically)."""
    fd, tmp = tempfile.mkstemp(prefix=".~reference", suffix=".sqlite", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    from sqlite_utils import Database  # only needed when (re)building: keeps start-up fast

    try:
        conn = sqlite3.connect(tmp_path, isolation_level=None)
        db = Database(conn, execute_plugins=False)
        paths = _path_titles(corpus)
        with db.atomic():
            db["info"].insert_all([
                {"key": "content_hash", "value": corpus.content_hash},
                {"key": "editions", "value": json.dumps(
                    {d.source: d.edition for d in corpus.documents}, ensure_ascii=False)},
            ], pk="key")
            db["documents"].insert_all(
                [d.model_dump() for d in corpus.documents], pk="source")
            db["items"].insert_all(({
                "id": li.item.id, "position": li.position, "source": li.document.source,
                "edition": li.document.edition, "kind": li.item.kind, "number": li.item.number,
                "title": li.item.title, "text": li.item.text, "parent_id": li.item.parent,
                "level": li.item.level, "grp": li.item.group,
                "path": json.dumps(paths[li.item.id], ensure_ascii=False),
                "provenance": json.dumps({
                    "document": li.document.title, "edition": li.document.edition,
                    "source_file": li.document.source_file,
                    **li.item.provenance.model_dump(exclude_none=True),
                    **({"wording": li.item.wording} if li.item.wording else {}),
                    **({"printed": li.item.printed} if li.item.printed else {})},
                    ensure_ascii=False),
                "keywords": json.dumps(li.item.keywords.model_dump(), ensure_ascii=False),
                "keywords_text": " ".join(li.item.keywords.fr + li.item.keywords.nl
                                          + li.item.keywords.abbr),
                "extra": json.dumps(li.item.extra, ensure_ascii=False),
            } for li in corpus.items), pk="id", columns={"number": str, "parent_id": str,
                                                          "level": str, "grp": str})
            db["links"].insert_all(
                ({"source_id": s, "target_id": t, "relation": r, "note": n}
                 for s, t, r, n in corpus.links),
                columns={"note": str})
            db["items"].create_index(["parent_id"])
            db["items"].create_index(["source", "kind"])
            db["links"].create_index(["source_id"])
            db["links"].create_index(["target_id"])
            _write_translations(db, corpus)
        db["items"].enable_fts(["title", "keywords_text", "text"],
                               tokenize="unicode61 remove_diacritics 2", create_triggers=False)
        db["translations"].enable_fts(["title", "text"], tokenize="unicode61 remove_diacritics 2",
                                      create_triggers=False)
        for table in ("items_fts", "translations_fts"):
            db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        conn.execute("VACUUM")
        conn.close()
        os.replace(tmp_path, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


def _write_translations(db: Any, corpus: Corpus) -> None:
    """Write the translated titles and texts (per language, in document order) and documents."""
    tr = corpus.translations
    db["translations"].create({"id": str, "language": str, "title": str, "text": str,
                               "translated_text": int, "status": str, "file": str,
                               "keywords": str},
                              pk=("id", "language"))
    db["translations"].insert_all({
        "id": li.item.id, "language": lang, "title": t.title, "text": t.text or "",
        "translated_text": int(t.text is not None), "status": t.status, "file": t.file,
        "keywords": json.dumps(list(t.keywords), ensure_ascii=False)}
        for lang in sorted(tr.items) for li in corpus.items
        if (t := tr.items[lang].get(li.item.id)) is not None)
    db["document_translations"].create({"source": str, "language": str, "title": str,
                                        "short_title": str, "status": str, "file": str},
                                       pk=("source", "language"))
    db["document_translations"].insert_all({
        "source": source, "language": lang, "title": t.title, "short_title": t.short_title,
        "status": t.status, "file": t.file}
        for lang in sorted(tr.documents) for source, t in sorted(tr.documents[lang].items()))


def database_path(cache_dir: Path | None = None, folder: Path | None = None) -> Path:
    """Return where the compiled database for the current sources lives."""
    digest = content_hash(hashed_files(folder))
    return (cache_dir or user_cache_dir()) / f"{DB_PREFIX}{digest[:16]}.sqlite"


def ensure_database(cache_dir: Path | None = None, folder: Path | None = None, *,
                    force: bool = False) -> Path:
    """Return the compiled database for the current sources, building it when missing or stale."""
    target = database_path(cache_dir, folder)
    if target.exists() and not force:
        return target
    if cache_dir is None and folder is None and not force:
        prebuilt = bundled("reference_cache", target.name)  # shipped in the application folder
        if prebuilt.is_file():
            return prebuilt
    corpus = load_corpus(folder)
    try:
        write_database(corpus, target)
    except OSError as exc:
        from zonalplan.store.sqlitefile import sqlite_reason

        raise PlanError(_("Base de référence : écriture impossible dans {parent} ({reason})."
                          ).format(parent=target.parent, reason=sqlite_reason(exc))) from exc
    for old in target.parent.glob(f"{DB_PREFIX}*.sqlite"):
        if old != target:
            with contextlib.suppress(OSError):
                old.unlink()
    return target
