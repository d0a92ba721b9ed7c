"""Time the Word export of the demo plan and of a 200-objective plan; measure peak memory.

Run: ``.venv/bin/python bench/bench_export.py [--language nl]``. Budgets (printed, never asserted
in tests):
demo ≤ 0.5 s (charts kept from the previous export; ≤ 1 s when its charts are drawn again);
alignment report of the demo (two coverage charts) ≤ 1 s; 200 objectives × 5 indicators ≤ 2 s and ≤ 1.5 × the time plain python-docx takes
to write the same content (built here from the same template views, paragraph by paragraph and
cell by cell); peak memory ≤ 200 MB (measured in a child process).
"""

from __future__ import annotations

import argparse
import io
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx

from bench.generate import large_plan
from zonalplan.demo import build_demo_plan
from zonalplan.evidence.charts import clear_cache
from zonalplan.export import export_plan, export_report
from zonalplan.export.context import build_context
from zonalplan.export.national import fallback_coverage, run_check
from zonalplan.export.richxml import StyleMap
from zonalplan.reference import load_reference


def _median(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


_STYLES: dict[str, object] = {}
"""Style objects looked up once per document (python-docx looks names up slowly)."""


def _style(document, name: str):
    if name not in _STYLES:
        _STYLES[name] = document.styles[name]
    return _STYLES[name]


def _rich(document, value) -> None:
    bullet = _style(document, "List Bullet")
    for block in value.blocks:
        document.add_paragraph(block.text, bullet if block.kind == "bullet" else None)


def _table(document, header: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = _style(document, "Table Grid")
    for r, values in enumerate([header, *rows]):
        cells = table.rows[r].cells
        for c, value in enumerate(values):
            cells[c].text = str(value)


def raw_python_docx(plan, reference, out: Path) -> None:
    """Write the plan's content with plain python-docx calls (the comparison baseline)."""
    report, _ = run_check(plan, reference)
    if not report.coverage.themes:
        report.coverage = fallback_coverage(plan, reference)
    document = docx.Document()
    _STYLES.clear()
    ctx = build_context(plan, reference, report, StyleMap.from_document(document))
    document.add_heading(ctx["zone"].display, 0)
    document.add_heading("Avant-propos", 1)
    _rich(document, ctx["foreword"])
    document.add_heading("Analyse de l'environnement", 1)
    for value in vars(ctx["env"]).values():
        document.add_heading("Section", 2)
        _rich(document, value)
    document.add_heading("Stratégie", 1)
    for exp in ctx["expectations"]:
        document.add_heading(exp.heading, 3)
        _rich(document, exp.text)
    for domain in ctx["domains"]:
        document.add_heading(domain.title, 3)
        for o in domain.objectives:
            document.add_heading(o.label, 4)
            _table(document, ["Rubrique", "Contenu"],
                   [["Type", o.kind], ["Domaine", o.domain], ["Responsable", o.owner],
                    ["Partenaires", o.partners_text], ["Capacité", o.capacity]])
            for title, value in (("Description", o.description), ("Motivation", o.rationale)):
                document.add_paragraph(title)
                _rich(document, value)
            _table(document, ["Maillon", "Actions"],
                   [["Prévention", o.chain.prevention.text],
                    ["Répression", o.chain.repression.text],
                    ["Suivi", o.chain.aftercare.text]])
            for text in o.tactical_list:
                document.add_paragraph(text, _style(document, "List Bullet"))
            _table(document, ["Indicateur", "Unité", "Départ", "Cible", "Source", "Fréquence"],
                   [[i.name, i.unit, i.baseline, i.target, i.source, i.frequency]
                    for i in o.indicators])
            _table(document, ["Élément", "Lien", "Source"],
                   [[lk.label, lk.weight, lk.citation] for lk in o.links])
    _table(document, ["N°", "Thème", "Décision", "Justification", "Objectifs"],
           [[t.number, t.title, t.decision, t.justification.text, t.objectives]
            for t in ctx["pns_themes"]])
    cap = ctx["capacity"]
    _table(document, ["Fonctionnalité", "ETP", "Part"],
           [[f.label, f.fte, f.share] for f in cap.functionalities])
    _table(document, ["Objectif", "ETP", "Heures"],
           [[c.label, c.fte, c.hours] for c in cap.objectives])
    _table(document, ["Membre", "Signature"], [[m.name, m.role] for m in ctx["czs"]])
    _table(document, ["Indicateur", "Valeur"],
           [[s.label, s.value] for s in ctx["alignment"].summary])
    _table(document, ["Abréviation", "Signification"],
           [[g.abbr, g.meaning] for g in ctx["glossary"]])
    buffer = io.BytesIO()
    document.save(buffer)
    out.write_bytes(buffer.getvalue())


def _child_memory(mode: str) -> None:
    """Export the large plan once in a fresh process and print its peak memory in MB.

    ``rss``: peak resident size of the whole process (interpreter, libraries, reference, lxml
    trees); ``traced``: peak of Python allocations during the export (tracemalloc, which itself
    inflates the resident size, hence two separate runs).
    """
    reference = load_reference()
    plan = large_plan(200, 5)
    if mode == "traced":
        tracemalloc.start()
    with tempfile.TemporaryDirectory() as tmp:
        export_plan(plan, Path(tmp) / "grand.docx", reference=reference)
    if mode == "traced":
        print(f"{tracemalloc.get_traced_memory()[1] / 1024 / 1024:.1f}")
        return
    print(f"{_peak_rss_mb():.1f}")


def _peak_rss_mb() -> float:
    """Return this process's peak resident size (Linux: VmHWM, which exec resets)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # survives exec on Linux
    return rss / 1024 / 1024 if sys.platform == "darwin" else rss / 1024


def main() -> None:
    """Print the export figures against their budgets."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--child-memory", choices=("rss", "traced"), help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--raw-repeat", type=int, default=1)
    parser.add_argument("--language", choices=("fr", "nl", "de"), default="fr",
                        help="langue des plans exportés (les budgets valent pour chaque langue)")
    args = parser.parse_args()
    if args.child_memory:
        _child_memory(args.child_memory)
        return
    peaks = {mode: float(subprocess.run([sys.executable, __file__, "--child-memory", mode],
                                        capture_output=True, text=True, check=True).stdout)
             for mode in ("rss", "traced")}
    print(f"mémoire (200 objectifs) pic du processus {peaks['rss']:5.1f} Mo (budget 200 Mo), "
          f"dont allocations Python de l'export {peaks['traced']:5.1f} Mo")
    reference = load_reference()
    demo, large = build_demo_plan(), large_plan(200, 5)
    demo.metadata.language = large.metadata.language = args.language
    print(f"langue des plans : {args.language}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "plan.docx"
        start = time.perf_counter()
        export_plan(demo, out, reference=reference)
        cold = time.perf_counter() - start
        demo_s = _median(lambda: export_plan(demo, out, reference=reference), args.repeat)
        print(f"démo                   première {cold:5.2f} s, médiane {demo_s:5.2f} s "
              f"(budget 0,5 s) — {out.stat().st_size / 1024:.0f} Ko")

        def redrawn(export, path: Path) -> None:
            clear_cache()
            export(demo, path, reference=reference)

        drawn_s = _median(lambda: redrawn(export_plan, out), args.repeat)
        print(f"démo, graphiques redessinés médiane {drawn_s:5.2f} s (budget 1 s)")
        report_out = Path(tmp) / "rapport.docx"
        start = time.perf_counter()
        export_report(demo, report_out, reference=reference)
        report_cold = time.perf_counter() - start
        report_s = _median(lambda: export_report(demo, report_out, reference=reference),
                           args.repeat)
        report_drawn = _median(lambda: redrawn(export_report, report_out), args.repeat)
        print(f"rapport d'alignement   première {report_cold:5.2f} s, médiane {report_s:5.2f} s, "
              f"graphiques redessinés {report_drawn:5.2f} s (budget 1 s) — "
              f"{report_out.stat().st_size / 1024:.0f} Ko")
        big_s = _median(lambda: export_plan(large, out, reference=reference), args.repeat)
        size = out.stat().st_size / 1024
        raw_out = Path(tmp) / "brut.docx"
        raw_s = _median(lambda: raw_python_docx(large, reference, raw_out), args.raw_repeat)
        print(f"200 objectifs × 5 ind. médiane {big_s:5.2f} s (budget 2 s) — {size:.0f} Ko")
        print(f"python-docx brut       médiane {raw_s:5.2f} s — rapport export / brut "
              f"{big_s / raw_s:4.2f} (budget ≤ 1,5)")


if __name__ == "__main__":
    main()
