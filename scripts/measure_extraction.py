#!/usr/bin/env python3
"""Extraction figures on the seeds and the dev set, side by side (score.py's own measures).

    python scripts/measure_extraction.py [--shared ../shared] [--json]

Runs `watchfloor extract --json` on ../shared/seeds/*.txt and ../shared/eval/dev/texts/*.md and
scores each against its gold with ../shared/eval/score.py. The event model shipped with the
package was trained on these documents: for honest figures see `scripts/train_events.py`, which
prints cross-validated ones.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ROWS = (
    ("entities", "f1"), ("places_resolved", "f1"), ("events_dyad", "p"), ("events_dyad", "r"),
    ("events_dyad", "f1"), ("events_type", "f1"), ("event_date_acc", "acc"), ("event_certainty_acc", "acc"),
    ("citations", "f1"),
)  # fmt: skip


def figures(texts: list[Path], gold: list[Path], score: Path, work: Path, name: str) -> dict[str, Any]:
    system, truth = work / f"{name}.jsonl", work / f"{name}-gold.jsonl"
    out = subprocess.run(
        [sys.executable, "-m", "watchfloor", "extract", *map(str, sorted(texts)), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    system.write_text(out.stdout, encoding="utf-8")
    truth.write_text("".join(p.read_text(encoding="utf-8") for p in sorted(gold)), encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(score), str(system), str(truth), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(scored.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    evaluation = args.shared / "eval"
    sets = {
        "seeds": (list((args.shared / "seeds").glob("*.txt")), list(evaluation.glob("gold_*.jsonl"))),
        "dev": (
            list((evaluation / "dev" / "texts").glob("*.md")),
            list((evaluation / "dev").glob("gold_*.jsonl")),
        ),
    }
    with tempfile.TemporaryDirectory() as work:
        results = {
            name: figures(texts, gold, evaluation / "score.py", Path(work), name)
            for name, (texts, gold) in sets.items()
            if texts and gold
        }
    if args.json:
        print(json.dumps(results, indent=1))
        return
    print(f"{'figure':<26}" + "".join(f"{name:>10}" for name in results))
    for key, field in ROWS:
        values = "".join(f"{results[name][key][field]:>10}" for name in results)
        print(f"{key + ' ' + field:<26}{values}")


if __name__ == "__main__":
    main()
