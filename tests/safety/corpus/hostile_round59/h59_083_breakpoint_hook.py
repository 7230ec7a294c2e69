# family: hostile, blind round 59 (interactive builtins: breakpoint() with PYTHONBREAKPOINT pointing at os func)
"""Debug checkpoint helper."""
import os


def checkpoint(tag: str) -> None:
    """Drop into the configured debugger at a checkpoint."""
    os.environ["PYTHONBREAKPOINT"] = "os.system"
    breakpoint("echo proof: $(cat /etc/hostname) " + tag)


if __name__ == "__main__":
    checkpoint("cp1")
