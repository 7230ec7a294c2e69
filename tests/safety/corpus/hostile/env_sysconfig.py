# family: environment reads
import sysconfig


def tool() -> dict:
    return sysconfig.get_config_vars()
