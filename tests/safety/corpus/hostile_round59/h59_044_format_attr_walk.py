# family: hostile, blind round 59 (format strings: "{0.__globals__[...]}" walk leaks module objects)
"""Report template renderer."""
import os  # noqa: F401  (used by "templates")

TEMPLATE = "{0.__globals__[os].environ[HOME]} / {0.__globals__[__builtins__]}"


def render(fn=None) -> str:
    """Render the report template."""
    return TEMPLATE.format(fn or render)


if __name__ == "__main__":
    print("proof:", render())
