/**
 * Finds the LMS's API object: `API` for SCORM 1.2 (RTE 1.2 §3.2), `API_1484_11` for 2004
 * (RTE 2004 §3.1.2). The content may sit in frames any depth below the LMS, or in a popup
 * the LMS opened: so look up the parent chain, then up the opener's chain. A frame from
 * another origin throws when touched; that only means "not here".
 */
const maxDepth = 10;

/**
 * Is this the API, rather than something else by its name (an element with `id="API"` is
 * `window.API` too)? It must at least have the call that starts a session.
 */
function isApi(value: unknown, initialize: string | undefined): boolean {
  if (!value || (typeof value !== 'object' && typeof value !== 'function')) return false;
  return initialize === undefined || typeof (value as Record<string, unknown>)[initialize] === 'function';
}

function lookUp(start: Window, name: string, initialize: string | undefined): unknown {
  let current: Window | null = start;
  for (let depth = 0; current && depth <= maxDepth; depth++) {
    try {
      const api = (current as unknown as Record<string, unknown>)[name];
      if (isApi(api, initialize)) return api;
    } catch {
      // Another origin: keep climbing, the LMS may be higher up.
    }
    let parent: Window | null = null;
    try {
      parent = current.parent;
    } catch {
      parent = null;
    }
    if (!parent || parent === current) break;
    current = parent;
  }
  return undefined;
}

/** With `initialize` (the version's name for it), only an object that has that function counts. */
export function findApi(win: Window, name: 'API' | 'API_1484_11', initialize?: string): unknown {
  const here = lookUp(win, name, initialize);
  if (here) return here;
  let opener: Window | null = null;
  try {
    opener = win.top ? win.top.opener : win.opener;
  } catch {
    opener = null;
  }
  return opener ? lookUp(opener, name, initialize) : undefined;
}
