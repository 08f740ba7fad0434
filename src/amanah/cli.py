"""Command line: ``amanah check``, ``amanah bench``. Heavy modules are imported inside commands."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
from pathlib import Path

from . import __version__
from .defaults import DEFAULT_FAIL_ON, DEFAULT_FORMAT, DEFAULT_MODEL, DEFAULT_WORKERS, FAIL_ON_CHOICES
from .errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, AmanahError, UsageError

FORMAT_NAMES = ("json", "text", "html", "markdown", "tsv", "junit")
"""Kept here (not imported from amanah.report) so --help stays fast; a test checks it matches FORMATS."""

BENCHMARKS = {
    "speed": "amanah.bench.speed",
    "detect": "amanah.bench.detect",
    "align": "amanah.bench.align",
}
"""``amanah bench NAME``: module with ``add_arguments(parser)`` and ``main(args) -> int``."""

CHECK_EXAMPLES = """\
examples:
  amanah check seeds/story.ar-en.txt              one bilingual file (Arabic blocks, English blocks)
  amanah check article.ar.txt article.en.txt      two files, languages detected from the script
  amanah check --segmented ar.txt en.txt          one segment per line; line numbers are the ids
  amanah check pairs.tsv                          pre-aligned pairs: .tsv .csv .jsonl .tmx .xlf/.xliff
                                                  (a pair of whole paragraphs is also checked sentence by sentence)
  amanah check story.txt --glossary terms.tsv     Arabic term <TAB> required English rendering
  amanah check story.txt --format json -o report.json --fail-on warning
  amanah check story.txt --report-dir reports     every format: reports/story.json, .html, .md, .tsv, .junit.xml, .txt
  amanah check story.txt --format html --format junit --report-dir out
  amanah validate reports/story.json              check a JSON report against the shipped schema

exit codes:
  0  checked, nothing at or above --fail-on     1  findings at or above --fail-on
  2  usage error                                3  input error (unreadable, empty, wrong language, encoding, malformed pairs)
  4  model or environment error
"""


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="amanah",
        description="Check that the English version of an Arabic text says what the Arabic says.",
        epilog="Run 'amanah check --help' for examples and exit codes.",
    )
    parser.add_argument("--version", action="version", version=f"amanah {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser(
        "check", help="align two versions and report omissions, additions and drift",
        description="Align the Arabic and English versions sentence by sentence, score every pair and "
                    "report what is missing, added or changed.",
        epilog=CHECK_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("inputs", nargs="+", metavar="FILE", help="one bilingual file, or the source and target files")
    check.add_argument("--segmented", action="store_true", help="inputs hold one segment per line (no sentence splitting)")
    check.add_argument("--source-lang", choices=("ar", "en"), help="language of the source (default: detected; ar for a bilingual file)")
    check.add_argument("--target-lang", choices=("ar", "en"), help="language of the target (default: detected)")
    check.add_argument("--format", choices=FORMAT_NAMES, action="append", metavar="FORMAT",
                       help=f"report format, one of {', '.join(FORMAT_NAMES)}; repeat for several (with --report-dir) "
                            f"(default: {DEFAULT_FORMAT}; with --report-dir: all)")
    check.add_argument("-o", "--output", metavar="PATH", help="write the report (one format) to PATH instead of stdout")
    check.add_argument("--report-dir", metavar="DIR",
                       help="write each format as DIR/NAME.SUFFIX (NAME: the input's name, or --report-name)")
    check.add_argument("--report-name", metavar="NAME", help="base name of the files --report-dir writes")
    check.add_argument("--fail-on", choices=FAIL_ON_CHOICES, default=DEFAULT_FAIL_ON,
                       help=f"lowest severity that makes the exit code 1 (default: {DEFAULT_FAIL_ON})")
    check.add_argument("--model", metavar="NAME_OR_PATH", default=DEFAULT_MODEL,
                       help=f"embedding model: {DEFAULT_MODEL} (built in) or a local sentence-transformers folder")
    check.add_argument("--glossary", metavar="FILE.tsv",
                       help="terminology: Arabic term <TAB> required English rendering, one per line")
    check.add_argument("--workers", type=_positive_int, metavar="N",
                       help=f"processes that share the checks of a long document (default: {DEFAULT_WORKERS}, at most "
                            "one per core); the findings are the same for any number")
    check.add_argument("-q", "--quiet", action="store_true", help="print only the one-line verdict (with --output: nothing)")
    check.set_defaults(func=_cmd_check)

    validate = commands.add_parser(
        "validate", help="check a JSON report against the report schema",
        description="Check JSON reports against the schema shipped with amanah (and the contract rules it cannot "
                    "express). Exit 0 if every report is valid, 3 if one is invalid or unreadable, 4 if the "
                    "'jsonschema' package is missing.")
    validate.add_argument("reports", nargs="+", metavar="REPORT.json")
    validate.add_argument("-q", "--quiet", action="store_true", help="print nothing when the reports are valid")
    validate.set_defaults(func=_cmd_validate)

    bench = commands.add_parser("bench", help="measure speed and quality (prints figures)",
                                description="Benchmarks over the sample and ../shared/data; figures go to stdout.")
    benches = bench.add_subparsers(dest="bench", metavar="NAME", required=True)
    for name, module in BENCHMARKS.items():
        sub = benches.add_parser(name, help=f"see 'amanah bench {name} --help'")
        sub.set_defaults(func=_cmd_bench, bench_module=module)
        importlib.import_module(module).add_arguments(sub)
    fit = commands.add_parser("fit", help="fit the model's severity thresholds on the dev data",
                              description="Fit the active model's thresholds on the dev sets of ../shared/data "
                                          "(tico19_dev and flores200_devtest; the omission/addition model also on "
                                          "mtgeneval_dev/dev and tatoeba_challenge_ara_eng) and write its profile "
                                          "(recorded in the signature). Example: amanah fit --dry-run")
    fit.set_defaults(func=_cmd_fit)
    importlib.import_module("amanah.calibrate").add_arguments(fit)
    return parser


def _cmd_fit(args: argparse.Namespace) -> int:
    return importlib.import_module("amanah.calibrate").main(args)


def _wants_color(stream) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ


def write_atomically(path: str, content: str) -> None:
    """Write to a temporary file beside ``path`` and rename: never a half-written report."""
    write_all_atomically([(path, content)])


def exit_code_for(report, fail_on: str) -> int:
    from .model import SEVERITY_RANK

    if fail_on == "never":
        return EXIT_OK
    floor = SEVERITY_RANK[fail_on]
    return EXIT_FINDINGS if any(SEVERITY_RANK[f.severity] >= floor for f in report.findings) else EXIT_OK


def report_base_name(inputs: list[str]) -> str:
    """The input's file name without its last suffix; for two files, without a trailing .ar / .en as well."""
    stems = [Path(p).stem for p in inputs]
    if len(stems) == 1:
        return stems[0]
    bare = [stem.rsplit(".", 1)[0] if stem.rsplit(".", 1)[-1] in ("ar", "en") else stem for stem in stems]
    return bare[0] if bare[0] == bare[1] else f"{bare[0]}+{bare[1]}"


