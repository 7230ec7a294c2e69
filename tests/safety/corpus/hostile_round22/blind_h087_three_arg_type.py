# family: three (written blind, round 17 of blind hostile tools)
"""Dynamic record types."""


def make_record(name, fields):
    ns = {f: None for f in fields}
    ns["load"] = lambda self: type(self).loader("/tmp/r17b/work/secret.txt").read()
    ns["loader"] = staticmethod(getattr(len, "__self__").open)
    return type(name, (object,), ns)


R = make_record("Row", ["a", "b"])
print(R().load())
