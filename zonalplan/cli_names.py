"""Names of the subcommands, known without importing them (the desktop launcher starts faster).

A test checks that this list matches the parser built by ``zonalplan.cli``.
"""

SUBCOMMANDS: frozenset[str] = frozenset({
    "new", "demo", "show", "snapshot", "snapshots", "restore", "export-json", "import-json",
    "reference", "check", "coverage", "suggest", "export", "report", "diff", "notes",
    "merge-notes", "review", "data", "new-cycle", "dashboard", "annual-report",
    "action-plan",
})
