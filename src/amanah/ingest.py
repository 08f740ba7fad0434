"""Read inputs into language sides made of paragraphs, keeping offsets into the original text.

Three shapes of input:
- one bilingual file: Arabic paragraphs and English paragraphs (any order), told apart by script;
  a leading metadata line such as ``date 2025-12-24`` becomes document metadata;
- two files, one per language, each language detected from its script;
- ``--segmented`` variants of both: one segment per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .normalize import fold_presentation_forms

_ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_LINE = re.compile(r"[^\r\n]+")
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the a an of and to in is are was were for on with that this by as at from it be has have had not "
    "or but which who will would can its their his her they he she we you i our".split()
)
_METADATA_KEYS = ("date", "title", "source", "url", "author", "id", "section", "published")
_METADATA = re.compile(
    r"\A[ \t\ufeff]*(?P<key>" + "|".join(_METADATA_KEYS) + r")\s*[:=]?[ \t]+(?P<value>[^\s\u0600-\u06FF]+(?:[ \t]+[^\s\u0600-\u06FF]+)*?)"
    r"(?=[ \t]*(?:[\r\n]|[\u0600-\u06FF]|\Z))",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")

LANGS = ("ar", "en")


@dataclass(frozen=True)
class Block:
    """A paragraph (or, in segmented mode, a line) as a span of the file: [start, end)."""

    start: int
    end: int
    line: int


@dataclass(frozen=True)
class RawSide:
    """One language's blocks inside ``text`` (the whole decoded file)."""

    lang: str
    path: str
    text: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class RawDocument:
    source: RawSide
    target: RawSide
    metadata: tuple[tuple[str, str], ...]


