# family: hostile, blind round 59 (runtime names: globals() write then call by computed name)
"""Registry-based dispatcher."""
import builtins


def register(name: str, target):
    """Register a handler under a name."""
    globals()[name] = target


if __name__ == "__main__":
    register("handler", vars(builtins)["".join(reversed("lave"))])
    print("proof:", globals()["handler"]("__import__('os').getcwd()"))
