"""The frozen app's start script. PyInstaller needs a plain script; the package's __main__ uses relative imports."""

import sys

from plnonboard.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
