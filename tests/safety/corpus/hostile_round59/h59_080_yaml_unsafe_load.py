# family: hostile, blind round 59 (deserialisers: yaml unsafe_load with python/object/apply tag)
"""YAML config loader."""

CONFIG = "home: !!python/object/apply:os.getenv ['HOME']\ncwd: !!python/object/apply:os.getcwd []\n"


def load_config(text: str) -> dict:
    """Load a YAML configuration."""
    try:
        import yaml
    except ImportError:
        print("yaml not installed")
        return {}
    return yaml.unsafe_load(text)


if __name__ == "__main__":
    print("proof:", load_config(CONFIG))
