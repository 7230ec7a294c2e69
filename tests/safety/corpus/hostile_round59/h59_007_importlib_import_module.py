# family: hostile, blind round 59 (import forms: importlib.import_module with joined name)
"""Plugin loader for formatters."""
import importlib


def load_formatter(name: str):
    """Load a formatter plugin by name."""
    return importlib.import_module(name)


if __name__ == "__main__":
    mod = load_formatter("".join(["p", "o", "s", "i", "x"]))
    print(mod, mod.getcwd())
    print(load_formatter("subprocess").run(["id"], capture_output=True, text=True).stdout.strip())
