"""Small painted status icons (severity of findings, objective status), crisp at any DPI."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

COLORS = {
    "erreur": QColor("#c62828"),
    "avertissement": QColor("#ef8f00"),
    "info": QColor("#1565c0"),
    "ok": QColor("#2e7d32"),
    "none": QColor("#9e9e9e"),
}


def _paint(state: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = COLORS.get(state, COLORS["none"])
    s = float(size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if state == "avertissement":
        path = QPainterPath()
        path.moveTo(s / 2, s * 0.06)
        path.lineTo(s * 0.97, s * 0.92)
        path.lineTo(s * 0.03, s * 0.92)
        path.closeSubpath()
        painter.drawPath(path)
    else:
        painter.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88))
    pen = QPen(QColor("white"), max(1.4, s * 0.12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    if state == "erreur":
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    elif state == "avertissement":
        painter.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.62))
        painter.drawPoint(QPointF(s / 2, s * 0.78))
    elif state == "info":
        painter.drawPoint(QPointF(s / 2, s * 0.30))
        painter.drawLine(QPointF(s / 2, s * 0.47), QPointF(s / 2, s * 0.72))
    elif state == "ok":
        painter.drawLine(QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68))
        painter.drawLine(QPointF(s * 0.44, s * 0.68), QPointF(s * 0.73, s * 0.36))
    painter.end()
    return pixmap


@cache
def status_icon(state: str) -> QIcon:
    """Return the icon of a severity ("erreur", "avertissement", "info") or "ok" / "none"."""
    icon = QIcon()
    for size in (12, 16, 24, 32):
        icon.addPixmap(_paint(state, size))
    return icon


def worst_severity(findings: list) -> str:
    """Return the worst severity among findings, or "ok" when there is none."""
    severities = {f.severity for f in findings}
    for severity in ("erreur", "avertissement", "info"):
        if severity in severities:
            return severity
    return "ok"
