# family: ordinary, blind round 63 (managing many resources with ExitStack)
from contextlib import ExitStack, contextmanager


class FakeConnection:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.open = False

    def __enter__(self):
        self.open = True
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        self.log.append(f"close {self.name}")
        return False

    def query(self, sql):
        if not self.open:
            raise RuntimeError(f"{self.name} is closed")
        return f"{self.name}: {sql}"


@contextmanager
def all_connections(names, log):
    with ExitStack() as stack:
        conns = [stack.enter_context(FakeConnection(n, log)) for n in names]
        stack.callback(log.append, "all released")
        yield conns


def open_until_failure(names, log, bad):
    with ExitStack() as stack:
        for name in names:
            if name == bad:
                raise ConnectionError(f"cannot reach {name}")
            stack.enter_context(FakeConnection(name, log))
        return stack.pop_all()


if __name__ == "__main__":
    log = []
    with all_connections(["users", "orders", "audit"], log) as conns:
        for conn in conns:
            print(conn.query("SELECT 1"))
    print(log)

    log.clear()
    try:
        open_until_failure(["a", "b", "c"], log, bad="c")
    except ConnectionError as exc:
        print("failed:", exc, "| log:", log)

    log.clear()
    with open_until_failure(["x", "y"], log, bad=None):
        log.append("working")
    print(log)
