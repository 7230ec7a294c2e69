"""``genesis-mcp check PATH... [--json]``: run the safety checker on files, as the server would.

Exit status: 0 when every file is safe, 1 when any file has findings, 2 on a usage error (a missing or
unreadable file, a file over the size limit, an unknown permission). A directory stands for the ``*.py``
files under it. With ``--json`` the report of one file is printed as one object
``{"path", "safe", "findings": [{"rule", "line", "col", "message"}]}``; several files give a list.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["register"]


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "check",
        help="check Python tool sources with the safety checker (never runs them)",
        description="Check tool sources against the safety policy. Exit 0: all safe; 1: findings; 2: usage error.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a .py file, or a directory of them")
    parser.add_argument("--json", action="store_true", help="print JSON reports instead of text")
    parser.add_argument(
        "--permission",
        action="append",
        default=[],
        metavar="NAME",
        help="switch on a grantable permission of the policy (repeatable), as a tool spec would",
    )
    parser.set_defaults(handler=_run)


def _files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        out.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return out


def _run(args: argparse.Namespace) -> int:
    from genesis_mcp.safety import DEFAULT_POLICY, check_bytes, read_source

    try:
        policy = DEFAULT_POLICY.with_permissions(args.permission)
    except ValueError as error:
        sys.stderr.write(f"genesis-mcp check: {error}\n")
        return 2
    results: list[dict[str, Any]] = []
    usage_error = unsafe = False
    for path in _files(args.paths):
        entry: dict[str, Any] = {"path": str(path)}
        try:
            data = read_source(path)
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            sys.stderr.write(f"genesis-mcp check: {path}: {reason}\n")
            usage_error = True
            results.append({**entry, "safe": False, "findings": [], "error": reason})
            continue
        report = check_bytes(data, policy)
        unsafe = unsafe or not report.safe
        results.append({**entry, "safe": report.safe, "findings": [f.to_dict() for f in report.findings]})
    if args.json:
        payload: Any = results[0] if len(results) == 1 else results
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(_text(results))
    return 2 if usage_error else 1 if unsafe else 0


def _text(results: list[dict[str, Any]]) -> str:
    lines = []
    for result in results:
        if "error" in result:
            continue
        if result["safe"]:
            lines.append(f"{result['path']}: safe")
        for finding in result["findings"]:
            f = finding
            lines.append(f"{result['path']}:{f['line']}:{f['col']}: {f['rule']}: {f['message']}")
    checked = [r for r in results if "error" not in r]
    unsafe = sum(1 for r in checked if not r["safe"])
    lines.append(f"{len(checked)} file(s) checked, {unsafe} unsafe")
    return "\n".join(lines) + "\n"
