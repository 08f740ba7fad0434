"""Check a JSON report against the shipped schema (``report/schema.json``) and the contract rules
the schema cannot express (every segment in exactly one alignment, findings name real alignments).

``jsonschema`` is imported here only, so ``amanah --help`` and ``amanah check`` never pay for it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import InputError, ModelError

SCHEMA_RESOURCE = "schema.json"


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The report schema shipped inside the package."""
    return json.loads(resources.files("amanah.report").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator():
    try:
        import jsonschema
    except ImportError as exc:  # pragma: no cover - exercised only where jsonschema is missing
        raise ModelError("amanah validate needs the 'jsonschema' package: pip install jsonschema") from exc
    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _where(path) -> str:
    return "/" + "/".join(str(p) for p in path) if path else "(top level)"


def contract_problems(data: dict[str, Any]) -> list[str]:
    """Rules of design.md's report contract beyond the schema; assumes the schema already holds."""
    problems: list[str] = []
    sides = {}
    for side in ("source", "target"):
        segs = data[side]["segments"]
        ids = [s["id"] for s in segs]
        if len(set(ids)) != len(ids):
            problems.append(f"/{side}/segments: segment ids are not unique")
        for k, s in enumerate(segs):
            if s["start"] > s["end"]:
                problems.append(f"/{side}/segments/{k}: start {s['start']} is after end {s['end']}")
        sides[side] = set(ids)
    seen = {"source": [], "target": []}
    bead_ids = [a["id"] for a in data["alignments"]]
    if len(set(bead_ids)) != len(bead_ids):
        problems.append("/alignments: alignment ids are not unique")
    for k, a in enumerate(data["alignments"]):
        if not a["source"] and not a["target"]:
            problems.append(f"/alignments/{k}: aligns nothing to nothing")
        for side in ("source", "target"):
            for i in a[side]:
                if i not in sides[side]:
                    problems.append(f"/alignments/{k}/{side}: no {side} segment with id {i}")
            seen[side].extend(a[side])
    for side in ("source", "target"):
        if sorted(seen[side]) != sorted(sides[side]):
            missing = sorted(sides[side] - set(seen[side]))
            twice = sorted({i for i in seen[side] if seen[side].count(i) > 1})
            if missing:
                problems.append(f"/alignments: {side} segments {missing} are in no alignment")
            if twice:
                problems.append(f"/alignments: {side} segments {twice} are in more than one alignment")
    finding_ids = [f["id"] for f in data["findings"]]
    if len(set(finding_ids)) != len(finding_ids):
        problems.append("/findings: finding ids are not unique")
    for k, f in enumerate(data["findings"]):
        if f["alignment"] is not None and f["alignment"] not in set(bead_ids):
            problems.append(f"/findings/{k}/alignment: no alignment with id {f['alignment']}")
        for side in ("source_spans", "target_spans"):
            for j, (start, end) in enumerate(f[side]):
                if start > end:
                    problems.append(f"/findings/{k}/{side}/{j}: start {start} is after end {end}")
    counts = {sev: sum(f["severity"] == sev for f in data["findings"]) for sev in ("error", "warning", "info")}
    if data["summary"]["findings"] != counts:
        problems.append(f"/summary/findings: {data['summary']['findings']} does not count the findings {counts}")
    if data["summary"]["alignments"] != len(data["alignments"]):
        problems.append("/summary/alignments: does not count the alignments")
    return problems


def problems(data: Any) -> list[str]:
    """Every way ``data`` breaks the report contract, as one-line messages ('' list: valid)."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: (list(e.absolute_path), e.message))
    found = [f"{_where(list(e.absolute_path))}: {e.message}" for e in errors]
    if not found:
        found = contract_problems(data)
    return found


def validate_file(path: str) -> dict[str, Any]:
    """Read and check one report; raises ``InputError`` (exit 3) with a one-line message if it is not valid."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError(path, f"is not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    found = problems(data)
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise InputError(path, f"invalid report: {_shorten(found[0])}{more}")
    return data


def _shorten(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
