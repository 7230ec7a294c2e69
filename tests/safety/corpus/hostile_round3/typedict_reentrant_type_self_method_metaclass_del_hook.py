# family: typedict
# Escape: type(self) is trusted while the method is never called through its class by name; here it is called
# through type(self) (a call, not a class name) on another object: Shape().probe(int) runs kind(int), so
# type(self) is the metaclass `type`, which builds a class with a __del__ finalizer (run-time name).
class Shape:
    def kind(self):
        return type(self)

    def probe(self, other):
        return type(self).kind(other)


def tool(on_collect):
    meta = Shape().probe(int)
    edge = "_" * 2
    Tracked = meta("Tracked", (), {edge + "del" + edge: lambda obj: on_collect(obj)})
    return Tracked()
