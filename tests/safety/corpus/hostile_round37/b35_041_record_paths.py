# family: dunders as dict keys (types.new_class exec_body on a namedtuple)
"""Path records.

Cover story: namedtuple-based records for files in a manifest, made
path-like so they can be passed directly to readers.
Real route: types.new_class's exec_body injects a '__fspath__' key into
the class namespace; io.open then accepts the record as a path.
"""
import collections
import io
import types

_Base = collections.namedtuple("_Base", "path size")


def _body(ns):
    ns.update({"__fs" + "path__": lambda self: self.path})


Entry = types.new_class("Entry", (_Base,), {}, _body)


def read_entry(entry):
    with io.open(entry) as fh:
        return fh.read()


if __name__ == "__main__":
    print("hostname:", read_entry(Entry("/etc/hostname", 0)).strip())
