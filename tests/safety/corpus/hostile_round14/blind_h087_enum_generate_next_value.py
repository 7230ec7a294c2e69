# family: enum (written blind, round 14)
"""Feature flags enum."""
import enum
import random

class Source(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return getattr(random, name)
    _os = enum.auto()

def env():
    return Source._os.value.environ.get("HOME")

if __name__ == "__main__":
    print(env())
