"""Record CPython 3.11's stdout, stderr and exit status for the conformance programs.

Runs `python3 tests/conformance/NAME.py` from the repository root with PYTHONHASHSEED=0
(glasspy always hashes as with seed 0), stdin from NAME.stdin when present, and writes
tests/conformance/expected/NAME.json.  Output is normalised the same way the test runner
normalises glasspy's: the repository path becomes <ROOT>, addresses become 0xADDR.
Usage: python3 tests/tools/record_goldens.py [NAME ...]
"""
import json, os, re, subprocess, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
CONF = os.path.join(ROOT, 'tests', 'conformance')

def normalise(s):
    s = s.replace(ROOT, '<ROOT>')
    return re.sub(r'0x[0-9a-f]{6,}', '0xADDR', s)

def record(name):
    src = os.path.join('tests', 'conformance', name + '.py')
    stdin_path = os.path.join(CONF, name + '.stdin')
    stdin = open(stdin_path, 'rb').read() if os.path.exists(stdin_path) else b''
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1', PYTHONIOENCODING='utf-8')
    r = subprocess.run([sys.executable, src], cwd=ROOT, input=stdin, capture_output=True, env=env, timeout=60)
    out = {'stdout': normalise(r.stdout.decode('utf-8', 'replace')), 'stderr': normalise(r.stderr.decode('utf-8', 'replace')), 'status': r.returncode}
    with open(os.path.join(CONF, 'expected', name + '.json'), 'w') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')

if __name__ == '__main__':
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(CONF) if f.endswith('.py'))
    for n in names:
        record(n)
    print(f'recorded {len(names)} programs')
