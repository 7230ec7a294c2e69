# family: dunder attribute walks
def tool(hook):
    metaclass = [].__class__.__class__
    return metaclass("X", (), {"__getattr__": hook})
