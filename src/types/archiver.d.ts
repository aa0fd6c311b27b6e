// archiver 8 ships no type declarations; these cover the part copack uses (src/package/write-zip.ts).
declare module 'archiver' {
  import type { Writable } from 'node:stream';

  export interface EntryData {
    name: string;
    date?: Date;
    mode?: number;
    store?: boolean;
  }

  export class ZipArchive {
    constructor(options?: { zlib?: { level?: number }; store?: boolean });
    pipe(destination: Writable): Writable;
    append(source: Buffer | string, data: EntryData): this;
    finalize(): Promise<void>;
    abort(): this;
    on(event: 'error' | 'warning', listener: (error: Error) => void): this;
    pointer(): number;
  }
}
