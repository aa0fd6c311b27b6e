// The page's script: the site UI, talking to the LMS plugin.
import { connectLms } from '../../scorm/runtime/connect.js';
import { startSite } from './site.js';

const courseId = (() => {
  try {
    return (JSON.parse(document.getElementById('copack-data')?.textContent || '{}') as { course?: string }).course ?? 'course';
  } catch {
    return 'course';
  }
})();
startSite(connectLms(courseId));
