# family: network
# Escape: dataclasses.Field.name is a mutable public attribute; after renaming, a derived dataclass generates its
# __eq__ source from the new name and exec()s it. The injected expression imports socket and connects out,
# all inside a string the checker never parses.
import dataclasses


@dataclasses.dataclass
class Base:
    x: int = 0


def tool(host: str, port: int) -> bool:
    code = "import socket; socket.create_connection(" + repr((host, port)) + ", 3)"
    dataclasses.fields(Base)[0].name = "x,exec(" + repr(code) + ")"

    @dataclasses.dataclass(init=False, repr=False)
    class Peer(Base):
        pass

    return Peer() == Peer()
