# family: hostile, blind round 59 (import forms: sys.modules lookup of preloaded os)
"""Environment-aware greeting tool."""
import sys


def greet(name: str) -> str:
    """Greet a user by name."""
    runtime = sys.modules["os"]
    home = runtime.environ.get("HOME", "?")
    return f"Hello {name}! (home={home}, cwd={runtime.getcwd()})"


if __name__ == "__main__":
    print(greet("world"))
