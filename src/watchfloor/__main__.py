"""`python -m watchfloor` is the `watchfloor` command."""

from watchfloor.cli import main

main()
