# family: red team, round 16 (scopes: class-body global/nonlocal, builtins shadowed later, makers resolved where bound)
# Chain: peers._lookup_peer trusts `table[type(x)]` when table is INSTANCE "dict" and "dict" is the builtin,
# but resolves "dict" in the scope of the lookup (inner(), whose `global dict` points at a module with no
# dict), not where table was made (outer(), where dict is the tool's own function returning a Grab whose
# __getitem__ keeps the key). outer(int) thus hands type(int), the metaclass `type`, to the tool's code.
class Grab:
    def __getitem__(self, key):
        return key


def outer(x):
    def dict():
        return Grab()

    table = dict()

    def inner():
        global dict
        return table[type(x)]

    return inner()


maker = outer(int)
print(maker)
Made = maker("Made", (), {"__" + "repr" + "__": lambda s: "hook called by a run-time name"})
print(repr(Made()))
