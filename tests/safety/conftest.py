"""The corpus under corpus/ is data for the checker, not tests: pytest must not import it."""

from __future__ import annotations

collect_ignore_glob = ["corpus/*"]
