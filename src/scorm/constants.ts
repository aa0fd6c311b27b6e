/**
 * Every SCORM constant copack uses, in one place, each with the part of the specification
 * it comes from. SCORM 1.2: "SCORM Content Aggregation Model 1.2" (CAM) and "SCORM Run-Time
 * Environment 1.2" (RTE). SCORM 2004: "SCORM 2004 4th Edition CAM / RTE / SN" books.
 */

export type ScormVersion = 'scorm12' | 'scorm2004';

/** CAM 1.2 §2.3.2 (manifest), §2.3.6 (ADL extensions); IMS Meta-data 1.2.1 for `imsmd`. */
export const scorm12 = {
  namespaces: {
    imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
    xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  },
  /** The schema files a 1.2 package carries at its root (CAM 1.2 §2.3.8). */
  schemaFiles: ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
  schemaVersion: '1.2',
  /** RTE 1.2 §3.4.2: `cmi.suspend_data` is a CMIString4096. */
  suspendDataLimit: 4096,
} as const;

/** CAM 2004 4th Ed. §3.4 (manifest), §5 (sequencing, imsss), ADL extensions adlcp/adlseq/adlnav. */
export const scorm2004 = {
  namespaces: {
    imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
    adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
    imsss: 'http://www.imsglobal.org/xsd/imsss',
    xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  },
  schemaFiles: [
    'XMLSchema.dtd',
    'adlcp_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'datatypes.dtd',
    'imscp_v1p1.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
  ],
  schemaVersion: '2004 4th Edition',
  /** RTE 2004 4th Ed. §4.2.23: `cmi.suspend_data` holds at least 64,000 characters. */
  suspendDataLimit: 64000,
} as const;

/** Where the launch page is inside every package. */
export const launchPage = 'index.html';
