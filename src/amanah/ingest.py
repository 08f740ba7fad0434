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
    """Decode a file as UTF-8 (BOM allowed) or raise InputError naming the file and the problem."""
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
    return text


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
