"""Export the demo plan to PDF and render pages to PNG for a reviewer to look at.

Run: ``.venv/bin/python bench/render_demo_page.py``. Needs LibreOffice (``soffice``) and poppler
(``pdftoppm``, ``pdftotext``). Writes ``artifacts/demo-plan.docx``, ``artifacts/demo-plan.pdf``
and PNGs of pages 1-3 (title page, table of contents) and of the first page of every objective,
plus the alignment report, then prints their paths.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zonalplan.demo import build_demo_plan  # noqa: E402
from zonalplan.export import export_plan, export_report  # noqa: E402
from zonalplan.reference import load_reference  # noqa: E402


def _page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [" ".join(page.split()) for page in out.split("\f")]


def _render(pdf: Path, page: int, prefix: Path, dpi: int) -> Path:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(prefix)], check=True)
    return prefix.with_suffix(".png")


def main() -> int:
    """Export, convert and render; print the written files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts")
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args()
    missing = [tool for tool in ("pdftoppm", "pdftotext") if shutil.which(tool) is None]
    if missing:
        print(f"Outils manquants : {', '.join(missing)} (paquet poppler-utils).", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    plan, reference = build_demo_plan(), load_reference()
    result = export_plan(plan, args.out / "demo-plan.docx", reference=reference, pdf=True)
    report = export_report(plan, args.out / "demo-rapport.docx", reference=reference, pdf=True)
    pdf = result.pdf_path
    texts = _page_texts(pdf)
    pages = {1: "titre", 2: "sommaire-1", 3: "sommaire-2"}
    for obj in plan.objectives:
        found = next((i for i, text in enumerate(texts, start=1) if i > 3 and obj.label in text),
                     None)
        if found:
            pages.setdefault(found, f"objectif-{obj.code or obj.id}")
    written = [result.path, pdf, report.path, report.pdf_path]
    for page, name in sorted(pages.items()):
        written.append(_render(pdf, page, args.out / f"demo-p{page:02d}-{name}", args.dpi))
    for page in (1, 3):
        written.append(_render(report.pdf_path, page, args.out / f"rapport-p{page:02d}",
                               args.dpi))
    print(f"{len(texts) - 1 if texts and not texts[-1] else len(texts)} pages")
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
