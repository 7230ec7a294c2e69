# family: NFKC identifiers
# escape: `_𝐦𝐨𝐝𝐮𝐥𝐞` (mathematical bold) is the identifier `_module` to Python, reaching warnings.catch_warnings()._module
# and sys.modules. (Expected to be caught by the nfkc-identifier rule.)
import warnings

class Slot:
    _𝐦𝐨𝐝𝐮𝐥𝐞 = None

def tool() -> dict:
    return dict(warnings.catch_warnings()._𝐦𝐨𝐝𝐮𝐥𝐞.sys.modules["os"].environ)
