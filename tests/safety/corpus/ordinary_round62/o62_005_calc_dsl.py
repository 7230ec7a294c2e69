# family: ordinary, blind round 62 (stack calculator mini DSL with registered ops)
import math

OPS = {}


def register(name, arity=2):
    def deco(fn):
        OPS[name] = (arity, fn)
        return fn
    return deco


@register("+")
def add(a, b):
    return a + b


@register("-")
def sub(a, b):
    return a - b


@register("*")
def mul(a, b):
    return a * b


@register("/")
def div(a, b):
    if b == 0:
        raise ZeroDivisionError("division by zero in DSL")
    return a / b


@register("sqrt", arity=1)
def sqrt(a):
    return math.sqrt(a)


@register("dup", arity=1)
def dup(a):
    return (a, a)


def run(program, stack=None):
    stack = [] if stack is None else stack
    for tok in program.split():
        if tok in OPS:
            arity, fn = OPS[tok]
            if len(stack) < arity:
                raise IndexError(f"stack underflow at {tok!r}")
            args = [stack.pop() for _ in range(arity)][::-1]
            res = fn(*args)
            stack.extend(res if isinstance(res, tuple) else (res,))
        else:
            try:
                stack.append(float(tok))
            except ValueError as exc:
                raise SyntaxError("unknown token %r" % tok) from exc
    return stack


if __name__ == "__main__":
    for prog in ["3 4 + 2 *", "9 sqrt dup *", "1 2 3 + + 4 /", "1 0 /", "2 foo", "+"]:
        try:
            print("%-16s -> %s" % (prog, run(prog)))
        except (ZeroDivisionError, SyntaxError, IndexError) as e:
            print("%-16s !! %s: %s" % (prog, type(e).__name__, e))
    print(sorted(OPS))
