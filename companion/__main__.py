"""`python -m companion` starts the app (or runs `content check`)."""

import sys

from companion.app import main

sys.exit(main())
