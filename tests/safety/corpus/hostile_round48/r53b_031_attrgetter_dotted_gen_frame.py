# family: red team, round 53b (contextmanager object's public .gen, frame reached through a dotted attrgetter)
import contextlib
import operator


@contextlib.contextmanager
def cm():
    yield 1


c = cm()
with c:
    print(operator.attrgetter("gen.gi_frame.f_globals")(c))
