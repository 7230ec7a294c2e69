# family: environment reads
# escape: warnings.catch_warnings() keeps the warnings module in `_module`; the checker accepts the private read
# because the tool also defines a `_module` attribute, and .sys.modules["os"].environ is all public names.
import warnings

class State:
    _module = None

def tool() -> dict:
    return dict(warnings.catch_warnings()._module.sys.modules["os"].environ)
