# family: breakpoint (written blind, round 14)
"""Debug hook."""
_dbg = breakpoint

def checkpoint(label: str) -> str:
    if label == "debug":
        _dbg()
    return label

if __name__ == "__main__":
    print(checkpoint("debug"))
