# family: process hooks
import threading


def tool() -> None:
    threading.Thread(target=print, args=("background",), daemon=True).start()
