"""JSON: the machine contract. Deterministic: sorted keys where order is not meaningful, fixed indent."""

from __future__ import annotations

import json

from ..model import Report
from .data import report_to_dict


class JsonFormat:
    name = "json"
    suffix = ".json"

    def render(self, report: Report) -> str:
        return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
