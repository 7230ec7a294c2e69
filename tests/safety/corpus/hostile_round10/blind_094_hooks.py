# family: hooks (written blind, second set)
import signal


def run(seconds: int) -> str:
    signal.signal(signal.SIGALRM, lambda s, f: print("alarm in", f.f_code.co_filename))
    signal.alarm(seconds)
    return "armed"


print(run(1))
