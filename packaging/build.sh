#!/usr/bin/env bash
# Build ZonalPlan/, a self-contained application folder (PyInstaller onedir), for this platform.
#
#   bash packaging/build.sh            # uses ./.venv if it has PyInstaller, else makes .build-venv
#   PYTHON=/path/to/python bash packaging/build.sh
#   ZONALPLAN_DIST_DIR=/x ZONALPLAN_BUILD_DIR=/y bash packaging/build.sh   # other output folders
#
# The result is dist/ZonalPlan/ (ZonalPlan and zonalplan-cli, with everything they need). Nothing is
# downloaded at run time; at build time only Python packages are installed from the package index,
# into the build venv. On Windows run it from Git Bash (see README, "Distribution").
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIST=${ZONALPLAN_DIST_DIR:-$ROOT/dist}      # where the ZonalPlan/ folder is written
WORK=${ZONALPLAN_BUILD_DIR:-$ROOT/build}    # PyInstaller's work files and the reference database

if [ -z "${PYTHON:-}" ]; then
  for candidate in .venv/bin/python .venv/Scripts/python.exe; do
    if [ -x "$candidate" ] && "$candidate" -c "import PyInstaller, zonalplan" 2>/dev/null; then
      PYTHON=$candidate
      break
    fi
  done
fi
if [ -z "${PYTHON:-}" ]; then
  base=$(command -v python3.11 || command -v python3 || command -v python)
  "$base" -m venv .build-venv
  if [ -x .build-venv/bin/python ]; then PYTHON=.build-venv/bin/python
  else PYTHON=.build-venv/Scripts/python.exe; fi
  "$PYTHON" -m pip install -q -e '.[bundle]'
fi
echo "Construction avec $("$PYTHON" --version) ($PYTHON)"

# The compiled reference database goes in the folder, so the first start does not compile it.
export ZONALPLAN_PREBUILT_REFERENCE="$WORK/reference_cache"
rm -rf "$ZONALPLAN_PREBUILT_REFERENCE"
mkdir -p "$ZONALPLAN_PREBUILT_REFERENCE"
"$PYTHON" -c "
import os, pathlib
from zonalplan.reference.build import ensure_database
folder = pathlib.Path(os.environ['ZONALPLAN_PREBUILT_REFERENCE'])
print('Base de référence :', ensure_database(cache_dir=folder).name)
"

# PyInstaller's own cache stays with this build, so builds running side by side never share it.
export PYINSTALLER_CONFIG_DIR="$WORK/pyinstaller-cache"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK/pyinstaller" packaging/zonalplan.spec

# Strip the debug symbols of the shared libraries and extension modules (a third of their size),
# but not of the libraries wheels vendor in a `*.libs` folder: those were rewritten by auditwheel
# and numpy's OpenBLAS no longer loads once stripped (hence no PyInstaller strip either). Never the
# two programs: their Python archive is appended to the executable. Linux and macOS only.
if command -v strip >/dev/null 2>&1 && [ -d "$DIST/ZonalPlan/_internal" ] \
    && [ "$(uname -s | cut -c1-5)" != "MINGW" ]; then
  find "$DIST/ZonalPlan/_internal" -type f -name '*.so*' ! -path '*.libs/*' \
    -exec strip --strip-unneeded {} + 2>/dev/null || true
fi
du -sh "$DIST/ZonalPlan" | awk '{print "Dossier " $2 " : " $1}'
