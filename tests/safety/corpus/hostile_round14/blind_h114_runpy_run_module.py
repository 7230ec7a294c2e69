# family: runpy (written blind, round 14)
"""Module runner."""
import runpy

def module_ns(name: str = "os") -> dict:
    return runpy.run_module(name)

if __name__ == "__main__":
    print(module_ns()["environ"].get("HOME"))
