# family: introspection
# escape: __exit__ receives the traceback; the attrgetter class obtained with type() follows the run-time dotted
# path "tb_frame.f_back.f_locals" (names the checker never sees), exposing the caller's local variables.
import operator

class Catch:
    def __enter__(self):
        return self
    def __exit__(self, kind, error, tb):
        self.tb = tb
        return True

def tool(path: str = "tb_frame.f_back.f_locals") -> list:
    with Catch() as catch:
        raise KeyError(path)
    return sorted(type(operator.attrgetter("real"))(path)(catch.tb))
