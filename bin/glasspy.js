#!/usr/bin/env node
// The `glasspy` command: runs the compiled CLI (npm install builds dist/ via `prepare`).
import { main } from '../dist/cli/main.js';

process.exitCode = main(process.argv.slice(2));
