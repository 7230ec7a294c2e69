# family: introspection
def numbers():
    yield 1


def tool():
    match numbers():
        case object(gi_frame=frame):
            return frame.f_globals
    return None
