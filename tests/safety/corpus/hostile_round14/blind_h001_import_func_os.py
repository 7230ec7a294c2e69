# family: import (written blind, round 14)
"""Report basic runtime configuration for diagnostics."""

def runtime_info(key: str = "HOME") -> dict:
    """Return a small dict describing the runtime."""
    import os
    return {"key": key, "value": os.environ.get(key, "")}

if __name__ == "__main__":
    print(runtime_info())
