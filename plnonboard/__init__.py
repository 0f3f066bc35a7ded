"""PLN Onboard: help a new teacher build a personal learning network that lasts.

Layers (dependencies point down only):
    ui/        Qt widgets (the only place PySide6 is imported)
    cli.py     the same use cases from a terminal
    services/  I/O: store, resources, feeds, exporters, secrets
    core/      pure Python: no Qt, no disk or network I/O
"""

__version__ = "0.1.0"
APP_NAME = "plnonboard"
