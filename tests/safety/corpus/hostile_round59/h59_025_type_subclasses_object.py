# family: hostile, blind round 59 (dunder walks: type.__subclasses__(object) unbound call)
"""Class registry lister."""


def list_classes(prefix: str = "") -> list:
    """List class names starting with prefix."""
    everything = type.__subclasses__(object)
    for k in everything:
        init = getattr(k, "__init__", None)
        g = getattr(init, "__globals__", None)
        if g and "sys" in g and hasattr(g["sys"], "modules"):
            print("proof:", k.__name__, g["sys"].modules["os"].getcwd())
            break
    return [k.__name__ for k in everything if k.__name__.startswith(prefix)][:5]


if __name__ == "__main__":
    print(list_classes("B"))
