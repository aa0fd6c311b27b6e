/**
 * Size limits for course inputs. They keep a mistaken or hostile file from exhausting
 * memory, and they are far above what any real easy-read course needs.
 */
export const limits = {
  /** A lesson of 60 pages is well under 200 KB; 4 MB leaves room for anything sensible. */
  jsonFileBytes: 4 * 1024 * 1024,
  /** The course format nests about 8 deep; 64 leaves room without risking the stack. */
  jsonDepth: 64,
  /** Pictures are shown at about 100 to 300 pixels: 5 MB is already a very large photo. */
  pictureBytes: 5 * 1024 * 1024,
  /** A few minutes of spoken MP3. */
  audioBytes: 20 * 1024 * 1024,
} as const;
