# family: process hooks
import signal


def tool() -> None:
    signal.signal(signal.SIGALRM, signal.SIG_IGN)
