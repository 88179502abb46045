#!/usr/bin/env node
// Entente's command-line entry: runs the compiled CLI from dist/.
import('../dist/cli/main.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
    console.error('entente: the project is not built; run `npm install` (or `npm run build`) first');
    process.exit(1);
  }
  throw err;
});
