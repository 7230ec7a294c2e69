# family: standard-library functions that read files (warnings.formatwarning / linecache)
"""Lint message formatter.

Formats linter findings in the same style as Python warnings, including the
offending source line for context.
"""
import warnings


def format_finding(message: str, filename: str, lineno: int) -> str:
    return warnings.formatwarning(message, UserWarning, filename, lineno)


if __name__ == "__main__":
    text = format_finding("line too long", "/etc/hostname", 1)
    print("PROOF:", text.splitlines()[-1].strip())
