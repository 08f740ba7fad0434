"""Report formats: plugins behind one small interface, all views of one ``Report``.

A format has a ``name``, a file ``suffix`` and ``render(report) -> str``. Register new ones in
``FORMATS``.
"""

from __future__ import annotations

from typing import Protocol

from ..model import Report
from .data import report_to_dict, summary
from .html import HtmlFormat
from .json import JsonFormat
from .junit import JunitFormat
from .markdown import MarkdownFormat
from .text import TextFormat
from .tsv import TsvFormat


class Format(Protocol):
    name: str
    suffix: str

    def render(self, report: Report) -> str: ...


FORMATS: dict[str, Format] = {
    f.name: f for f in (JsonFormat(), TextFormat(), HtmlFormat(), MarkdownFormat(), TsvFormat(), JunitFormat())
}
"""Every format, by name; each renders a ``Report`` deterministically (no clock, no environment)."""

__all__ = ["FORMATS", "Format", "report_to_dict", "summary"]
