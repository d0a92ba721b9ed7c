"""Reference browser: the national frame (PNS, NCSI, SSN, indices) as trees, search, full texts."""

from ui.reference_browser.browser import ReferenceBrowser

__all__ = ["ReferenceBrowser"]
