"""The command line: the same use cases as the window, for terminals and scripts.

Errors are one line on stderr and exit code 2; nothing is written when a command fails.
"""

from __future__ import annotations

import sys

from ..core.errors import PlnError
from .parser import TODAY_ENV, build_parser, parse, window_args


def run(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = window_args(argv) or parse(build_parser(), argv)
    if args.self_test:
        from ..tools.selftest import run as self_test

        return self_test()
    if not getattr(args, "func", None):
        try:
            today = _window_today(args)
        except PlnError as exc:
            print(f"plnonboard: error: {exc}", file=sys.stderr)
            return 2
        from ..ui.launch import launch  # the window is only imported when it is wanted

        return launch(args, today=today)
    from ..core.timefmt import set_style
    from ..services.locale_style import style_from_environment

    set_style(style_from_environment())  # 12-hour clock and month-first dates for en_US, as the window does
    try:
        from . import context

        context.set_today(getattr(args, "today", None))
        return args.func(args) or 0
    except PlnError as exc:  # bad input, a store, network or import problem: one line, exit 2
        print(f"plnonboard: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        _exit_on_second_interrupt()
        print("plnonboard: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _window_today(args):
    """The window's today: the real date, unless `--today` or $PLNONBOARD_TODAY fixes one (as for every
    command: to see what the advice says on another day). None means the real date, day by day."""
    import os

    if not (getattr(args, "today", None) or os.environ.get(TODAY_ENV, "").strip()):
        return None
    from . import context

    context.set_today(getattr(args, "today", None))
    fixed = context.today()
    return lambda: fixed


def _exit_on_second_interrupt() -> None:
    """After the first Ctrl-C the workers are cancelled and the interpreter waits for them; a
    second Ctrl-C during that wait would print a traceback from threading's shutdown. It now
    ends the process at once, quietly (the store was already closed on the way out)."""
    import os
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, lambda *_: os._exit(130))


def main(argv: list[str] | None = None) -> int:
    try:
        return run(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 2
    except Exception as exc:  # the last net: a bug still reads as one line, never a traceback
        print(f"plnonboard: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
