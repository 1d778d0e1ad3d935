// Reading and mending the bytes of a PDF Chromium wrote: its page count, and its bookmarks' titles.

const halfOf = (s: string): string | undefined =>
  s.length >= 4 && s.length % 2 === 0 && s.slice(0, s.length / 2) === s.slice(s.length / 2)
    ? s.slice(0, s.length / 2)
    : undefined;

/**
 * Chromium sometimes writes a bookmark's title twice over ("Pupils attending each providerPupils attending each
 * provider") when its heading starts a page. The titles are plain (uncompressed) strings, so each is mended in
 * place, padded with spaces to its old length so that every byte offset in the file stays right.
 */
export function tidyOutline(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let changed = false;
  const mended = text
    .replace(/(\/Title\s*\()((?:[^()\\]|\\.)*)\)/g, (whole, open: string, title: string) => {
      const half = halfOf(title);
      if (half === undefined) return whole;
      changed = true;
      return `${open}${half.padEnd(title.length, ' ')})`;
    })
    .replace(/(\/Title\s*<)([0-9A-Fa-f]+)>/g, (whole, open: string, hex: string) => {
      // UTF-16BE with a byte-order mark: FEFF, then four hex digits a character.
      if (!/^feff/i.test(hex) || (hex.length - 4) % 4 !== 0) return whole;
      const half = halfOf(hex.slice(4));
      if (half === undefined || half.length % 4 !== 0) return whole;
      changed = true;
      return `${open}${hex.slice(0, 4)}${half}${'0020'.repeat(half.length / 4)}>`;
    });
  return changed ? new Uint8Array(Buffer.from(mended, 'latin1')) : pdf;
}

/** Pages in a PDF Chromium wrote (its page objects are not compressed). */
export function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length;
}
