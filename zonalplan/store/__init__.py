"""Plan files (``.zplan``), snapshots, locks and JSON interchange."""

from zonalplan.store.jsonio import plan_from_json, plan_to_json, read_json_file
from zonalplan.store.lock import LockInfo, PlanLock, read_lock
from zonalplan.store.planfile import (
    SUFFIX,
    PlanFile,
    SnapshotInfo,
    create_plan_file,
    open_plan,
    read_plan,
)

__all__ = [
    "SUFFIX", "LockInfo", "PlanFile", "PlanLock", "SnapshotInfo", "create_plan_file", "open_plan",
    "plan_from_json", "plan_to_json", "read_json_file", "read_lock", "read_plan",
]
