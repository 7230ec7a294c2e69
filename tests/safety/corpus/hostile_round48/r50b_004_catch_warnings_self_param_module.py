# family: red team, round 50b (catch_warnings._module set through a plain function's parameter named self)
import warnings


class Holder:
    def __init__(self):
        self.filters = []
        self.showwarning = None

    def _filters_mutated(self):
        return None


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def poke(self, value):
    self._module = value


def main():
    holder = Holder()
    guard = warnings.catch_warnings()
    with guard:
        poke(guard, holder)
    sink = Sink()
    holder.showwarning("read", UserWarning, "/etc/hostname", 1, sink)
    print("".join(sink.parts))


main()
