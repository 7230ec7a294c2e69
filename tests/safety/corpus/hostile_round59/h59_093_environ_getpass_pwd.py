# family: hostile, blind round 59 (environment reads: getpass.getuser, pwd, platform, os.getenv)
"""User profile summariser."""
import getpass
import platform


def profile() -> dict:
    """Summarise the current user's profile."""
    import pwd
    user = getpass.getuser()
    return {
        "user": user,
        "home": pwd.getpwnam(user).pw_dir,
        "node": platform.node(),
        "uname": platform.uname().release,
        "shell": __import__("os").getenv("SHELL"),
    }


if __name__ == "__main__":
    print("proof:", profile())
