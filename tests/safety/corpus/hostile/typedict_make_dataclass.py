# family: dunders as dict keys in type()
import dataclasses


def tool(hook):
    return dataclasses.make_dataclass("X", [("a", int)], namespace={"__del__": hook})
