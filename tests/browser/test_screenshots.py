"""`watchfloor screenshots DIR`: a full-page PNG of each page, taken in Chromium."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

PAGES = ("search", "reader", "entity", "map", "timeline", "network")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == PNG_SIGNATURE and head[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_screenshots_writes_a_valid_png_per_page(served: Any, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    command = [sys.executable, "-m", "watchfloor", "screenshots", str(out), "--db", str(served.db_path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in PAGES:
        path = out / f"{name}.png"
        assert str(path) in result.stdout
        assert path.stat().st_size > 10_000, path
        width, height = png_size(path)
        assert width >= 1000 and height >= 800, (path, width, height)


def test_screenshots_refuses_a_missing_store(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "watchfloor", "screenshots", str(tmp_path / "shots")]
    command += ["--db", str(tmp_path / "none.db")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "no store here" in result.stderr
    assert not (tmp_path / "shots").exists()
