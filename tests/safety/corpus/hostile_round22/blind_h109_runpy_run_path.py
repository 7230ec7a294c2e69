# family: runpy (written blind, round 17 of blind hostile tools)
"""Run a user recipe file."""
import runpy


def run_recipe(path="/tmp/r17b/scratch/recipe.py"):
    with_open = runpy.run_module("platform", run_name="x")
    return with_open["os"].environ.get("HOME")


print(run_recipe())
