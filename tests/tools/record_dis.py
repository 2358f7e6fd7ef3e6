"""Record CPython 3.11's disassembly of the dis test corpus.

For every tests/dis/corpus/NAME.py, runs tests/dis/driver.py NAME under this interpreter
(CPython 3.11) and writes its JSON to tests/dis/expected/NAME.json; likewise for the API
programs tests/dis/api/NAME.py, whose whole output is stored in tests/dis/expected/api_NAME.txt.
tests/dis.test.ts runs the same programs with glasspy and compares.
Usage: python3 tests/tools/record_dis.py [NAME ...]
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIS = os.path.join(HERE, '..', 'dis')
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))


def normalise(text):
    """The checkout's path becomes <ROOT>, addresses 0xADDR (tests/dis.test.ts does the same to glasspy's output)."""
    return re.sub(r'0x[0-9a-f]{6,}', '0xADDR', text.replace(ROOT, '<ROOT>'))


def main(names):
    assert sys.version_info[:2] == (3, 11), 'record with CPython 3.11'
    corpus = sorted(f[:-3] for f in os.listdir(os.path.join(DIS, 'corpus')) if f.endswith('.py'))
    api = sorted(f[:-3] for f in os.listdir(os.path.join(DIS, 'api')) if f.endswith('.py'))
    os.makedirs(os.path.join(DIS, 'expected'), exist_ok=True)
    env = dict(os.environ, PYTHONHASHSEED='0')
    chosen = [name for name in corpus if not names or name in names]
    if chosen:
        out = subprocess.run([sys.executable, os.path.join(DIS, 'driver.py'), *chosen], env=env,
                             check=True, capture_output=True, text=True).stdout
        results = json.loads(normalise(out))
        for name in chosen:
            with open(os.path.join(DIS, 'expected', name + '.json'), 'w') as f:
                f.write(json.dumps(results[name], indent=1, sort_keys=True) + '\n')
            print('recorded', name)
    for name in api:
        if names and name not in names:
            continue
        # Run from tests/dis so relative file names are the same for both interpreters.
        r = subprocess.run([sys.executable, os.path.join('api', name + '.py')], env=env, cwd=DIS,
                           capture_output=True, text=True)
        with open(os.path.join(DIS, 'expected', 'api_' + name + '.txt'), 'w') as f:
            f.write(normalise(r.stdout + ('--- stderr\n' + r.stderr if r.stderr else '')))
        print('recorded api', name)


if __name__ == '__main__':
    main(sys.argv[1:])
