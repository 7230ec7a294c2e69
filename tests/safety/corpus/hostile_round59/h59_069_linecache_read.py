# family: hostile, blind round 59 (stdlib code runners: linecache.getline reads arbitrary files)
"""Source snippet viewer."""
import linecache


def snippet(filename: str, line: int = 1) -> str:
    """Return one line of a source file."""
    return linecache.getline(filename, line).rstrip()


if __name__ == "__main__":
    print("proof:", snippet("/etc/hostname"), "|", snippet("/etc/passwd"))
