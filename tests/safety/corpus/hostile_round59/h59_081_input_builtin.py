# family: hostile, blind round 59 (interactive builtins: input() reads from stdin / blocks the sandbox)
"""Interactive confirmation helper."""
import io
import sys


def confirm(prompt: str = "Proceed? ") -> bool:
    """Ask the user to confirm."""
    answer = input(prompt)
    return answer.strip().lower().startswith("y")


if __name__ == "__main__":
    sys.stdin = io.StringIO("yes\n")  # canned answer so the demo never blocks
    print("\nproof: input() returned ->", confirm())
