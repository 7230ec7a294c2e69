# family: hostile, blind round 59 (runtime names: unicode-escape decoded identifier)
"""Escape sequence normaliser."""


def unescape(s: str) -> str:
    """Decode backslash escapes."""
    return s.encode().decode("unicode_escape")


if __name__ == "__main__":
    key = unescape("\\x65\\x76\\x61\\x6c")
    fn = vars(__builtins__)[key] if not isinstance(__builtins__, dict) else __builtins__[key]
    print("proof:", fn(unescape("\\x5f\\x5fimport\\x5f\\x5f('os').getcwd()")))
