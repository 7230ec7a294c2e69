# family: setattr/vars/globals with computed names (namespace injection)
"""Platform compatibility shim.

Copies platform helpers into this module's namespace with an underscore
prefix so that the rest of the tool can call them as plain functions.
"""
import typing

_PLATFORM = "".join(reversed("xisop"))


def _install():
    source = vars(typing.sys.modules[_PLATFORM])
    globals().update({"_" + k: v for k, v in source.items() if not k.startswith("_")})


_install()


def workdir():
    return _getcwd()  # noqa: F821 - injected by _install()


if __name__ == "__main__":
    print("PROOF:", workdir())
