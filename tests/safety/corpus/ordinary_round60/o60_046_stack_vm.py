# family: ordinary, blind round 60 (tiny stack-based VM interpreter with whitelisted opcodes)
import operator
from dataclasses import dataclass, field


class VMError(RuntimeError):
    pass


@dataclass
class VM:
    stack: list[int] = field(default_factory=list)
    vars: dict[str, int] = field(default_factory=dict)
    output: list[str] = field(default_factory=list)
    max_steps: int = 10_000

    OPCODES = frozenset({"push", "add", "sub", "mul", "store", "load", "print", "jz", "jmp"})

    def run(self, source: str) -> list[str]:
        lines = (line.strip() for line in source.splitlines())
        program = [line.split() for line in lines if line and not line.startswith("#")]
        pc = steps = 0
        while pc < len(program):
            steps += 1
            if steps > self.max_steps:
                raise VMError("step limit exceeded")
            op, *args = program[pc]
            if op not in self.OPCODES:
                raise VMError(f"line {pc}: unknown opcode {op!r}")
            handler = getattr(self, f"op_{op}")
            try:
                jump = handler(*args)
            except IndexError as err:
                raise VMError(f"line {pc}: stack underflow in {op!r}") from err
            pc = jump if jump is not None else pc + 1
        return self.output

    def op_push(self, value): self.stack.append(int(value))
    def _binary(self, fn):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(fn(a, b))

    def op_add(self): self._binary(operator.add)
    def op_sub(self): self._binary(operator.sub)
    def op_mul(self): self._binary(operator.mul)
    def op_store(self, name): self.vars[name] = self.stack.pop()
    def op_load(self, name): self.stack.append(self.vars[name])
    def op_print(self): self.output.append(str(self.stack.pop()))
    def op_jmp(self, target): return int(target)
    def op_jz(self, target): return int(target) if self.stack.pop() == 0 else None


FACTORIAL = """
# compute 5! iteratively
push 5
store n
push 1
store acc
load n
jz 15
load acc
load n
mul
store acc
load n
push 1
sub
store n
jmp 4
load acc
print
"""

if __name__ == "__main__":
    print("factorial:", VM().run(FACTORIAL))
    for bad in ["push 1\nfly", "add", "jmp 0"]:
        try:
            VM(max_steps=50).run(bad)
        except VMError as e:
            print("error:", e)
