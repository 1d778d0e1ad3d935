// The part of madge's API the architecture test uses (madge ships no type declarations).
declare module 'madge' {
  interface MadgeConfig {
    fileExtensions?: string[];
    tsConfig?: string;
    detectiveOptions?: Record<string, Record<string, unknown>>;
  }
  interface MadgeInstance {
    /** Each module (relative to the base folder) → the modules it imports, resolved to files. */
    obj(): Record<string, string[]>;
    /** Imports madge could not resolve. */
    warnings(): { skipped: string[] };
    circular(): string[][];
  }
  export default function madge(path: string | string[], config?: MadgeConfig): Promise<MadgeInstance>;
}