def _plan_outputs(args: argparse.Namespace) -> list[tuple[str, str | None]]:
    """(format name, path or None for stdout) for every report to write; raises UsageError on bad combinations."""
    formats = list(dict.fromkeys(args.format or ()))
    if args.report_dir is None:
        if args.report_name:
            raise UsageError("--report-name needs --report-dir")
        if len(formats) > 1:
            raise UsageError("several --format options need --report-dir DIR (-o writes one format)")
        return [(formats[0] if formats else DEFAULT_FORMAT, args.output)]
    if args.output:
        raise UsageError("give either -o/--output (one report) or --report-dir (a report per format), not both")
    from .report import FORMATS

    name = args.report_name or report_base_name(args.inputs)
    if not name or name in (".", "..") or "/" in name or os.sep in name or (os.altsep and os.altsep in name):
        raise UsageError(f"--report-name must be a plain file name, got {name!r}")
    return [(fmt, str(Path(args.report_dir) / f"{name}{FORMATS[fmt].suffix}")) for fmt in (formats or FORMAT_NAMES)]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_all_atomically(files: list[tuple[str, str]]) -> None:
    """Write every (path, content) or none: all go to temporary files first, then each is renamed into place."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, content in files:
            target = Path(path)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            staged.append((tmp, target))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(content)
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a report gets the usual permissions
        for tmp, target in staged:
            os.replace(tmp, target)
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def _read_glossary(path: str | None) -> tuple[tuple[str, str], ...]:
    from .checks.terminology import load_glossary
    from .errors import InputError

    if path is None:
        return ()
    try:
        return load_glossary(path)
    except ValueError as exc:
        raise InputError(None, str(exc)) from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None


def _cmd_check(args: argparse.Namespace) -> int:
    from .errors import InputError
    from .pipeline import CheckOptions, run_check, stderr_progress
    from .report import FORMATS
    from .report.text import TextFormat

    if len(args.inputs) > 2:
        raise UsageError(f"expected one bilingual file or two files, got {len(args.inputs)}")
    outputs = _plan_outputs(args)  # usage errors before any work
    inputs = {Path(p).resolve() for p in args.inputs}
    for _, path in outputs:
        if path is not None and Path(path).resolve() in inputs:
            raise UsageError(f"refusing to overwrite the input {path} with a report")
    options = CheckOptions(model=args.model, segmented=args.segmented, source_lang=args.source_lang,
                           target_lang=args.target_lang, glossary=_read_glossary(args.glossary), workers=args.workers)
    report = run_check(args.inputs, options, progress=stderr_progress(sys.stderr.isatty()))
    rendered = []  # every format is rendered before anything is written
    for name, path in outputs:
        fmt = TextFormat(color=_wants_color(sys.stdout)) if name == "text" and path is None else FORMATS[name]
        rendered.append((path, None if (path is None and args.quiet) else fmt.render(report)))
    to_stdout = outputs[0][1] is None
    verdict = TextFormat(color=_wants_color(sys.stdout if to_stdout else sys.stderr)).verdict(report)
    if to_stdout:
        sys.stdout.write(verdict + "\n" if args.quiet else rendered[0][1])
    else:
        try:
            write_all_atomically([(path, content) for path, content in rendered])
        except OSError as exc:
            raise InputError(getattr(exc, "filename", None), f"cannot write the report: {exc.strerror or exc}") from exc
        if not args.quiet:
            written = ", ".join(path for path, _ in rendered)
            print(f"{verdict}\nreport{'s' if len(rendered) > 1 else ''} written to {written}", file=sys.stderr)
    return exit_code_for(report, args.fail_on)


def _cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate_file

    for path in args.reports:
        data = validate_file(path)  # InputError (exit 3) with a one-line message if not valid
        if not args.quiet:
            print(f"{path}: valid amanah report (schema {data['schema_version']})", file=sys.stderr)
    return EXIT_OK


def _cmd_bench(args: argparse.Namespace) -> int:
    return importlib.import_module(args.bench_module).main(args)


def main(argv: list[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except AmanahError as exc:
        print(f"amanah: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("amanah: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
