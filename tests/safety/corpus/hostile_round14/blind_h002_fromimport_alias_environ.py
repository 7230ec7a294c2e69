# family: fromimport (written blind, round 14)
"""Settings lookup helper."""
from os import environ as settings_store

def get_setting(name: str, default: str = "") -> str:
    return settings_store.get(name, default)

if __name__ == "__main__":
    print(get_setting("PATH"))
