"""Regenerate reports/: the sample's report in every format, plus a screenshot of the HTML page.

    python tests/make_reports.py

runs, from the repository root, for the sample and for its damaged copy,

    amanah check seeds/putin-receives-syrian-ministers-2025-12-24.ar-en.txt --report-dir reports --fail-on never

and then screenshots reports/<name>.html in headless Chromium (tests/browser.py) as reports/<name>.png.
Output is deterministic: run it twice and nothing changes (the PNG depends on the fonts installed).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ("seeds/putin-receives-syrian-ministers-2025-12-24.ar-en.txt",
           "seeds/putin-receives-syrian-ministers-2025-12-24.damaged.ar-en.txt")
"""The faithful sample, and a damaged copy of it so that the reports show findings."""
REPORTS = "reports"


def main() -> int:
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT / "tests"))
    from browser import Browser

    for sample in SAMPLES:
        command = [sys.executable, "-m", "amanah.cli", "check", sample, "--report-dir", REPORTS, "--fail-on", "never"]
        code = subprocess.run(command).returncode
        if code != 0:
            return code
        html = ROOT / REPORTS / (Path(sample).stem + ".html")
        with Browser(width=1400, height=900) as browser:
            browser.open(html)
            errors = browser.errors()
            if errors:
                print(f"make_reports: console errors on the page: {errors}", file=sys.stderr)
                return 1
            shot = browser.screenshot(html.with_suffix(".png"))
        print(f"make_reports: wrote {REPORTS}/ and {shot.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
