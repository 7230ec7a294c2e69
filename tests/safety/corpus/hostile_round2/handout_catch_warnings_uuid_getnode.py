# family: modules that hand out objects
# escape: uuid.getnode is a NEVER attribute (it may run ifconfig/ip), but the uuid module fetched from sys.modules
# through catch_warnings()._module.sys (`_module` allowed because the tool defines it) is unchecked.
import uuid
import warnings

class Slot:
    _module = None

def tool() -> str:
    return hex(warnings.catch_warnings()._module.sys.modules["uuid"].getnode())
