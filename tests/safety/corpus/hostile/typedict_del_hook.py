# family: dunders as dict keys in type()
def hook(self):
    print("finalizer runs outside the tool's control flow")


def tool() -> str:
    obj = type("Finalized", (object,), {"__del__": hook})()
    return repr(obj)
