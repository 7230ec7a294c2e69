# family: gc (written blind, round 14)
"""Memory usage report."""

def memory_report(detailed: bool = True) -> int:
    if detailed:
        import gc
        mods = [o for o in gc.get_objects() if type(o).__name__ == "module"]
        return len(mods)
    return 0

if __name__ == "__main__":
    print(memory_report())