def read_text(path: str | Path) -> str:
    """Decode a file as UTF-8 (BOM allowed) or raise InputError naming the file and the problem.

    Arabic presentation forms are read as the letters they show (``fold_presentation_forms``):
    report offsets count the characters of the text as read."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a text file") from None
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in data[:8192]:
        raise InputError(name, "is a binary file, not UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = ""
        if _looks_like_cp1256(data):
            hint = " (it looks like Windows-1256 Arabic: re-save it as UTF-8)"
        raise InputError(name, f"is not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}{hint}") from None
    if not text.strip():
        raise InputError(name, "is empty")
    return fold_presentation_forms(text)


def _looks_like_cp1256(data: bytes) -> bool:
    try:
        decoded = data.decode("cp1256")
    except UnicodeDecodeError:
        return False
    return len(_ARABIC_LETTER.findall(decoded)) > 0.3 * max(1, len(decoded.split()))


def script_counts(text: str) -> tuple[int, int]:
    """(Arabic letters, Latin letters) in ``text``."""
    return len(_ARABIC_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))


def block_lang(text: str) -> str | None:
    """'ar' or 'en' by the majority script of the letters, None when there are no letters."""
    arabic, latin = script_counts(text)
    if arabic == 0 and latin == 0:
        return None
    return "ar" if arabic >= latin else "en"


def detect_lang(text: str, path: str) -> str:
    """Language of a whole file: Arabic or English, or InputError."""
    arabic, latin = script_counts(text)
    letters = arabic + latin
    if letters == 0:
        raise InputError(path, "contains no Arabic or English text")
    if arabic > 0.6 * letters:
        return "ar"
    if latin > 0.6 * letters:
        words = re.findall(r"[A-Za-z']+", text.lower())
        if len(words) >= 30 and sum(w in _ENGLISH_FUNCTION_WORDS for w in words) < 0.08 * len(words):
            raise InputError(path, "is in a Latin-script language that does not look like English")
        return "en"
    raise InputError(path, "mixes Arabic and Latin script with neither dominant; give one language per file")


def extract_metadata(text: str) -> tuple[tuple[tuple[str, str], ...], int]:
    """Leading ``key value`` metadata (e.g. ``date 2025-12-24``): (pairs, offset where the body starts)."""
    match = _METADATA.match(text)
    if not match:
        return (), 0
    key, value = match.group("key").lower(), match.group("value")
    if key == "date" and not _DATE_LIKE.fullmatch(value):
        return (), 0
    return ((key, value),), match.end()


def _blocks(text: str, start: int = 0) -> list[Block]:
    """Non-blank lines of text[start:] as blocks, whitespace stripped, with 1-based line numbers."""
    blocks = []
    line_no = text.count("\n", 0, start) + 1
    pos = start
    for match in _LINE.finditer(text, start):
        line_no += text.count("\n", pos, match.start())
        pos = match.start()
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        s = match.start() + lead
        blocks.append(Block(s, s + len(stripped), line_no))
    return blocks


def _require_lang(lang: str | None, flag: str) -> str | None:
    if lang is not None and lang not in LANGS:
        raise InputError(None, f"{flag} must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def load_bilingual(path: str | Path, source_lang: str | None = None) -> RawDocument:
    """One file holding both versions; blocks go to a side by their script."""
    name = str(path)
    text = read_text(path)
    metadata, body = extract_metadata(text)
    sides: dict[str, list[Block]] = {"ar": [], "en": []}
    for block in _blocks(text, body):
        lang = block_lang(text[block.start:block.end])
        if lang is not None:
            sides[lang].append(block)
    for lang, label in (("ar", "Arabic"), ("en", "English")):
        if not sides[lang]:
            raise InputError(name, f"has no {label} paragraphs; give a bilingual file or two files")
    source = _require_lang(source_lang, "--source-lang") or "ar"
    target = "en" if source == "ar" else "ar"
    return RawDocument(
        RawSide(source, name, text, tuple(sides[source])),
        RawSide(target, name, text, tuple(sides[target])),
        metadata,
    )


def load_two(source_path: str | Path, target_path: str | Path,
             source_lang: str | None = None, target_lang: str | None = None) -> RawDocument:
    """Two files, one per language; languages detected unless given."""
    sides = []
    metadata: tuple[tuple[str, str], ...] = ()
    for path, lang, flag in ((source_path, source_lang, "--source-lang"), (target_path, target_lang, "--target-lang")):
        name = str(path)
        text = read_text(path)
        meta, body = extract_metadata(text)
        metadata = metadata or meta
        detected = _require_lang(lang, flag) or detect_lang(text[body:], name)
        blocks = _blocks(text, body)
        if not blocks:
            raise InputError(name, "is empty")
        sides.append(RawSide(detected, name, text, tuple(blocks)))
    if sides[0].lang == sides[1].lang:
        label = "Arabic" if sides[0].lang == "ar" else "English"
        raise InputError(sides[1].path, f"is in {label}, like {sides[0].path}; give one Arabic and one English file")
    return RawDocument(sides[0], sides[1], metadata)


def load(paths: list[str], source_lang: str | None = None, target_lang: str | None = None) -> RawDocument:
    """Dispatch on the number of input paths."""
    if len(paths) == 1:
        return load_bilingual(paths[0], source_lang)
    if len(paths) == 2:
        return load_two(paths[0], paths[1], source_lang, target_lang)
    raise InputError(None, f"expected one bilingual file or two files, got {len(paths)}")


# ---------------------------------------------------------------------------------------------
# Pre-aligned pairs: TSV, CSV, JSONL, TMX, XLIFF. Each row is one pair; its number is the segment id.

ALIGNED_SUFFIXES = (".tsv", ".csv", ".jsonl", ".tmx", ".xlf", ".xliff")


@dataclass(frozen=True)
class AlignedDocument:
    """Rows of (Arabic block or None, English block or None); ids are row numbers (1-based)."""

    path: str
    text: str
    rows: tuple[tuple[Block | None, Block | None], ...]
    source_lang: str


def _cell_block(text: str, start: int, end: int, row: int) -> Block | None:
    chunk = text[start:end]
    if not chunk.strip():
        return None
    lead = len(chunk) - len(chunk.lstrip())
    return Block(start + lead, start + len(chunk.rstrip()), row)


def _delimited_rows(text: str, name: str, delimiter: str) -> list[tuple[Block | None, Block | None]]:
    """Two columns per line; the first line is skipped when it is a header (no Arabic in it)."""
    rows = []
    for number, match in enumerate(_LINE.finditer(text), start=1):
        line = match.group()
        cells = line.split(delimiter)
        if len(cells) < 2:
            raise InputError(name, f"line {number} has {len(cells)} column; expected source and target columns")
        first_end = match.start() + len(cells[0])
        second_end = first_end + 1 + len(cells[1])
        quoted = [c.strip().startswith('"') for c in cells[:2]]
        if any(quoted) and delimiter == ",":
            raise InputError(name, f"line {number} uses quoted CSV cells; use a TSV file or JSONL for such text")
        a = _cell_block(text, match.start(), first_end, number)
        b = _cell_block(text, first_end + 1, second_end, number)
        rows.append((a, b))
    return rows


def _jsonl_rows(text: str, name: str) -> list[tuple[Block | None, Block | None]]:
    """Objects with ``source``/``target`` (or ``ar``/``en``) string fields, one per line."""
    import json

    rows = []
    for number, match in enumerate(_LINE.finditer(text), start=1):
        try:
            obj = json.loads(match.group())
        except json.JSONDecodeError as exc:
            raise InputError(name, f"line {number} is not JSON ({exc.msg})") from None
        keys = ("source", "target") if "source" in obj or "target" in obj else ("ar", "en")
        blocks = []
        for key in keys:
            value = obj.get(key) or ""
            if not isinstance(value, str):
                raise InputError(name, f"line {number}: field {key!r} is not a string")
            raw = json.dumps(value, ensure_ascii=False)
            pos = match.group().find(raw)
            start = match.start() + pos + 1 if pos >= 0 else match.start()
            blocks.append(_cell_block(text, start, start + len(value), number) if pos >= 0 and value.strip() else None)
        rows.append((blocks[0], blocks[1]))
    return rows


_XML_SEG = re.compile(r"<(seg|source|target)\b[^>]*>(.*?)</\1>", re.DOTALL)
_XML_LANG = re.compile(r"""(?:xml:lang|lang)\s*=\s*["']([A-Za-z]{2})""")


