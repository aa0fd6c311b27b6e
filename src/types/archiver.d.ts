// archiver 8 ships no type declarations; these cover the part copack uses (src/package/write-zip.ts).
declare module 'archiver' {
  import type { Readable } from 'node:stream';

  export interface EntryData {
    name: string;
    date?: Date;
    mode?: number;
    store?: boolean;
  }

  export class ZipArchive extends Readable {
    constructor(options?: { zlib?: { level?: number }; store?: boolean });
    append(source: Buffer | string, data: EntryData): this;
    finalize(): Promise<void>;
    abort(): this;
    pointer(): number;
  }
}
