"""A real X display for the app: Xvfb, a window manager (openbox) and xdotool's keystrokes.

The tools are Debian packages (xvfb, openbox, xdotool); ``.ci/run`` installs them when they
are missing. Without them a test skips on a developer's machine and fails in CI, so that
CI never passes without having typed the keys.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "openbox", "xdotool")
START_TIMEOUT = 120  # seconds for the server, the window manager or the app to come up


def require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        message = (f"the real X run needs {', '.join(missing)}: "
                   "apt-get install xvfb openbox xdotool")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@contextmanager
def x_display(folder: Path) -> Iterator[dict[str, str]]:
    """Xvfb on a free display number, with openbox managing its windows; yields the
    environment for programs that run on it."""
    require_tools()
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten",
         "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    programs = [server]
    try:
        ready, _, _ = select.select([read], [], [], START_TIMEOUT)
        number = os.read(read, 16).decode().strip() if ready else ""
        assert number, "Xvfb did not start"
        env = {key: value for key, value in os.environ.items()
               if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(DISPLAY=f":{number}", XDG_CONFIG_HOME=str(folder / "config"),
                   HOME=str(folder))
        programs.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL))
        yield env
    finally:
        os.close(read)
        for program in reversed(programs):
            program.terminate()
            try:
                program.wait(timeout=10)
            except subprocess.TimeoutExpired:
                program.kill()
                program.wait()


def start_app(env: dict[str, str], log: Path, *args: str) -> subprocess.Popen:
    """``annotator ARGS`` on the display; its output goes to ``log`` (a pipe nobody reads
    would stop the app once full)."""
    with log.open("wb") as output:
        return subprocess.Popen([sys.executable, "-c",
                                 "from annotator.cli import main; main()", *args],
                                env=env, stdout=output, stderr=subprocess.STDOUT)


def xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True,
                          timeout=START_TIMEOUT)
    assert done.returncode == 0, f"xdotool {' '.join(args)}: {done.stderr.strip()}"
    return done.stdout.strip()


def focus_window(env: dict[str, str], title: str) -> str:
    """Wait for the window whose title holds ``title``, make it the active one (the window
    manager's job) and return its id."""
    window = xdotool(env, "search", "--sync", "--onlyvisible", "--name", title).split()[0]
    deadline = time.monotonic() + START_TIMEOUT
    while True:  # openbox may still be starting: ask again until it has given the focus
        subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env,
                       capture_output=True, timeout=START_TIMEOUT)
        if xdotool(env, "getactivewindow") == window:
            return window
        assert time.monotonic() < deadline, "the window manager never activated the window"
        time.sleep(0.2)


def keys(env: dict[str, str], *names: str) -> None:
    """Real key presses, one after the other, to the window that has the focus."""
    xdotool(env, "key", "--clearmodifiers", "--delay", "150", *names)


def type_text(env: dict[str, str], text: str) -> None:
    xdotool(env, "type", "--clearmodifiers", "--delay", "80", text)
