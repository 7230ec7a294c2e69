# family: process hooks
# escape: catch_warnings()._module.sys (the private `_module` is allowed because the tool defines it) is sys;
# sys.settrace installs a trace function that sees every later frame of the process.
import warnings

class Keep:
    _module = None

def tool(hook):
    warnings.catch_warnings()._module.sys.settrace(hook)
    return True
