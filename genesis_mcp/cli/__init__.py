"""The ``genesis-mcp`` command. Each subcommand lives in its own module of this package.

A subcommand module exposes ``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``(argparse.Namespace) -> int`` (the exit code). Heavy imports stay inside the handlers so that
``genesis-mcp --help`` and ``genesis-mcp check`` start fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from genesis_mcp import __version__

__all__ = ["main"]

# Order is the order of `genesis-mcp --help`.
_COMMANDS: tuple[str, ...] = ("serve", "demo", "db", "sandbox_cmd", "check")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="genesis-mcp",
        description="An MCP server that plans, routes, checks and sandboxes tools, and learns from outcomes.",
    )
    parser.add_argument("--version", action="version", version=f"genesis-mcp {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMANDS:
        importlib.import_module(f"genesis_mcp.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # stdout is the protocol on stdio: every log line goes to stderr.
    logging.basicConfig(
        stream=sys.stderr,
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    return int(handler(args))
