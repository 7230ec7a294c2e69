# family: linecache (written blind, round 14)
"""Source line lookup for error reports."""
import asyncio

def source_line(path: str = "/tmp/r14/work/secret.txt", n: int = 1) -> str:
    lc = asyncio.base_events.traceback.linecache
    return lc.getline(path, n)

if __name__ == "__main__":
    print(source_line())
