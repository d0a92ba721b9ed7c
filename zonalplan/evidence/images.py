"""Pictures a chapter may show (a map of the zone, an organigram, a photo): checked, then stored.

A picture arrives from outside, so it is read like any untrusted file: a regular file of at most
:data:`MAX_IMAGE_BYTES`, whose content really is PNG or JPEG whatever its extension says, with at
most :data:`MAX_PIXELS` pixels (a decompression bomb is refused before it is decoded), and fully
decodable. What is stored is re-encoded by Pillow, so nothing but pixels travels in the plan (no
metadata, no trailing data); very large photos are scaled down to :data:`MAX_SIDE` pixels.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from zonalplan.evidence.reading import DataImportError, check_file
from zonalplan.i18n import _

MAX_IMAGE_BYTES = 20 * 2**20
MAX_PIXELS = 40_000_000
"""About 7 300 × 5 500 pixels: more than any camera a zone uses, far below a bomb."""
MAX_SIDE = 3000
"""Long side kept: 25 cm at 300 dpi, the width of an A4 page and more."""
_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


@dataclass(frozen=True)
class Picture:
    """A checked picture ready to store: PNG or JPEG bytes, its size in pixels and its digest."""

    data: bytes
    format: str  # "PNG" or "JPEG"
    width: int
    height: int
    sha256: str
    file_name: str


def read_picture(path: Path) -> Picture:
    """Check and re-encode the picture at ``path`` (see module docstring)."""
    check_file(path, MAX_IMAGE_BYTES)
    with path.open("rb") as handle:
        raw = handle.read(MAX_IMAGE_BYTES + 1)
    return picture_from_bytes(raw, path.name)


def picture_from_bytes(raw: bytes, name: str) -> Picture:
    """Check and re-encode picture bytes; ``name`` is used in messages and kept as provenance."""
    kind = next((fmt for magic, fmt in _SIGNATURES.items() if raw.startswith(magic)), None)
    if kind is None:
        raise DataImportError(_("{file} : ce n'est pas une image PNG ou JPEG (contenu non "
                                "reconnu, quelle que soit l'extension du fichier).").format(
            file=name))
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(raw), formats=[kind]) as probe:
            width, height = probe.size
            if width * height > MAX_PIXELS:
                raise DataImportError(_("{file} : image trop grande ({width} × {height} pixels ; "
                                        "au plus {limit} millions de pixels).").format(
                    file=name, width=width, height=height, limit=MAX_PIXELS // 1_000_000))
            probe.verify()
        with Image.open(io.BytesIO(raw), formats=[kind]) as image:
            image.load()
            if max(image.size) > MAX_SIDE:
                image.thumbnail((MAX_SIDE, MAX_SIDE))
            out = io.BytesIO()
            if kind == "JPEG":
                image.convert("RGB").save(out, "JPEG", quality=88, optimize=True)
            else:
                keep = image if image.mode in ("RGB", "RGBA", "L", "LA", "P") else \
                    image.convert("RGBA")
                keep.save(out, "PNG", optimize=True)
            size = image.size
    except DataImportError:
        raise
    except Image.DecompressionBombError:
        raise DataImportError(_("{file} : image trop grande (taille déclarée démesurée)."
                                ).format(file=name)) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise DataImportError(_("{file} : image endommagée ou illisible ({reason}).").format(
            file=name, reason=type(exc).__name__)) from None
    data = out.getvalue()
    return Picture(data, kind, size[0], size[1], hashlib.sha256(data).hexdigest(), name[:200])
