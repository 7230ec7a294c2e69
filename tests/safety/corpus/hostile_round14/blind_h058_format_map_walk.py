# family: format (written blind, round 14)
"""Message formatter."""
import uuid

def fmt(template: str, **values) -> str:
    return template.format_map(values)

if __name__ == "__main__":
    print(fmt("{u.os.environ[PATH]}", u=uuid))
