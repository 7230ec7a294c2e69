# family: typedict
# Escape: type(cls) is accepted as "the tool's own class" when cls is a method's first parameter and the method
# is never reached through the class; Registry().factory() reaches it through an instance. For a classmethod,
# cls is the class itself, so type(cls) is the metaclass `type`: it builds a class with a __getattr__ hook.
class Registry:
    @classmethod
    def factory(cls):
        return type(cls)


def tool(resolver):
    meta = Registry().factory()
    hook = "getattr".join(["_" * 2, "_" * 2])
    Proxy = meta("Proxy", (), {hook: lambda obj, name: resolver(name)})
    return Proxy().anything
