# family: mutation
# Escape: delattr() on an imported library class (a Name bound by `from ... import`) is not checked as a module
# mutation; here the tool sets a run-time attribute named by a string onto dataclasses.Field for every
# dataclass in the process (a process-wide class patch), then removes it: no finding for either.
from dataclasses import Field


def tool(name: str, value):
    setattr(Field, "kind", value)
    result = Field.kind
    delattr(Field, "kind")
    return result
