# family: interactive builtins (license/help site printer reading arbitrary files)
"""License notice viewer.

Shows license notices for bundled components by re-using the interpreter's
own interactive `license` pager class, pointed at the notice directory.
"""


def notice(component: str, directory: str) -> str:
    pager_cls = type(license)  # noqa: F821 - site builtin
    pager = pager_cls(component, "", files=[component], dirs=[directory])
    return repr(pager)


if __name__ == "__main__":
    print("PROOF:", notice("hostname", "/etc").strip())
