// The real consumer of the schemas: yaml-language-server (what editors run for YAML: VS Code's Red Hat
// extension, Neovim, Helix, Emacs, Zed…), spoken to over the Language Server Protocol on stdio, as an editor
// does. The register and a placement file init writes are opened with an impossible date (2026-02-30) and the
// server, finding the schema from the file's modeline, must report a diagnostic on that line; with a real date
// it reports nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initFiles } from '../../src/init/files.js';
import { tempDir } from '../support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');

interface Diagnostic {
  range: { start: { line: number } };
  message: string;
}

/** A minimal LSP client: Content-Length framed JSON-RPC over the server's stdin and stdout. */
class Client {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (result: unknown) => void>();
  private diagnostics = new Map<string, (d: Diagnostic[]) => void>();
  constructor(private readonly server: ChildProcess) {
    server.stdout!.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())![1]);
        if (this.buffer.length < end + 4 + length) return;
        const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
        this.buffer = this.buffer.subarray(end + 4 + length);
        this.receive(message);
      }
    });
  }
  private send(message: object) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.server.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin!.write(body);
  }
  private receive(m: {
    id?: number;
    method?: string;
    params?: { uri: string; diagnostics: Diagnostic[] };
    result?: unknown;
  }) {
    if (m.method === 'textDocument/publishDiagnostics') this.diagnostics.get(m.params!.uri)?.(m.params!.diagnostics);
    else if (m.method && m.id !== undefined) {
      // Requests from the server: its settings (validation on), and capability registrations (accepted).
      const result =
        m.method === 'workspace/configuration' ? [{ validate: true, schemaStore: { enable: false } }] : null;
      this.send({ id: m.id, result });
    } else if (m.id !== undefined) this.pending.get(m.id)?.(m.result);
  }
  request(method: string, params: object): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }
  notify(method: string, params: object) {
    this.send({ method, params });
  }
  /** Opens a document and waits for the diagnostics the server publishes for it. */
  open(uri: string, text: string): Promise<Diagnostic[]> {
    return new Promise((resolve) => {
      this.diagnostics.set(uri, resolve);
      this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    });
  }
}

let server: ChildProcess, client: Client, dir: string;
beforeAll(async () => {
  dir = tempDir();
  for (const f of initFiles('2025-12-01', '0.0.0')) {
    mkdirSync(join(dir, f.path, '..'), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  client = new Client(server);
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: { workspace: { configuration: true } },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', {
    settings: { yaml: { validate: true, schemaStore: { enable: false } } },
  });
}, 60_000);
afterAll(() => server?.kill());

const REGISTER_DATE = '    part_time_timetable:\n      agreed_with_parent: DATE\n      review_date: 2026-03-01\n';
const registerWith = (text: string, date: string) =>
  text.replace('    # part_time_timetable:', `${REGISTER_DATE.replace('DATE', date)}    # part_time_timetable:`);

describe('yaml-language-server with the schemas init writes', () => {
  it.each([
    ['pupils.yaml', (t: string, d: string) => registerWith(t, d), 'agreed_with_parent: '],
    [
      'placements/example-provider.yaml',
      (t: string, d: string) => t.replace(/start_date: [\d-]+/, `start_date: ${d}`),
      'start_date: ',
    ],
  ])(
    '%s: 2026-02-30 is a diagnostic on its line; 2028-02-29 is none',
    async (path, change, field) => {
      const text = initFiles('2025-12-01', '0.0.0').find((f) => f.path === path)!.text;
      expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
      const uri = (n: number) => pathToFileURL(join(dir, path.replace(/\.yaml$/, `-${n}.yaml`))).href;
      const good = await client.open(uri(1), change(text, '2028-02-29'));
      expect(good).toEqual([]);
      const bad = change(text, '2026-02-30');
      const line = bad.split('\n').findIndex((l) => l.includes(`${field}2026-02-30`));
      expect(line).toBeGreaterThan(0);
      const found = await client.open(uri(2), bad);
      expect(found.map((d) => d.range.start.line)).toEqual([line]);
    },
    60_000,
  );
});
