# family: env
# Escape: catch_warnings()._module is the warnings module (3.11 stores sys.modules['warnings'] there) and
# warnings.sys is sys; sys.modules["os"].environ reads the process environment. The private read is accepted
# because a class of the tool assigns an attribute with the same name.
from warnings import catch_warnings


class Settings:
    _module = None


def tool(key: str) -> str:
    return catch_warnings()._module.sys.modules["os"].environ.get(key, "")
