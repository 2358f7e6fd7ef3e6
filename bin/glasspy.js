#!/usr/bin/env node
// The `glasspy` command: runs the bundled CLI (npm install builds dist/ via `prepare`;
// tools/bundle.js explains why it is one file).
import { main } from '../dist/glasspy.mjs';

process.exitCode = main(process.argv.slice(2));
