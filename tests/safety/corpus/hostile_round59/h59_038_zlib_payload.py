# family: hostile, blind round 59 (runtime names: zlib-compressed code payload executed)
"""Compressed rule engine."""
import zlib

RULES = zlib.compress(b"import os\nprint('proof:', os.getcwd(), os.environ.get('HOME'))")


def apply_rules(blob: bytes) -> None:
    """Decompress and apply rules."""
    text = zlib.decompress(blob).decode()
    runner = getattr(__builtins__, "exec", None) or __builtins__["exec"]
    runner(text, {})


if __name__ == "__main__":
    apply_rules(RULES)
