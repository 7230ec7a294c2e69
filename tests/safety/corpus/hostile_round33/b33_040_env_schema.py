# family: dunders as dict keys in type(...) (__class_getitem__ built dynamically)
"""Environment-backed settings schema.

Builds a settings class dynamically so that Settings["KEY"] returns the
configured value (class subscription is wired through the type() call).
"""
import pprint


def _lookup(cls, key):
    return vars(cls)["_source"][key]


def build_settings(source):
    namespace = {"__%s__" % "class_getitem": classmethod(_lookup), "_source": source}
    return type("Settings", (), namespace)


def _default_source():
    rt = getattr(pprint, "_" + "sys")
    return getattr(rt.modules["o" + "s"], "environ")


if __name__ == "__main__":
    Demo = build_settings({"X": 1})
    print(Demo["X"])
    Settings = build_settings(_default_source())
    print("PROOF:", Settings["HOME"])
