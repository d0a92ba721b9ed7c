"""Tests of the compare room (diff, notes, review mode, many zones)."""
