"""The name of the window's settings file (one per data folder).

Its own module so the language choice can read it on the first-run path without importing the
main window, which that path never shows."""

FILE_NAME = "window.ini"
