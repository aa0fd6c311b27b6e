#!/usr/bin/env node
// Plain JavaScript that even an old Node can read, so it can say why copack will not run.
var major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  process.stderr.write('copack: needs Node.js 20 or newer; this is Node.js ' + process.versions.node + '.\n');
  process.exit(2);
}
import('../dist/cli-entry.js').catch(function (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).indexOf('dist') !== -1) {
    process.stderr.write('copack: it is not compiled yet. Run `npm install` in the copack folder first.\n');
  } else {
    process.stderr.write('copack: could not start: ' + (error && error.message) + '\n');
  }
  process.exit(2);
});
