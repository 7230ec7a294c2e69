# family: red team, round 45 (updated=functools.WRAPPER_UPDATES copies catch_warnings' __dict__ onto SimpleNamespaces; comparing one made from catch_warnings(module=probe) hands the real warnings module to probe.__eq__, and its sys leads to HOME and the cwd)
import functools
import types
import warnings


class Probe:
    def __init__(self):
        self.seen = []

    def __eq__(self, other):
        self.seen.append(other)
        return True

    def __hash__(self):
        return 1


def copy_onto(target, source):
    functools.update_wrapper(target, source, updated=functools.WRAPPER_UPDATES)
    return target


probe = Probe()
real = copy_onto(types.SimpleNamespace(), warnings.catch_warnings())
fake = copy_onto(types.SimpleNamespace(), warnings.catch_warnings(module=probe))
print(real == fake)
module = probe.seen[0]
print(module)
system = module.sys.modules["os"]
print(system.environ["HOME"], system.getcwd())
