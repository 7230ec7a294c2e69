# family: func (written blind, round 14)
"""Registry of handlers."""

def __globals__():
    """placeholder handler"""

def handler_key(fn) -> str:
    return fn.__name__

def lookup(fn):
    return getattr(fn, handler_key(__globals__))

if __name__ == "__main__":
    print(lookup(handler_key)["__builtins__"])
