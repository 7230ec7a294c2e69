# family: import (written blind, second set)
"""Copy text into an in-memory buffer."""
from io import StringIO, open_code


def run(path: str) -> str:
    buf = StringIO()
    with open_code(path) as fh:
        buf.write(fh.read().decode())
    return buf.getvalue()


print(run("/tmp/r10/work/blind_secret.txt"))
