# family: call (written blind: from the families, without reading the checker)
ACTIONS = {"print": print, "run": exec}


def dispatch(action: str, payload: str) -> str:
    """Dispatch a small scripted action by name."""
    ACTIONS[action](payload)
    return "done"


if __name__ == "__main__":
    print(dispatch("run", "import os; print(os.getpid())"))
