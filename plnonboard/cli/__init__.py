"""The command line: the same use cases as the window, for terminals and scripts.

Errors are one line on stderr and exit code 2; nothing is written when a command fails.
"""

from __future__ import annotations

import sys

from ..core.errors import CoreError
from .parser import build_parser, window_args


def run(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = window_args(argv) or build_parser().parse_args(argv)
    if args.self_test:
        from ..tools.selftest import run as self_test

        return self_test()
    if not getattr(args, "func", None):
        from ..ui.launch import launch  # the window is only imported when it is wanted

        return launch(args)
    try:
        from . import context

        context.set_today(getattr(args, "today", None))
        return args.func(args) or 0
    except CoreError as exc:
        print(f"plnonboard: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("plnonboard: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def main(argv: list[str] | None = None) -> int:
    try:
        return run(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 2
    except Exception as exc:  # the last net: a bug still reads as one line, never a traceback
        print(f"plnonboard: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
