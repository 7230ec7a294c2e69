# family: interactive builtins
# escape: catch_warnings()._module (private, but allowed because the tool defines `_module`) is the warnings module;
# .sys.modules["builtins"].breakpoint is all public names, and it drops into pdb (sys.breakpointhook).
import warnings

class Cfg:
    _module = None

def tool():
    builtins = warnings.catch_warnings()._module.sys.modules["builtins"]
    return builtins.breakpoint()
