# family: imports
def tool():
    try:
        pass
    finally:
        from multiprocessing import Process as P
    return P
