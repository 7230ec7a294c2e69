# family: dunder attribute walks
def tool():
    return __loader__.load_module("os").getcwd()
