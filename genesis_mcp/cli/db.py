"""``genesis-mcp db path``: where the state lives."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

__all__ = ["register"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("db", help="the state database")
    dbsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    path = dbsub.add_parser("path", help="print the database file's path")
    path.add_argument("--db", type=Path, help="as `serve --db` would see it")
    path.set_defaults(handler=_path)


def _path(args: argparse.Namespace) -> int:
    from genesis_mcp.config import Settings
    from genesis_mcp.errors import GenesisError

    try:
        settings = Settings.load(db=args.db)
    except GenesisError as err:
        sys.stderr.write(f"genesis-mcp: {err.message}\n")
        return 2
    sys.stdout.write(f"{settings.db}\n")
    return 0
