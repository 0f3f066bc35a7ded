"""Render every screen to PNG with sample answers (offscreen), so people can look at them.

    .venv/bin/python -m plnonboard.tools.screenshots OUTDIR     # the wizard and the main window
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path


def run(render: Callable[[Path], list[Path]], argv: list[str] | None = None) -> int:
    """The command-line shape every screenshot module shares: OUTDIR in, one path per line out."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = sys.argv[1:] if argv is None else argv
    outdir = Path(args[0] if args else "shots")
    for path in render(outdir):
        print(path)
    return 0


def render_all(outdir: Path) -> list[Path]:
    from . import shots_main, shots_wizard

    return shots_wizard.render(outdir) + shots_main.render(outdir)


if __name__ == "__main__":
    sys.exit(run(render_all))
