#!/usr/bin/env node
// The bundle is built by `npm ci` (root prepare script) or `npm run build`.
import '../dist/offerwise.js';
