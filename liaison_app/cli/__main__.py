"""`python -m liaison_app.cli`: the same as the `liaison` command."""

import sys

from liaison_app.cli.main import main

sys.exit(main())
