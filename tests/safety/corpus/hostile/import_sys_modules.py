# family: imports
import sys


def tool(cmd: str):
    return sys.modules["os"].system(cmd)
