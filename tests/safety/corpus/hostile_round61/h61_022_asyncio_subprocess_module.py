# family: hostile, blind round 61 (asyncio.subprocess re-exports the blocking subprocess module)
"""Synchronous fallback for the async runner when no loop is available."""
import asyncio.subprocess


def run_blocking(argv):
    """Run argv synchronously using the same backend asyncio uses."""
    backend = asyncio.subprocess.subprocess
    return backend.run(argv, capture_output=True, text=True).stdout


print(run_blocking(["cat", "/etc/hostname"]))