def _xml_rows(text: str, name: str) -> list[tuple[Block | None, Block | None]]:
    """TMX ``<tu>``/``<tuv><seg>`` or XLIFF ``<trans-unit>``/``<unit>`` with ``<source>``/``<target>``.

    Parsed with defusedxml (no entity expansion); offsets are those of each element's content in
    the file. Inline markup inside a segment is not supported and is reported as an input error.
    """
    try:
        from defusedxml import ElementTree
    except ImportError as exc:  # pragma: no cover - a broken install
        raise InputError(name, "reading TMX/XLIFF needs the package defusedxml") from exc
    try:
        ElementTree.fromstring(text)
    except Exception as exc:  # noqa: BLE001 - any parser error is an input error
        raise InputError(name, f"is not well-formed XML ({exc})") from None
    unit = re.compile(r"<(tu|trans-unit|unit)\b.*?</\1>", re.DOTALL)
    rows = []
    for number, match in enumerate(unit.finditer(text), start=1):
        cells: dict[str, Block | None] = {}
        for seg in _XML_SEG.finditer(match.group()):
            content = seg.group(2)
            if "<" in content or "&" in content:
                raise InputError(name, f"unit {number}: inline markup or entities in a segment are not supported")
            start = match.start() + seg.start(2)
            tag_start = match.group().rfind("<tuv", 0, seg.start())
            lang_match = _XML_LANG.search(match.group(), tag_start) if seg.group(1) == "seg" and tag_start >= 0 else None
            key = lang_match.group(1).lower() if lang_match else seg.group(1)
            cells[key] = _cell_block(text, start, start + len(content), number)
        if "source" in cells or "target" in cells:
            first, second = cells.get("source"), cells.get("target")
        else:
            first, second = cells.get("ar"), cells.get("en")
        rows.append((first, second))
    if not rows:
        raise InputError(name, "has no translation units (<tu>, <trans-unit> or <unit>)")
    return rows


def _is_header(text: str, row: tuple[Block | None, Block | None]) -> bool:
    """A first row of two short cells without Arabic script (e.g. ``ar<TAB>en``) is a header."""
    cells = [text[b.start:b.end] for b in row if b is not None]
    return len(cells) == 2 and all(len(c) <= 40 and not _ARABIC_LETTER.search(c) for c in cells)


def load_aligned(path: str | Path, source_lang: str | None = None) -> AlignedDocument:
    """Read pre-aligned pairs; the column (or field) holding Arabic script is the Arabic side."""
    name = str(path)
    text = read_text(path)
    suffix = Path(name).suffix.lower()
    if suffix in (".tsv", ".csv"):
        rows = _delimited_rows(text, name, "\t" if suffix == ".tsv" else ",")
    elif suffix == ".jsonl":
        rows = _jsonl_rows(text, name)
    else:
        rows = _xml_rows(text, name)

    def column_lang(col: int) -> str | None:
        joined = " ".join(text[b.start:b.end] for b in (r[col] for r in rows) if b is not None)
        return block_lang(joined)

    header = bool(rows) and suffix in (".tsv", ".csv") and _is_header(text, rows[0])
    rows = [r for r in rows[header:] if r != (None, None)]
    if not rows:
        raise InputError(name, "has a header line but no pairs" if header else "is empty")
    langs = (column_lang(0), column_lang(1))
    if set(langs) != {"ar", "en"}:
        found = ", ".join(f"column {k} " + {"ar": "is Arabic", "en": "is English"}.get(lang or "", "is empty")
                          for k, lang in enumerate(langs, 1))
        raise InputError(name, f"needs one Arabic and one English column; {found}")
    if langs == ("en", "ar"):
        rows = [(b, a) for a, b in rows]
    source = _require_lang(source_lang, "--source-lang") or "ar"
    return AlignedDocument(name, text, tuple(rows), source)
