#!/bin/sh
# Install headless Chromium and an Arabic-capable font for the HTML report tests
# (tests/test_html_browser.py, tests/make_reports.py). Idempotent: does nothing if Chromium is there.
set -eu
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
    echo "install-browser: $(command -v chromium || command -v chromium-browser) already installed"
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-core fonts-dejavu-core
command -v chromium
