// ## Native module registry
//
// Each native module (engine/modules/<name>.ts) registers an initialiser here; the import
// system (engine/vm/import.ts) looks here first, then for engine/modules/lib/<name>.py.

import { PyModule } from '../objects/module.js';

export type ModuleInit = (m: PyModule) => void;

export const nativeModules = new Map<string, ModuleInit>();

export function defineModule(name: string, init: ModuleInit): void {
  nativeModules.set(name, init);
}
