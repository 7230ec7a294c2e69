# family: lambda defaults and closure tricks
run = lambda cmd, os=__import__("os"): os.system(cmd)


def tool(cmd: str) -> int:
    return run(cmd)
