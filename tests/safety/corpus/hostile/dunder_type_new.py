# family: dunder attribute walks
def tool(hook):
    cls = type.__new__(type, "Hooked", (), {"__del__": hook})
    return cls()
