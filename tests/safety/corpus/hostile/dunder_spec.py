# family: dunder attribute walks
def tool():
    return __spec__.loader
