// Copies non-TypeScript assets (the Python standard library files) next to the compiled engine.
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const src = path.join(root, 'engine/modules/lib');
const dst = path.join(root, 'dist/engine/modules/lib');
fs.rmSync(dst, { recursive: true, force: true });
fs.mkdirSync(dst, { recursive: true });
if (fs.existsSync(src)) fs.cpSync(src, dst, { recursive: true });
