"""A run imports only its command's module: each name in cli.COMMANDS registers the whole command
(subcommands included) on its own, and `extract` on a file loads no store, PDF, feed, mail or web
code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import typer

from watchfloor import cli

SRC = Path(cli.__file__).resolve().parents[2]
# in a fresh interpreter: each command name loaded alone (a forked child each), and then all
PATHS_SCRIPT = """
import json, os, sys
import typer
from watchfloor import cli

def paths(app):
    def walk(command, prefix):
        yield prefix
        if hasattr(command, "commands"):  # a group (Typer's own click)
            for name, sub in command.commands.items():
                yield from walk(sub, f"{prefix} {name}".strip())
    return sorted(walk(typer.main.get_command(app), ""))

found = {}
for name in sorted(cli.COMMANDS):
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:
        os.write(writer, json.dumps(paths(cli.load_commands(name))).encode())
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as answer:
        found[name] = json.loads(answer.read())
    os.waitpid(child, 0)
found[""] = paths(cli.load_commands())
print(json.dumps(found))
"""
# (spaCy itself imports httpx and jinja2)
HEAVY = ("watchfloor.store", "watchfloor.editions", "watchfloor.brief", "watchfloor.web", "watchfloor.export",
         "watchfloor.watch", "pypdf", "feedparser", "trafilatura", "fastapi", "smtplib")  # fmt: skip


def _python(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env)


def test_each_command_name_registers_its_whole_command_alone() -> None:
    result = _python(PATHS_SCRIPT)
    assert result.returncode == 0, result.stderr
    found: dict[str, list[str]] = json.loads(result.stdout)
    every = found.pop("")
    top = {path.split()[0] for path in every if path}
    assert top == set(cli.COMMANDS)  # every command the modules register is mapped, and no other
    for name, paths in found.items():
        assert [p for p in paths if p.split()[:1] == [name]] == [p for p in every if p.split()[:1] == [name]]


def test_the_app_attribute_has_every_command() -> None:
    command = typer.main.get_command(cli.app)
    assert set(getattr(command, "commands", ())) == set(cli.COMMANDS)


def test_extract_on_a_file_loads_no_store_pdf_feed_mail_or_web_code(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from watchfloor import cli\n"
        "sys.argv = ['watchfloor', 'extract', sys.argv[1], '--json']\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    missing = str(tmp_path / "missing.txt")  # read and refused: the command's imports, no extraction
    result = _python(script, missing)
    assert "missing.txt" in result.stderr, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
