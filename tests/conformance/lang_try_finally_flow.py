# try/finally with break, continue and return: what runs, in which order, and what wins.
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                print('breaking at', i)
                break
            print('body', i)
        finally:
            print('finally', i)
    else:
        print('no else after break')
    return i

print(loop_break())

def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out

print(loop_continue())

def finally_overrides_return():
    try:
        return 'from try'
    finally:
        print('finally runs before the return completes')

print(finally_overrides_return())

def finally_break_swallows():
    for _ in range(3):
        try:
            raise ValueError('lost')
        finally:
            break
    return 'exception swallowed by break'

print(finally_break_swallows())

def nested():
    log = []
    while True:
        try:
            try:
                log.append('inner try')
                continue
            finally:
                log.append('inner finally')
                if len(log) > 4:
                    break
        finally:
            log.append('outer finally')
    return log

print(nested())

def return_in_loop_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'loop ended'

print(return_in_loop_finally())

def exception_in_finally():
    try:
        try:
            raise KeyError('first')
        finally:
            raise ValueError('second')
    except ValueError as e:
        return f'{e!r} with context {e.__context__!r}'

print(exception_in_finally())

def while_else():
    n = 0
    while n < 3:
        try:
            n += 1
            if n == 10:
                break
        finally:
            print('tick', n)
    else:
        print('while else ran')

while_else()
count = 0
for word in ['a', 'b', 'c']:
    try:
        if word == 'b':
            continue
        count += 1
    finally:
        print('visited', word)
print(count)
try:
    for x in [1]:
        try:
            raise RuntimeError('escapes the loop')
        finally:
            print('cleanup before the traceback')
finally:
    print('outer cleanup')
