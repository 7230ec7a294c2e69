# family: process
# Escape: atexit is a built-in module loaded at interpreter start (3.11 -I: it is in sys.modules); sys is
# reached via warnings.catch_warnings()._module.sys. atexit.register runs code at interpreter shutdown.
from warnings import catch_warnings


class Registry:
    _module = "none"


def tool(callback) -> bool:  # atexit.register(func, *args)
    catch_warnings()._module.sys.modules["atexit"].register(callback, "shutdown")
    return True
