"""Read a data file as a header and rows, whatever its form: delimited text or an Excel sheet.

Everything here refuses clearly rather than guessing silently: a file that is not a regular file,
larger than :data:`MAX_FILE_BYTES`, binary, with no recognisable delimiter or with rows of the wrong
width gets a :class:`DataImportError` naming the file, the line and the column.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from zonalplan.i18n import _
from zonalplan.model.errors import UnusableInputError

MAX_FILE_BYTES = 200 * 2**20
"""Largest data file read (a national Statbel accidents year is about 15 MB)."""
MAX_COLUMNS = 200
MAX_CELL_CHARS = 500
DELIMITERS = "|;,\t"


class DataImportError(UnusableInputError):
    """A data file cannot be imported; the message names the file, line and column."""


@dataclass(frozen=True)
class RawTable:
    """A file read as text cells: the header, the rows with their line numbers, and facts."""

    file_name: str
    header: list[str]
    rows: list[tuple[int, list[str]]]
    sha256: str
    size_bytes: int
    encoding: str

    def where(self, line: int, column: str | None = None) -> str:
        """Return « fichier, ligne N, colonne X » for a message."""
        if column:
            return _("{file}, ligne {line}, colonne {column}").format(
                file=self.file_name, line=line, column=column)
        return _("{file}, ligne {line}").format(file=self.file_name, line=line)

    def column(self, *names: str) -> int:
        """Return the position of the first header among ``names``; refuse when none is there."""
        found = self.index(*names, required=True)
        assert found is not None
        return found

    def index(self, *names: str, required: bool = False) -> int | None:
        """Return the position of the first header among ``names`` (case-insensitive)."""
        wanted = [n.casefold() for n in names]
        for candidate in wanted:
            for position, header in enumerate(self.header):
                if header.casefold() == candidate:
                    return position
        if required:
            found = ", ".join(self.header[:12]) + (" …" if len(self.header) > 12 else "")
            raise DataImportError(_("{file} : colonne {column} absente (colonnes trouvées : "
                                    "{found}).").format(file=self.file_name, column=names[0],
                                                        found=found))
        return None


def check_file(path: Path, max_bytes: int | None = None) -> int:
    """Return the file's size after checking it is a regular file of acceptable size."""
    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DataImportError(_("{file} : fichier introuvable.").format(file=path.name)) from None
    except OSError as exc:
        from zonalplan.store.sqlitefile import sqlite_reason

        raise DataImportError(_("{file} : lecture impossible ({reason}).").format(
            file=path.name, reason=sqlite_reason(exc))) from None
    if not stat.S_ISREG(info.st_mode):
        raise DataImportError(_("{file} : ce n'est pas un fichier ordinaire.").format(
            file=path.name))
    if info.st_size > max_bytes:
        raise _too_large(path.name, info.st_size, max_bytes)
    if info.st_size == 0:
        raise DataImportError(_("{file} : le fichier est vide.").format(file=path.name))
    return info.st_size


def _too_large(name: str, size: int, limit: int) -> DataImportError:
    return DataImportError(_("{file} : fichier trop volumineux ({size} Mo ; au plus {limit} Mo)."
                             ).format(file=name, size=f"{size / 2**20:.0f}",
                                      limit=f"{limit / 2**20:.0f}"))


def read_table(path: Path, *, sheet: str | None = None) -> RawTable:
    """Read a delimited text file or an .xlsx sheet into a :class:`RawTable`."""
    size = check_file(path)
    with path.open("rb") as handle:
        data = handle.read(size + 1)  # never more than the size checked (a file may grow)
    return table_from_bytes(path.name, data, sheet=sheet)


def table_from_bytes(name: str, data: bytes, *, sheet: str | None = None) -> RawTable:
    """Read the bytes of a data file (text or .xlsx) named ``name`` into a :class:`RawTable`."""
    if not data:
        raise DataImportError(_("{file} : le fichier est vide.").format(file=name))
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name, len(data), MAX_FILE_BYTES)
    digest = hashlib.sha256(data).hexdigest()
    if data[:4] == b"PK\x03\x04":
        header, rows = _read_xlsx(name, data, sheet)
        return RawTable(name, header, rows, digest, len(data), "xlsx")
    text, encoding = _decode(name, data)
    header, rows = _read_delimited(name, text)
    return RawTable(name, header, rows, digest, len(data), encoding)


def _decode(name: str, data: bytes) -> tuple[str, str]:
    if b"\x00" in data[:65536]:
        raise DataImportError(_("{file} : fichier binaire, pas un tableau de texte ni un "
                                "classeur .xlsx.").format(file=name))
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > 10:
        raise DataImportError(_("{file} : encodage des caractères non reconnu (ni UTF-8 ni "
                                "Windows-1252).").format(file=name))
    return text, "cp1252"


def _sniff_delimiter(name: str, first_line: str) -> str:
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    if counts[best] == 0:
        raise DataImportError(_("{file}, ligne 1 : aucun séparateur de colonnes reconnu "
                                "(| ; , ou tabulation).").format(file=name))
    return best


