/**
 * Manifest identifiers: stable across builds, derived from the course id and version, and
 * valid `xs:ID`s (an NCName: a letter or `_` first; letters, digits, `.`, `-`, `_` after).
 * An LMS matches a re-uploaded package to its earlier version by these, so they must never
 * be random; the version is in the manifest's own identifier so a new version is new.
 */
export function manifestIds(courseId: string, version: string) {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, '_');
  const base = `copack-${safe(courseId)}`;
  return {
    manifest: `${base}-v${safe(version)}`,
    organization: `${base}-org`,
    rootItem: `${base}-course`,
    scoItem: `${base}-sco`,
    resource: `${base}-resource`,
    objective: `${base}-passed`,
  };
}

/** NCName, as XML Schema Part 2 §3.3.7 and Namespaces in XML §3 define it (ASCII subset). */
export const isXsId = (value: string) => /^[A-Za-z_][A-Za-z0-9._-]*$/.test(value);
