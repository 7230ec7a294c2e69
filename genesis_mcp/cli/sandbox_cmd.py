"""``genesis-mcp sandbox selftest`` and ``genesis-mcp sandbox run PATH``: the sandbox on its own.

``run`` does not run the static checker first: it exists to test the boundary alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sandbox import PoolConfig, SelfTestReport

__all__ = ["register"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "sandbox", help="test the tool sandbox, or run one function of a file inside it",
        description="The sandbox that runs generated tools: bubblewrap namespaces, Landlock, seccomp, rlimits.",
    )  # fmt: skip
    actions = p.add_subparsers(dest="sandbox_command", metavar="ACTION", required=True)
    test = actions.add_parser("selftest", help="print each layer and each escape attempt; exit 1 if any escapes")
    _common(test)
    test.set_defaults(handler=_selftest)
    run = actions.add_parser("run", help="run one function of a Python file in the sandbox")
    run.add_argument("path", type=Path, help="the Python file")
    run.add_argument("--entry", default="run", help="the function to call (default: run)")
    run.add_argument("--args", default="{}", help="its keyword arguments as a JSON object (default: {})")
    run.add_argument("--timeout", type=float, default=2.0, help="wall-clock seconds (default: 2)")
    _common(run)
    run.set_defaults(handler=_run)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--bwrap",
        choices=("auto", "require", "off"),
        default="auto",
        help="bubblewrap namespaces: use when they work (auto), insist, or skip",
    )
    p.add_argument("--json", action="store_true", help="print JSON")


def _config(args: argparse.Namespace, workers: int) -> PoolConfig:
    from genesis_mcp.config import Settings
    from sandbox import PoolConfig

    db = Settings.load().db
    return PoolConfig(workers=workers, bwrap=args.bwrap, protected_paths=(db, db.parent))


def _selftest(args: argparse.Namespace) -> int:
    from genesis_mcp.errors import GenesisError
    from sandbox import Pool, SandboxError

    async def go() -> tuple[SelfTestReport | None, str | None]:
        pool = Pool(_config(args, workers=2))
        try:
            return await pool.start(), None
        except SandboxError as exc:
            return exc.report, str(exc)
        finally:
            await pool.close()

    try:
        report, failure = asyncio.run(go())
    except GenesisError as err:
        sys.stderr.write(f"genesis-mcp: {err.message}\n")
        return 2
    if args.json:
        sys.stdout.write(
            json.dumps({**(report.to_dict() if report else {}), "ok": failure is None, "error": failure}, indent=2)
            + "\n"
        )
    elif report is not None:
        sys.stdout.write(_format(report))
    if failure:
        sys.stderr.write(f"genesis-mcp: {failure}\n")
    return 0 if failure is None else 1


def _format(report: SelfTestReport) -> str:
    lines = [
        f"sandbox self-test: {'bubblewrap namespaces' if report.namespaces else 'NO NAMESPACES'}, "
        f"{report.duration_ms:.0f} ms",
        "layers:",
    ]
    lines += [f"  {'on ' if layer.active else 'OFF'}  {layer.name:<11} {layer.detail}" for layer in report.layers]
    lines.append("attempts:")
    lines += [f"  {'blocked' if a.blocked else 'ESCAPED'}  {a.name:<24} {a.evidence}" for a in report.attempts]
    lines += [f"warning: {w}" for w in report.warnings]
    escaped = len(report.escaped)
    lines.append(
        f"result: {len(report.attempts) - escaped} of {len(report.attempts)} attempts blocked"
        + (f", {escaped} ESCAPED" if escaped else "")
    )
    return "\n".join(lines) + "\n"


def _run(args: argparse.Namespace) -> int:
    from genesis_mcp.errors import GenesisError
    from sandbox import Pool, SandboxError

    try:
        source = args.path.read_text(encoding="utf-8")
        call_args = json.loads(args.args)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        sys.stderr.write(f"genesis-mcp: {exc}\n")
        return 2
    if not isinstance(call_args, dict):
        sys.stderr.write("genesis-mcp: --args must be a JSON object\n")
        return 2

    async def go() -> dict[str, Any]:
        async with Pool(_config(args, workers=1)) as pool:
            result = await pool.run(source, args.entry, call_args, timeout=args.timeout)
        return result.to_dict()

    try:
        out = asyncio.run(go())
    except (SandboxError, GenesisError) as exc:
        sys.stderr.write(f"genesis-mcp: the sandbox is not usable: {exc}\n")
        return 2
    if args.json:
        sys.stdout.write(json.dumps(out) + "\n")
    elif out["ok"]:
        sys.stdout.write(f"ok ({out['duration_ms']:.1f} ms): {json.dumps(out['value'])}\n")
    else:
        sys.stdout.write(f"{out['error_type']} ({out['duration_ms']:.1f} ms): {out['error']}\n")
    return 0 if out["ok"] else 1
