"""A throwaway PostgreSQL server for the tests: a fresh cluster (initdb) in a temporary directory,
started with pg_ctl on a free loopback port, its unix socket in that directory too. PostgreSQL
refuses to run as root, so under root the cluster belongs to `nobody` and runs through runuser."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from itertools import count
from pathlib import Path

UNPRIVILEGED = "nobody"


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").is_file() and Path(folder, "pg_ctl").is_file():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    bin: Path
    root: Path
    port: int
    template: str | None = None
    _databases = count(1)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", UNPRIVILEGED, "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.root)

    @classmethod
    def start(cls, binaries: Path) -> PgServer:
        root = Path(tempfile.mkdtemp(prefix="watchfloor-pg-"))
        if os.geteuid() == 0:
            shutil.chown(root, UNPRIVILEGED)
        server = cls(binaries, root, _free_port())
        data = root / "data"
        server._run("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
        options = f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        server._run("pg_ctl", "-D", str(data), "-l", str(root / "log"), "-o", options, "-w", "start")
        return server

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def new_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); its URL."""
        import psycopg

        name = f"wf_{os.getpid()}_{next(self._databases)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            copy = f" TEMPLATE {template}" if template else ""
            conn.execute(f"CREATE DATABASE {name}{copy}".encode())
        return self.url(name)
