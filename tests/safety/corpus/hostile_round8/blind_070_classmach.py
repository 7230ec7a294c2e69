# family: classmach (written blind: from the families, without reading the checker)
import random


class EnvView:
    def __get__(self, obj, owner):
        return dict(random._os.environ)


class Config:
    env = EnvView()


def env_count() -> int:
    """Count configuration keys."""
    return len(Config().env)


if __name__ == "__main__":
    print(env_count())
