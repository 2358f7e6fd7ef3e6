# An interpreter-style loop: dispatch on opcodes stored in a list, a value stack.
PUSH, ADD, MUL, DUP, POP, JNZ, DEC = range(7)
def run(code, n):
    stack = [n, 0]
    pc = 0
    steps = 0
    while pc < len(code):
        op = code[pc]
        steps += 1
        if op == PUSH:
            stack.append(code[pc + 1]); pc += 2
        elif op == ADD:
            b = stack.pop(); a = stack.pop(); stack.append(a + b); pc += 1
        elif op == MUL:
            b = stack.pop(); a = stack.pop(); stack.append(a * b); pc += 1
        elif op == DUP:
            stack.append(stack[-1]); pc += 1
        elif op == POP:
            stack.pop(); pc += 1
        elif op == DEC:
            stack[0] -= 1; pc += 1
        elif op == JNZ:
            pc = code[pc + 1] if stack[0] else pc + 2
    return stack, steps
prog = [PUSH, 3, ADD, DEC, JNZ, 0]
print(run(prog, 250000))
