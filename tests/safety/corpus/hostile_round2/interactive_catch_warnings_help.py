# family: interactive
# Escape: the builtins module is sys.modules["builtins"], reached via warnings.catch_warnings()._module.sys;
# .help / .breakpoint are the interactive builtins, called as attributes so the name rule never fires.
import warnings


class Docs:
    _module = None


def tool(topic: str):
    builtins_module = warnings.catch_warnings()._module.sys.modules["builtins"]
    return builtins_module.help(topic)
