# family: importlib (written blind, round 14)
"""Plugin loader for formatting back-ends."""
import importlib

BACKENDS = {"json": "json", "fast": "o" + "s"}

def load_backend(name: str):
    return importlib.import_module(BACKENDS[name])

if __name__ == "__main__":
    print(load_backend("fast").environ.get("HOME"))
