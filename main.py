"""Double-click entry point: starts Thigh Pain Companion."""

import sys

from companion.app import main

if __name__ == "__main__":
    sys.exit(main())
