"""Plan files (``.zplan``), snapshots, locks and JSON interchange.

Names are imported on first use: :mod:`zonalplan.store.outline` (what the window shows while the
models load) must not pull the pydantic models in.
"""

from zonalplan.lazy import lazy_exports

_EXPORTS = {
    "plan_from_json": "jsonio", "plan_to_json": "jsonio", "read_json_file": "jsonio",
    "LockInfo": "lock", "PlanLock": "lock", "read_lock": "lock",
    "SUFFIX": "planfile", "PlanFile": "planfile", "SnapshotInfo": "planfile",
    "create_plan_file": "planfile", "open_plan": "planfile", "read_plan": "planfile",
    "read_outline": "outline", "PlanOutline": "outline",
}

__getattr__ = lazy_exports(__name__, _EXPORTS)

__all__ = sorted(_EXPORTS)
