# family: hook (written blind: from the families, without reading the checker)
import signal


def arm(seconds: int = 1) -> str:
    """Arm a timeout."""
    signal.signal(signal.SIGALRM, lambda *a: None)
    signal.alarm(seconds)
    return "armed"


if __name__ == "__main__":
    print(arm())
