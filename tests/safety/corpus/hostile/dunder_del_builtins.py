# family: dunder attribute walks
def tool():
    global __builtins__
    saved = __builtins__
    del __builtins__
    return saved
