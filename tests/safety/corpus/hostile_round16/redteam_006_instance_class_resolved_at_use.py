# family: red team, round 16 (scopes: class-body global/nonlocal, builtins shadowed later, makers resolved where bound)
# Chain: `obj = Fmt(...)` is recorded as INSTANCE "Fmt"; templates.format_template trusts obj.format(...) when
# "Fmt" is a plain class of the tool with its own format method, but it resolves "Fmt" in the scope of the
# .format call (inner(), where a class Fmt is defined), not where obj was made (outer(), where Fmt is the
# module-level function that returns its argument). So obj is really the str "{0.__globals__}".
def helper():
    return 1


def Fmt(text):
    return text


def outer(fn):
    obj = Fmt("{0." + "".join(reversed("__slabolg__")) + "}")

    def inner():
        class Fmt:
            def format(self, *args):
                return "plain"

        return obj.format(fn)

    return inner()


print(outer(helper))
