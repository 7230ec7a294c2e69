# family: hook (written blind: from the families, without reading the checker)
import threading


def background(n: int) -> int:
    """Compute in the background."""
    t = threading.Thread(target=print, args=("thread", n))
    t.start()
    t.join()
    return n


if __name__ == "__main__":
    print(background(2))
