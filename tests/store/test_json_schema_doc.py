"""The documented JSON schema stays in step with the models."""

import json
from pathlib import Path

from zonalplan.store.jsonio import plan_json_schema

DOC = Path(__file__).resolve().parents[2] / "docs" / "plan.schema.json"


def test_documented_schema_matches_the_models() -> None:
    assert json.loads(DOC.read_text(encoding="utf-8")) == plan_json_schema(), (
        "docs/plan.schema.json est périmé : python -m zonalplan.store.jsonio > docs/plan.schema.json")
