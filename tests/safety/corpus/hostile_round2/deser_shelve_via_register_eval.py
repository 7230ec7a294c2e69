# family: deserialisers
# escape: singledispatch.register(cls=f) is not the one-positional .register form the checker inspects; it eval()s
# f's annotation, here a run-time string "__import__('shelve').open(path)..." that unpickles a shelf from disk.
import functools

@functools.singledispatch
def load(value):
    return value

def tool(code: str):
    def handler(value: code):
        return value
    load.register(cls=handler)
    return load(1)
