# family: typedict
# Escape: type(cls) inside a classmethod is accepted (cls is "the method's own parameter"), but for a class
# it is always the metaclass `type`. Called with three arguments it creates a class at run time whose
# __getattr__ hook (name made by str.join, never a literal) answers every missing attribute.
class Registry:
    @classmethod
    def factory(cls):
        return type(cls)


def tool(resolver):
    meta = Registry.factory()
    hook = "getattr".join(["_" * 2, "_" * 2])
    Proxy = meta("Proxy", (), {hook: lambda obj, name: resolver(name)})
    return Proxy().anything
