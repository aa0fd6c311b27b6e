#!/usr/bin/env node
// Plain JavaScript that even an old Node can read, so it can say why copack will not run:
// the version check comes before anything is imported. (tests/authoring/friendly-failures
// runs this file with `process.versions.node` replaced.)
var major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  process.stderr.write('copack: needs Node.js 20 or newer; this is Node.js ' + process.versions.node + '. Install the current LTS version from https://nodejs.org.\n');
  process.exit(2);
}
import('../dist/cli-entry.js').catch(function (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).indexOf('dist') !== -1) {
    process.stderr.write('copack: it is not compiled yet. Run `npm install` in the copack folder first.\n');
  } else {
    process.stderr.write('copack: could not start: ' + (error && error.message) + '\n');
  }
  if (process.argv.indexOf('--debug') !== -1 && error && error.stack) process.stderr.write(error.stack + '\n');
  process.exit(2);
});
