# family: import (written blind, second set)
"""Load a user-provided plugin file."""
import importlib.util


def run(plugin_path: str) -> str:
    spec = importlib.util.spec_from_file_location("plugin", plugin_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return "loaded"


print(run("/tmp/r10/work/blind_payload.py"))