def _read_delimited(name: str, text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    first_line = text.split("\n", 1)[0]
    delimiter = _sniff_delimiter(name, first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise DataImportError(_("{file}, ligne 1 : en-tête illisible ({reason}).").format(
            file=name, reason=exc)) from None
    _check_header(name, header)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            line = reader.line_num
            if not row or all(not cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise DataImportError(_("{file}, ligne {line} : {count} colonnes au lieu de "
                                        "{expected} (séparateur « {delimiter} »).").format(
                    file=name, line=line, count=len(row), expected=len(header),
                    delimiter=delimiter))
            if max(map(len, row)) > MAX_CELL_CHARS:
                column = header[next(i for i, c in enumerate(row) if len(c) > MAX_CELL_CHARS)]
                raise DataImportError(_("{file}, ligne {line}, colonne {column} : texte trop "
                                        "long.").format(file=name, line=line, column=column))
            rows.append((line, row))  # cells are stripped where they are used
    except csv.Error as exc:
        raise DataImportError(_("{file}, ligne {line} : ligne mal formée ({reason}).").format(
            file=name, line=reader.line_num, reason=exc)) from None
    return header, rows


def _check_header(name: str, header: list[str]) -> None:
    if len(header) > MAX_COLUMNS:
        raise DataImportError(_("{file}, ligne 1 : {count} colonnes (au plus {limit}).").format(
            file=name, count=len(header), limit=MAX_COLUMNS))
    if not any(header):
        raise DataImportError(_("{file}, ligne 1 : l'en-tête est vide.").format(file=name))


def _read_xlsx(name: str, data: bytes, sheet: str | None
               ) -> tuple[list[str], list[tuple[int, list[str]]]]:
    from zipfile import BadZipFile, ZipFile

    try:
        with ZipFile(io.BytesIO(data)) as archive:
            declared = sum(info.file_size for info in archive.infolist())
    except BadZipFile:
        raise DataImportError(_("{file} : classeur .xlsx endommagé.").format(file=name)) from None
    if declared > 4 * MAX_FILE_BYTES:
        raise DataImportError(_("{file} : classeur trop volumineux une fois décompressé.").format(
            file=name))
    try:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged workbook
        raise DataImportError(_("{file} : classeur .xlsx illisible ({reason}).").format(
            file=name, reason=type(exc).__name__)) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise DataImportError(_("{file} : feuille « {sheet} » absente (feuilles : "
                                    "{sheets}).").format(file=name, sheet=sheet,
                                                         sheets=", ".join(book.sheetnames)))
        ws = book[sheet] if sheet else book.worksheets[0]
        iterator = ws.iter_rows(values_only=True)
        header: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        for line, values in enumerate(iterator, start=1):
            cells = ["" if v is None else _cell_text(v) for v in values]
            if header is None:
                if not any(cells):
                    continue
                header = [c.strip() for c in cells]
                while header and not header[-1]:
                    header.pop()
                _check_header(name, header)
                continue
            cells = (cells + [""] * len(header))[: len(header)]
            if any(cells):
                rows.append((line, cells))
        if header is None:
            raise DataImportError(_("{file} : la feuille « {sheet} » est vide.").format(
                file=name, sheet=ws.title))
        return header, rows
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]  # type: ignore[union-attr]
    return str(value).strip()


_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_number(text: str, where: str) -> float | None:
    """Return the number written in ``text`` (Belgian or international notation), None if empty.

    ``1 234,5``, ``1.234,5``, ``1234.5``, ``12 %`` and ``-`` (no value) are understood. A dot
    alone followed by exactly three digits in groups (``1.234``, ``12.345.678``) is a thousands
    separator, as in Belgian tables; ``1.5`` is a decimal.
    """
    value = _SPACES.sub("", text).rstrip("%")
    if value in ("", "-", "–", "—", "n.d.", "nd", "n/a", "x"):
        return None
    if "," in value and "." in value:
        decimal = "," if value.rfind(",") > value.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        value = value.replace(thousands, "").replace(decimal, ".")
    elif "," in value:
        value = value.replace(",", ".") if value.count(",") == 1 else value.replace(",", "")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", value):
        value = value.replace(".", "")
    try:
        number = float(value)
    except ValueError:
        raise DataImportError(_("{where} : « {text} » n'est pas un nombre.").format(
            where=where, text=text[:40])) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise DataImportError(_("{where} : « {text} » n'est pas un nombre fini.").format(
            where=where, text=text[:40]))
    return number


def parse_count(text: str, where: str) -> int:
    """Return a whole, non-negative count (0 for an empty cell)."""
    number = parse_number(text, where)
    if number is None:
        return 0
    if number < 0 or not float(number).is_integer():
        raise DataImportError(_("{where} : « {text} » n'est pas un nombre entier positif."
                                ).format(where=where, text=text[:40]))
    return int(number)


def iter_cells(table: RawTable, column: int) -> Iterator[tuple[int, str]]:
    """Yield (line, cell) of one column."""
    for line, row in table.rows:
        yield line, row[column]
