"""A small headless-Chromium driver over the Chrome DevTools Protocol, for the HTML report tests.

No browser download: it runs the system Chromium (``AMANAH_CHROMIUM`` or ``chromium`` /
``chromium-browser`` / ``google-chrome`` on PATH; CI installs it with .ci/install-browser.sh).
It listens on ``--remote-debugging-port=0`` and reads the port from ``DevToolsActivePort`` in a
fresh user-data-dir, then talks to one page over a websocket (``websocket-client``).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import websocket

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
         "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
         "--font-render-hinting=none"]

STARTUP_LIMIT_S = 60.0
"""How long Chromium may take to start; a limit for failing clearly, not a timing assertion."""


def find_chromium() -> str:
    for name in filter(None, (os.environ.get("AMANAH_CHROMIUM"), "chromium", "chromium-browser", "google-chrome",
                              "google-chrome-stable")):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("no Chromium found: run .ci/install-browser.sh (apt-get install -y chromium) "
                       "or set AMANAH_CHROMIUM to the browser binary")


class BrowserError(RuntimeError):
    pass


class Browser:
    """One headless Chromium with one page. Use as a context manager."""

    def __init__(self, width: int = 1400, height: int = 1000) -> None:
        self.width, self.height = width, height
        self.console: list[dict[str, Any]] = []  # console calls, log entries and exceptions, in order
        self._next_id = 0
        self._events: list[dict[str, Any]] = []

    def __enter__(self) -> "Browser":
        self._profile = tempfile.mkdtemp(prefix="amanah-chromium-")
        self._proc = subprocess.Popen(
            [find_chromium(), *FLAGS, f"--user-data-dir={self._profile}", "--remote-debugging-port=0",
             f"--window-size={self.width},{self.height}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        port_file = Path(self._profile) / "DevToolsActivePort"
        deadline = time.monotonic() + STARTUP_LIMIT_S
        while not (port_file.exists() and port_file.read_text().strip().count("\n") >= 1):
            if self._proc.poll() is not None:
                raise BrowserError(f"Chromium exited at start: {self._proc.stderr.read().decode(errors='replace')[-2000:]}")
            if time.monotonic() > deadline:
                self.close()
                raise BrowserError("Chromium did not open its DevTools port")
            time.sleep(0.05)
        port = int(port_file.read_text().split("\n")[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list") as resp:
            targets = json.load(resp)
        page = next(t for t in targets if t.get("type") == "page")
        self._ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=STARTUP_LIMIT_S,
                                               suppress_origin=True)
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=self.width, height=self.height,
                  deviceScaleFactor=1, mobile=False)
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        ws = getattr(self, "_ws", None)
        if ws is not None:
            try:
                ws.close()
            except Exception:
                pass
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        shutil.rmtree(self._profile, ignore_errors=True)

    # -- protocol ---------------------------------------------------------------------------
    def _record(self, message: dict[str, Any]) -> None:
        method = message.get("method")
        params = message.get("params", {})
        if method == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            self.console.append({"kind": "console", "level": params.get("type"), "text": text})
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            self.console.append({"kind": "log", "level": entry.get("level"), "text": entry.get("text"),
                                 "url": entry.get("url")})
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text")
            self.console.append({"kind": "exception", "level": "error", "text": text})
        self._events.append(message)

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        my_id = self._next_id
        self._ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            message = json.loads(self._ws.recv())
            if message.get("id") == my_id:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._record(message)

    def wait_for(self, method: str) -> dict[str, Any]:
        for k, message in enumerate(self._events):
            if message.get("method") == method:
                del self._events[k]
                return message
        while True:
            message = json.loads(self._ws.recv())
            self._record(message)
            if message.get("method") == method:
                self._events.remove(message)
                return message

    # -- conveniences -----------------------------------------------------------------------
    def open(self, path: Path) -> None:
        """Load a local file and wait for its load event."""
        self._events.clear()
        self.send("Page.navigate", url=Path(path).resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def js(self, expression: str) -> Any:
        """Evaluate ``expression`` in the page and return its value (JSON-able); raise on exceptions."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def key(self, key: str) -> None:
        """Press and release a printable key, as a user would."""
        common = {"key": key, "code": f"Key{key.upper()}", "windowsVirtualKeyCode": ord(key.upper())}
        self.send("Input.dispatchKeyEvent", type="keyDown", text=key, **common)
        self.send("Input.dispatchKeyEvent", type="keyUp", **common)

    def click(self, selector: str) -> None:
        """Click the centre of the first element matching ``selector`` with real mouse events."""
        box = self.js(f"(function(){{var e=document.querySelector({json.dumps(selector)});e.scrollIntoView({{block:'center'}});"
                      "var r=e.getBoundingClientRect();return [r.x+r.width/2,r.y+r.height/2];})()")
        x, y = box
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def screenshot(self, path: Path, full_page: bool = True) -> Path:
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            metrics = self.send("Page.getLayoutMetrics")
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1})
        data = self.send("Page.captureScreenshot", **params)["data"]
        Path(path).write_bytes(base64.b64decode(data))
        return Path(path)

    def errors(self) -> list[dict[str, Any]]:
        """Console errors and warnings, log errors and uncaught exceptions seen so far."""
        self.send("Runtime.evaluate", expression="0")  # flush pending events
        return [c for c in self.console if c["level"] in ("error", "warning", "assert")]
