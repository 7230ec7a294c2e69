# family: red team, round 18 (facts learned late in the final pass; classes handed out without their names)
# Chain: getattr(obj, f.name) for f in dataclasses.fields(...) is trusted (finish._field_name) while "name"
# is not in ctx.stored_attributes. An aliased update_wrapper (copy_attrs) records its store of "name" only
# when finish's _judge reaches it, after the FIELD_NAME use written earlier was accepted; and it is no
# foreign store. copy_attrs(field, src, assigned=("name",), updated=()) renames the shared Field to a
# run-time "__globals__", so the getattr reads a function's globals.
from collections import namedtuple
from dataclasses import dataclass, fields
from functools import update_wrapper as copy_attrs


@dataclass
class Point:
    label: str = "p"


def read(obj, target):
    out = []
    for f in fields(target):
        out.append(getattr(obj, f.name))
    return out


Source = namedtuple("Source", "name")


def rename(target, src):
    for f in fields(target):
        try:
            copy_attrs(f, src, assigned=("name",), updated=())
        except AttributeError:  # a Field has no __wrapped__ slot: the name was set before that
            pass


def helper():
    return 1


def run():
    rename(Point(), Source("".join(reversed("__slabolg__"))))
    got = read(helper, Point())[0]
    print(sorted(got.keys())[:8])


run()
