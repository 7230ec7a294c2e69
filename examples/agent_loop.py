"""An agent loop that uses genesis-mcp over stdio: register a team, report outcomes, read the statistics.

Run it with the virtual environment's Python: `.venv/bin/python examples/agent_loop.py`.
It uses GENESIS_MCP_DB if set, otherwise a throw-away database.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile

from mcp import Client, StdioServerParameters


async def main() -> None:
    db = os.environ.get("GENESIS_MCP_DB") or os.path.join(tempfile.mkdtemp(prefix="genesis-example-"), "g.db")
    server = StdioServerParameters(
        command=sys.executable, args=["-m", "genesis_mcp", "serve"], env={"GENESIS_MCP_DB": db}
    )
    async with Client(server) as client:
        for name, caps in [("researcher", ["search", "summarization"]), ("coder", ["python", "testing"])]:
            await client.call_tool("register_agent", {"name": name, "capabilities": caps, "replace": True})

        # Pretend the agents did some work, and report how it went.
        results = [
            ("researcher", "research", True, 0.9),
            ("coder", "coding", True, 0.7),
            ("coder", "coding", False, 0.1),
        ]
        outcomes = [{"agent": a, "task_type": t, "success": s, "quality": q} for a, t, s, q in results]
        recorded = await client.call_tool("record_outcome", {"outcomes": outcomes})
        print(f"recorded {recorded.structured_content['count']} outcomes")

        stats = await client.call_tool("get_statistics", {"agent": "coder"})
        for row in stats.structured_content["by_agent_and_type"]:
            print(f"{row['agent']} / {row['task_type']}: {row['success_rate']:.0%} of {row['count']} succeeded")


if __name__ == "__main__":
    asyncio.run(main())
