# family: typedict
# Escape: type(Exception) is the metaclass type; the checker only treats type(<name>) as "metaclass of a class"
# for its list of builtin classes (int, str, ...), not for exception classes. Calling it with three arguments
# builds a class whose __del__ (key made by "__{}__".format, never folded) runs the hook at collection time.
def tool(hook) -> str:
    make = type(Exception)
    key = "__{}__".format("del")
    Finalized = make("Finalized", (), {key: hook})
    return repr(Finalized())
