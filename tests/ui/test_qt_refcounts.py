"""Guard against the PySide6 release whose Signal.emit() leaked references to True/None.

PySide6 6.12.0 with Python 3.11 aborted the whole app ("Fatal Python error: bool_dealloc") after
some tens of thousands of emits from Python; our background tasks emit from Python. pyproject.toml
excludes it; this test fails if a bad release is ever installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    with_object = Signal(object)
    with_args = Signal(int, int, str)
    bare = Signal()


def test_emitting_signals_does_not_leak_references_to_true_or_none(qapp):
    e = Emitter()
    e.with_object.connect(lambda x: None)
    e.with_args.connect(lambda a, b, c: None)
    e.bare.connect(lambda: None)
    true0, none0 = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(2000):
        e.with_object.emit(None)
        e.with_args.emit(1, 2, "x")
        e.bare.emit()
    assert abs(sys.getrefcount(True) - true0) < 50
    assert abs(sys.getrefcount(None) - none0) < 50
