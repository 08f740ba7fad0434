"""Per-model threshold profiles: JSON files beside this module, one per model."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Profile:
    name: str
    model: str
    thresholds: tuple[tuple[str, float], ...]

    def as_dict(self) -> dict[str, float]:
        return dict(self.thresholds)


def profile_for(model_name: str) -> Profile:
    """The profile fitted for ``model_name`` (e.g. ``use-m3@0.2.1``), else the generic one."""
    base = model_name.split("@", 1)[0]
    files = resources.files(__package__)
    candidate = files / f"{base.replace(':', '_').replace('/', '_')}.json"
    data = json.loads((candidate if candidate.is_file() else files / "generic.json").read_text(encoding="utf-8"))
    return Profile(data["profile"], data["model"], tuple(sorted((k, float(v)) for k, v in data["thresholds"].items())))
