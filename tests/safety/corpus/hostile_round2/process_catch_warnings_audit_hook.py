# family: process
# Escape: sys via warnings.catch_warnings()._module.sys; sys.addaudithook installs a permanent audit hook
# (it can never be removed) that runs on every audited event of the process.
import warnings

SEEN: list = []


class Audit:
    _module = None


def tool() -> int:
    warnings.catch_warnings()._module.sys.addaudithook(lambda event, args: SEEN.append(event))
    return len(SEEN)
