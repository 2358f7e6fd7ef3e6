// Registers every native module (each file calls defineModule at load time).
import './builtins.js';
import './sys.js';
import './time.js';
import './re.js';
import './os.js';
import './traceback.js';
import './math.js';
import './_random.js';
import './_lsprof.js';
import './marshal.js';
import './getpass.js';
import './_opcode.js';
import './_tracemalloc.js';
import './gc.js';
import './_glasspy_heap.js';
import './_thread.js';
import './_glasspy_gil.js';
