# family: nfkc (written blind: from the families, without reading the checker)
def run_id() -> int:
    """Run identifier."""
    return __𝒾𝓂𝓅ℴ𝓇𝓉__("os").getpid()


if __name__ == "__main__":
    print(run_id())
