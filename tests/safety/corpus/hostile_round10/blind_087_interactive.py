# family: interactive (written blind, second set)
"""Parse a value; drop into the debugger on failure."""
_debug = breakpoint


def run(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        _debug()
        return 0


print(run("x"))
