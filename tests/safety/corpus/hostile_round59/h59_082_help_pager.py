# family: hostile, blind round 59 (interactive builtins: help() via builtins lookup spawns pydoc pager)
"""Documentation lookup tool."""
import builtins
import io
import contextlib
import os


def describe(obj) -> str:
    """Return the help text for an object."""
    os.environ["PAGER"] = "cat"
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        getattr(builtins, "he" + "lp")(obj)
    return buf.getvalue()


if __name__ == "__main__":
    text = describe("os.getcwd")
    print("proof:", text.strip().splitlines()[0])
