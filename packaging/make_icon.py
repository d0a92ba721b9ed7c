"""Render resources/icons/app.svg into packaging/windows/zonalplan.ico (sizes 16 to 256 px).

Run once when the application icon changes: ``QT_QPA_PLATFORM=offscreen python packaging/make_icon.py``.
The ICO holds one PNG per size (the format Windows Vista and later read).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_of(renderer: QSvgRenderer, size: int) -> bytes:
    """Return the icon rendered at ``size`` pixels as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """Return an ICO file holding the given (size, PNG bytes) images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main() -> int:
    """Write the Windows icon file."""
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs a GUI application
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    target = ROOT / "packaging" / "windows" / "zonalplan.ico"
    target.write_bytes(ico_bytes([(size, png_of(renderer, size)) for size in SIZES]))
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
