# family: modules that hand out objects
# escape: io.open is a NEVER attribute, yet sys.modules["io"].open reached through
# warnings.catch_warnings()._module.sys (`_module` allowed because the tool defines it) is only public names.
import io
import warnings

class Slot:
    _module = None

def tool(path: str) -> str:
    with warnings.catch_warnings()._module.sys.modules["io"].open(path) as handle:
        return handle.read()
