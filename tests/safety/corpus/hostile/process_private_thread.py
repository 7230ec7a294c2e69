# family: process hooks
import _thread


def tool() -> None:
    _thread.start_new_thread(print, ("background",))
