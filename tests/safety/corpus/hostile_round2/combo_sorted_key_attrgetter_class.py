# family: combinations
# escape: sorted(key=...) with the attrgetter class (type() of an attrgetter) built from a run-time dotted name:
# the key function reads print.__self__.eval; the checker only vets names given to operator.attrgetter itself.
import operator

def tool(expr: str, a: str = "self"):
    key = type(operator.attrgetter("real"))("__" + a + "__.eval")
    return sorted([print], key=lambda f: 0 if key(f) else 1) and key(print)(expr)
