"""Subcommands registered by this module (filled in by its feature)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands."""
