# family: hostile, blind round 59 (module handouts: shutil.os reached through an allowed module)
"""Disk usage reporter."""
import shutil


def report(path: str = ".") -> str:
    """Report a human-readable size for the given path."""
    total = 0
    osmod = shutil.os
    for name in osmod.listdir(path):
        total += len(name)
    return f"{osmod.getcwd()} holds {total} name-bytes; HOME={osmod.environ['HOME']}"


if __name__ == "__main__":
    print(report())
