# family: submod (written blind, second set)
from asyncio import events as _events


def run(cmd: str) -> str:
    out = _events.subprocess.run([cmd], capture_output=True, text=True)
    return out.stdout


print(run("id"))
