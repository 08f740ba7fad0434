"""Check ``terminology``: glossary terms must get their required rendering.

``load_glossary(path)`` reads a UTF-8 TSV file: one ``term<TAB>rendering`` per line; blank
lines and lines starting with ``#`` are skipped, as is a header row (source/target, ar/en).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Sequence

from ..normalize import is_arabic_char, normalize_arabic_with_map
from .base import CheckContext, Issue, Pair

CODE = "terminology"
_HEADER = {"source", "target", "ar", "en", "arabic", "english", "term", "translation", "rendering"}
_PROCLITICS = r"(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?"


def load_glossary(path: str | Path) -> tuple[tuple[str, str], ...]:
    """Read a two-column TSV glossary; raise ValueError naming the bad line."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"glossary {path}: not UTF-8 ({exc})") from exc
    rows: list[tuple[str, str]] = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 2 or not all(cells):
            raise ValueError(f"glossary {path}:{no}: expected 2 non-empty tab-separated "
                             f"columns (term, rendering), got {len(cells)}: {line!r}")
        if not rows and {c.lower() for c in cells} <= _HEADER:
            continue
        rows.append((cells[0], cells[1]))
    return tuple(rows)


def _find_arabic(term: str, text: str) -> tuple[int, int] | None:
    """Span in ``text`` of the normalised Arabic ``term`` (with proclitics), or None."""
    norm_term, _ = normalize_arabic_with_map(term)
    norm_text, index = normalize_arabic_with_map(text)
    core = norm_term[2:] if norm_term.startswith("ال") else norm_term
    rx = re.compile(rf"(?<![\w]){_PROCLITICS}({re.escape(core)})(?![\w])|"
                    rf"(?<![\w]){_PROCLITICS}({re.escape(core)})(?:ات|ين|ون|ه|ها|هم)(?![\w])")
    m = rx.search(norm_text)
    if not m:
        return None
    g = 1 if m.group(1) is not None else 2
    return index[m.start(g)], index[m.end(g)]


def _has_rendering(rendering: str, text: str) -> bool:
    words = [re.escape(w) for w in rendering.split()]
    rx = r"\b" + r"\s+".join(words) + r"(?:s|es)?\b"
    return re.search(rx, text, re.I) is not None


class TerminologyCheck:
    """Glossary terms found on the Arabic side need their rendering on the English side."""

    name = CODE

    def run(self, pairs: Sequence[Pair], ctx: CheckContext) -> Iterable[Issue]:
        if not ctx.glossary:
            return
        for pair in pairs:
            if not pair.source or not pair.target or {pair.source_lang, pair.target_lang} != {"ar", "en"}:
                continue
            ar_side = "source" if pair.source_lang == "ar" else "target"
            en_side = "target" if ar_side == "source" else "source"
            for term, rendering in ctx.glossary:
                if term and not is_arabic_char(term[0]) and rendering and is_arabic_char(rendering[0]):
                    term, rendering = rendering, term
                span = _find_arabic(term, pair.text(ar_side))
                if span is None or _has_rendering(rendering, pair.text(en_side)):
                    continue
                mapped = (pair.span(ar_side, *span),)
                yield Issue(CODE, "warning", pair.alignment,
                            mapped if ar_side == "source" else (),
                            mapped if ar_side == "target" else (), 0.5,
                            f"glossary term '{term}' should be rendered as '{rendering}' in the "
                            f"{en_side}")
