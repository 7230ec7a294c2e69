# family: lambda defaults and closure tricks
def tool():
    gen = (lambda: (yield))()
    next(gen)
    return gen.gi_frame.f_back.f_globals
