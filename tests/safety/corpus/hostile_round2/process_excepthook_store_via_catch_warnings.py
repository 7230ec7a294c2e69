# family: process hooks
# escape: the assignment target `warnings.catch_warnings()._module.sys.excepthook` starts from a call, not a
# module name, so no module-mutation rule applies, and `_module` is allowed because the tool defines it: the
# process-wide sys.excepthook is replaced.
import warnings

class Slot:
    _module = None

def tool(hook) -> bool:
    warnings.catch_warnings()._module.sys.excepthook = hook
    return True
