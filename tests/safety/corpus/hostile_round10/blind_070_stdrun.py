# family: stdrun (written blind, second set)
import runpy


def run(script: str) -> list[str]:
    return sorted(runpy.run_path(script))


print(run("/tmp/r10/work/blind_payload.py"))
