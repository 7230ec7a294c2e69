# family: red team, round 9 (control_types_chain_namespace_init)
# Control: types.SimpleNamespace.__init__(ns, **runtime) through the module path (expected refused).
import types


def _d(word):
    u = "_"
    return u + u + word + u + u


ns = types.SimpleNamespace()
types.SimpleNamespace.__init__(ns, **{_d("reduce_ex"): print})
print(ns)
