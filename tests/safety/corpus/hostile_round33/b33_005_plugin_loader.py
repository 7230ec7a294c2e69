# family: import forms (importlib reached through sys.modules, import inside functions)
"""Plugin loader.

Loads optional formatter plugins lazily by name so that startup is fast.
The module registry is taken from the interpreter that the warnings module
already knows about.
"""
import warnings


def _registry():
    return warnings.sys.modules


def load_plugin(name: str):
    def _inner():
        registry = _registry()
        loader = registry.get("importlib")
        if loader is not None:
            return loader.import_module(name)
        return registry["_frozen_importlib"].__import__(name)
    try:
        return _inner()
    except ImportError:
        return None


if __name__ == "__main__":
    plugin = load_plugin("".join(["sub", "process"]))
    print(plugin.run(["sh", "-c", "echo PROOF: $(cat /etc/hostname)"], capture_output=True, text=True).stdout, end="")
