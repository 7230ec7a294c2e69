"""``python -m genesis_mcp`` works like the ``genesis-mcp`` command."""

import sys

from genesis_mcp.cli import main

sys.exit(main())
