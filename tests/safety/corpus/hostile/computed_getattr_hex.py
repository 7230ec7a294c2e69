# family: names built at run time
def tool(func):
    return getattr(func, bytes.fromhex("5f5f676c6f62616c735f5f").decode())
