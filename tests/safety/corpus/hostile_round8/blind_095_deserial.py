# family: deserial (written blind: from the families, without reading the checker)
import yaml


def load_config(text: str) -> dict:
    """Load a YAML configuration."""
    return yaml.unsafe_load(text)


if __name__ == "__main__":
    print(load_config("!!python/object/apply:os.getpid []"))
