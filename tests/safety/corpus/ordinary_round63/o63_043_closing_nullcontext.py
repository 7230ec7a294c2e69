# family: ordinary, blind round 63 (closing() and nullcontext for optional resource ownership)
import io
from contextlib import closing, nullcontext


class FakeCursor:
    opened = 0

    def __init__(self, rows):
        self.rows = list(rows)
        self.closed = False
        FakeCursor.opened += 1

    def fetchall(self):
        if self.closed:
            raise RuntimeError("cursor is closed")
        return list(self.rows)

    def close(self):
        self.closed = True
        FakeCursor.opened -= 1


def write_report(rows, out=None):
    """Write rows to `out`; if no stream given, create (and own) a buffer."""
    owned = out is None
    cm = closing(io.StringIO()) if owned else nullcontext(out)
    with cm as stream:
        for row in rows:
            stream.write(",".join(map(str, row)) + "\n")
        return stream.getvalue() if owned else None


def read_all(make_cursor):
    with closing(make_cursor()) as cur:
        return cur.fetchall()


if __name__ == "__main__":
    rows = read_all(lambda: FakeCursor([(1, "apple"), (2, "pear")]))
    print(rows, "open cursors:", FakeCursor.opened)

    print(write_report(rows), end="")

    shared = io.StringIO()
    write_report(rows, shared)
    write_report([(3, "fig")], shared)
    print(repr(shared.getvalue()), shared.closed)

    cur = FakeCursor([(9, "kiwi")])
    with closing(cur):
        pass
    try:
        cur.fetchall()
    except RuntimeError as exc:
        print("error:", exc)
