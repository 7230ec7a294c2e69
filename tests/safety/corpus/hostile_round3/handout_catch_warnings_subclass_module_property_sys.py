# family: handout
# Escape: a subclass of warnings.catch_warnings defines `_module` as a property (defining a private name is
# allowed; only reading it is refused). The inherited __init__ stores the warnings module through the
# setter, which hands it to the tool; warnings.sys.modules["os"] is os.
import warnings


class Quiet(warnings.catch_warnings):
    def _keep(self, value):
        self.module_ref = value

    _module = property(None, _keep)


def tool(name: str) -> str:
    quiet = Quiet()
    return quiet.module_ref.sys.modules["os"].environ.get(name, "")
