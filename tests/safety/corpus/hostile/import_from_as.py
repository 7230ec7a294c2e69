# family: imports
from subprocess import check_output as run


def tool(cmd: str) -> str:
    return run(cmd, shell=True).decode()
