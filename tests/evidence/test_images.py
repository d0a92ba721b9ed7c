"""Pictures from outside: PNG and JPEG kept as pixels only; lies, bombs and junk refused clearly."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from zonalplan.evidence import DataImportError
from zonalplan.evidence.images import MAX_SIDE, picture_from_bytes, read_picture


def _png(width: int, height: int, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), "navy").save(out, "PNG")
    return out.getvalue()


def _bomb_png(width: int, height: int) -> bytes:
    """Return a tiny PNG whose header declares ``width`` × ``height`` pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b""))


def test_png_and_jpeg_are_kept_without_metadata(tmp_path: Path) -> None:
    """A map (PNG) and a photo (JPEG) are re-encoded; EXIF text does not survive."""
    path = tmp_path / "carte.png"
    path.write_bytes(_png(800, 600))
    picture = read_picture(path)
    assert (picture.format, picture.width, picture.height) == ("PNG", 800, 600)
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x010E] = "secret GPS note"
    Image.new("RGB", (400, 300), "white").save(out, "JPEG", exif=exif)
    photo = picture_from_bytes(out.getvalue(), "photo.jpg")
    assert photo.format == "JPEG" and b"secret GPS note" not in photo.data


def test_large_photos_are_scaled_down() -> None:
    """A photo wider than MAX_SIDE keeps its proportions at MAX_SIDE pixels."""
    picture = picture_from_bytes(_png(MAX_SIDE * 2, MAX_SIDE, "L"), "grand.png")
    assert (picture.width, picture.height) == (MAX_SIDE, MAX_SIDE // 2)


@pytest.mark.parametrize(("data", "expected"), [
    (b"GIF89a" + b"\x00" * 50, "n'est pas une image PNG ou JPEG"),
    (b"%PDF-1.7 not an image", "n'est pas une image PNG ou JPEG"),
    (_bomb_png(100_000, 100_000), "image trop grande"),
    (_png(50, 50)[:60], "endommagée ou illisible"),
    (b"\xff\xd8\xff" + b"\x00" * 100, "endommagée ou illisible"),
])
def test_bad_pictures_are_refused(data: bytes, expected: str) -> None:
    """Wrong content under a picture's name, a bomb or a truncated file: a clear refusal."""
    with pytest.raises(DataImportError, match=expected):
        picture_from_bytes(data, "organigramme.png")


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=300).map(lambda b: b"\x89PNG\r\n\x1a\n" + b))
def test_random_png_bodies_never_escape_as_other_errors(data: bytes) -> None:
    """Any bytes behind a PNG signature give a picture or a DataImportError."""
    try:
        picture_from_bytes(data, "x.png")
    except DataImportError:
        pass
