"""JUnit XML for CI dashboards: one test case per alignment; a pair with an error or warning
finding is a failed test case, info findings go to ``system-out``; document-level findings form
one more test case. Deterministic: no timestamps, ``time="0"``.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..model import SEVERITIES, Finding, Report
from .data import summary
from .views import document_findings, inputs_label, one_line, rows

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _XML_BAD.sub("\ufffd", text)


def _a(text: str) -> str:
    return quoteattr(_clean(text))


def _t(text: str) -> str:
    return escape(_clean(text))


def _failure(findings: list[Finding], details: str) -> str:
    failing = [f for f in findings if f.severity != "info"]
    if not failing:
        return ""
    worst = min(failing, key=lambda f: SEVERITIES.index(f.severity))
    message = "; ".join(f"{f.severity} {f.code}: {one_line(f.message)}" for f in failing)
    return f'      <failure message={_a(message)} type={_a(worst.code)}>{_t(details)}</failure>\n'


class JunitFormat:
    name = "junit"
    suffix = ".junit.xml"

    def render(self, report: Report) -> str:
        doc = report.document
        s = summary(report)
        name = inputs_label(report)
        suite = Path(doc.source.path).name if doc.source.path else "amanah"
        classname = "amanah." + re.sub(r"[^A-Za-z0-9_]+", "_", suite.split(".")[0]).strip("_")
        cases = []
        failures = 0
        doc_findings = document_findings(report)
        if doc_findings:
            details = "\n".join(f"{f.severity} {f.code}: {f.message}" for f in doc_findings)
            failure = _failure(doc_findings, details)
            failures += bool(failure)
            cases.append(f'    <testcase classname={_a(classname)} name="document" time="0">\n{failure}'
                         f'      <system-out>{_t(details)}</system-out>\n    </testcase>\n')
        for row in rows(report):
            b = row.bead
            title = f"pair {b.id}: source {list(b.source)} -> target {list(b.target)}"
            src = " ".join(x.text for x in row.source) or "(nothing)"
            tgt = " ".join(x.text for x in row.target) or "(nothing)"
            details = (f"score {b.score:.4f}\n{doc.source.lang}: {src}\n{doc.target.lang}: {tgt}\n"
                       + "".join(f"{f.severity} {f.code}: {f.message}\n" for f in row.findings))
            failure = _failure(list(row.findings), details)
            failures += bool(failure)
            out = f'      <system-out>{_t(details)}</system-out>\n' if row.findings and not failure else ""
            cases.append(f'    <testcase classname={_a(classname)} name={_a(title)} time="0">\n{failure}{out}    </testcase>\n')
        props = "".join(f'      <property name={_a(k)} value={_a(v)}/>\n' for k, v in (
            ("input", name), ("signature", report.signature), ("score", f"{s['score']:.4f}"),
            *((f"findings.{sev}", str(n)) for sev, n in s["findings"].items())))
        tests = len(cases)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<testsuites name="amanah" tests="{tests}" failures="{failures}" errors="0" time="0">\n'
                f'  <testsuite name={_a(name)} tests="{tests}" failures="{failures}" errors="0" skipped="0" time="0">\n'
                f'    <properties>\n{props}    </properties>\n'
                + "".join(cases) + "  </testsuite>\n</testsuites>\n")
