"""Command line: ``amanah check``, ``amanah bench``. Heavy modules are imported inside commands."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
from pathlib import Path

from . import __version__
from .defaults import DEFAULT_FAIL_ON, DEFAULT_FORMAT, DEFAULT_MODEL, FAIL_ON_CHOICES
from .errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, AmanahError, UsageError

FORMAT_NAMES = ("json", "text", "html")

BENCHMARKS = {
    "speed": "amanah.bench.speed",
}
"""``amanah bench NAME``: module with ``add_arguments(parser)`` and ``main(args) -> int``."""

CHECK_EXAMPLES = """\
examples:
  amanah check seeds/story.ar-en.txt              one bilingual file (Arabic blocks, English blocks)
  amanah check article.ar.txt article.en.txt      two files, languages detected from the script
  amanah check --segmented ar.txt en.txt          one segment per line; line numbers are the ids
  amanah check story.txt --format json -o report.json --fail-on warning

exit codes:
  0  checked, nothing at or above --fail-on     1  findings at or above --fail-on
  2  usage error                                3  input error (unreadable, empty, wrong language, encoding)
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
    check.add_argument("--format", choices=FORMAT_NAMES, default=DEFAULT_FORMAT, help=f"report format (default: {DEFAULT_FORMAT})")
    check.add_argument("-o", "--output", metavar="PATH", help="write the report to PATH instead of stdout")
    check.add_argument("--fail-on", choices=FAIL_ON_CHOICES, default=DEFAULT_FAIL_ON,
                       help=f"lowest severity that makes the exit code 1 (default: {DEFAULT_FAIL_ON})")
    check.add_argument("--model", metavar="NAME_OR_PATH", default=DEFAULT_MODEL,
                       help=f"embedding model: {DEFAULT_MODEL} (built in) or a local sentence-transformers folder")
    check.add_argument("-q", "--quiet", action="store_true", help="print only the one-line verdict (with --output: nothing)")
    check.set_defaults(func=_cmd_check)

    bench = commands.add_parser("bench", help="measure speed and quality (prints figures)",
                                description="Benchmarks over the sample and ../shared/data; figures go to stdout.")
    benches = bench.add_subparsers(dest="bench", metavar="NAME", required=True)
    for name, module in BENCHMARKS.items():
        sub = benches.add_parser(name, help=f"see 'amanah bench {name} --help'")
        sub.set_defaults(func=_cmd_bench, bench_module=module)
        importlib.import_module(module).add_arguments(sub)
    return parser


def _wants_color(stream) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ


def write_atomically(path: str, content: str) -> None:
    """Write to a temporary file beside ``path`` and rename: never a half-written report."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def exit_code_for(report, fail_on: str) -> int:
    from .model import SEVERITY_RANK

    if fail_on == "never":
        return EXIT_OK
    floor = SEVERITY_RANK[fail_on]
    return EXIT_FINDINGS if any(SEVERITY_RANK[f.severity] >= floor for f in report.findings) else EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from .pipeline import CheckOptions, run_check, stderr_progress
    from .report import FORMATS
    from .report.text import TextFormat

    if len(args.inputs) > 2:
        raise UsageError(f"expected one bilingual file or two files, got {len(args.inputs)}")
    options = CheckOptions(model=args.model, segmented=args.segmented,
                           source_lang=args.source_lang, target_lang=args.target_lang)
    report = run_check(args.inputs, options, progress=stderr_progress(sys.stderr.isatty()))
    to_stdout = args.output is None
    if args.format == "text":
        fmt = TextFormat(color=to_stdout and _wants_color(sys.stdout))
    else:
        fmt = FORMATS[args.format]
    verdict = TextFormat(color=_wants_color(sys.stderr if not to_stdout else sys.stdout)).verdict(report)
    if to_stdout:
        sys.stdout.write(verdict + "\n" if args.quiet else fmt.render(report))
    else:
        write_atomically(args.output, fmt.render(report))
        if not args.quiet:
            print(f"{verdict}\nreport written to {args.output}", file=sys.stderr)
    return exit_code_for(report, args.fail_on)


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
