# family: dangerous calls
OPERATIONS = {"add": lambda a, b: a + b, "raw": eval}


def tool(op: str, *args):
    return OPERATIONS[op](*args)
