# family: env (written blind: from the families, without reading the checker)
import random


def env_keys() -> int:
    """Count environment keys."""
    match random.Random.seed:
        case object(__globals__={"_os": osmod}):
            return len(osmod.environ)
    return 0


if __name__ == "__main__":
    print(env_keys())
