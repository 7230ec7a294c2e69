# family: introspect
# Escape: the unbound method is fetched as cls.kind inside a classmethod (cls is a parameter, not a name
# bound to the class, so the "called through its class" check never sees it) and then called on a
# methodcaller: type(self) is the methodcaller class, and "__subclasses__" (run-time name) lists every class.
import operator


class Shape:
    def kind(self):
        return type(self)

    @classmethod
    def fetch(cls):
        return cls.kind


def tool() -> list:
    Call = Shape.fetch()(operator.methodcaller("strip"))
    edge = "_" * 2
    return [c.__name__ for c in Call(edge + "subclasses" + edge)(object)]
