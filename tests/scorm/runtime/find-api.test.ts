import { describe, expect, it } from 'vitest';
import { findApi } from '../../../src/scorm/runtime/find-api.js';

/** Fake windows: `parent` of the top is itself, as in browsers. */
function frameChain(depth: number, apiAt: number | undefined, crossOriginAt?: number): Window {
  const frames: Array<Record<string, unknown>> = [];
  for (let i = 0; i <= depth; i++) frames.push({});
  frames.forEach((frame, i) => {
    frame.parent = i === 0 ? frame : frames[i - 1];
    if (i === apiAt) frame.API = { name: `api-at-${i}` };
  });
  if (crossOriginAt !== undefined) {
    frames[crossOriginAt] = new Proxy(frames[crossOriginAt]!, {
      get(target, key) {
        if (key === 'parent') return target.parent;
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    frames[crossOriginAt + 1]!.parent = frames[crossOriginAt];
  }
  const content = frames[depth]!;
  content.top = frames[0];
  return content as unknown as Window;
}

describe('findApi', () => {
  it('finds the API in the window itself or any parent up to ten levels', () => {
    expect(findApi(frameChain(0, 0), 'API')).toEqual({ name: 'api-at-0' });
    expect(findApi(frameChain(3, 0), 'API')).toEqual({ name: 'api-at-0' });
  });

  it('climbs past a frame from another origin', () => {
    expect(findApi(frameChain(3, 0, 2), 'API')).toEqual({ name: 'api-at-0' });
  });

  it('looks in the opener when the content is a popup', () => {
    const lms = { API_1484_11: { name: 'opener-api' } } as Record<string, unknown>;
    lms.parent = lms;
    const popup = { opener: lms } as Record<string, unknown>;
    popup.parent = popup;
    popup.top = popup;
    expect(findApi(popup as unknown as Window, 'API_1484_11')).toEqual({ name: 'opener-api' });
  });

  it('gives up after ten levels and when there is none', () => {
    expect(findApi(frameChain(12, 0), 'API')).toBeUndefined();
    expect(findApi(frameChain(2, undefined), 'API')).toBeUndefined();
  });
});
