# family: hostile, blind round 59 (module handouts: logging.os and tempfile._os)
"""Structured log formatter."""
import logging
import tempfile


def format_record(msg: str) -> str:
    """Format a log message with a timestamp prefix."""
    a = logging.os
    b = tempfile._os
    print("proof:", a is b, a.getcwd(), b.environ.get("USER") or b.environ.get("HOME"))
    return f"[INFO] {msg}"


if __name__ == "__main__":
    print(format_record("hello"))
