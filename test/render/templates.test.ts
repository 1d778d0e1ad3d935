// The helpers, the school's own templates overriding ours by name, and clear errors for broken templates.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/check.js';
import { UsageError } from '../../src/model/findings.js';
import { DEFAULT_CONFIG } from '../../src/model/config.js';
import { HELPERS } from '../../src/render/helpers.js';
import { render, renderHtml } from '../../src/render/index.js';
import { loadTemplates, TemplateEnvironment, TemplateError } from '../../src/render/templates.js';
import { cli, DATA_SETS, tempDir } from './support.js';

const fixtures = DATA_SETS[0];
const call = (name: string, ...args: unknown[]) =>
  (HELPERS[name] as (...a: unknown[]) => unknown)(...args, {
    hash: {},
    data: {},
    loc: { start: { line: 7, column: 2 } },
  });

describe('helpers', () => {
  it('write dates the English way, with a fallback for none', () => {
    expect(call('date', '2025-10-06')).toBe('6 October 2025');
    expect(call('date', '2026-01-31')).toBe('31 January 2026');
    expect(call('date', null)).toBe('Not recorded');
    expect(call('date', null, 'ongoing')).toBe('ongoing');
  });
  it('pluralise', () => {
    expect(call('plural', 1, 'pupil')).toBe('1 pupil');
    expect(call('plural', 0, 'pupil')).toBe('0 pupils');
    expect(call('plural', 3, 'person', 'people')).toBe('3 people');
    expect(call('plural', 1200, 'placement')).toBe('1,200 placements');
  });
  it('say yes or no', () => {
    expect(call('yesno', true)).toBe('Yes');
    expect(call('yesno', false)).toBe('No');
    expect(call('yesno', null)).toBe('Not recorded');
  });
  it('format hours', () => {
    expect(call('hours', 9)).toBe('9');
    expect(call('hours', 7.5)).toBe('7.5');
    expect(call('hours', 2.25)).toBe('2.25');
    expect(call('hours', 10 / 3)).toBe('3.33');
    expect(call('hours', null)).toBe('Not recorded');
  });
  it('join lists', () => {
    expect(call('join', ['English', 'Maths'], ', ')).toBe('English, Maths');
    expect(call('join', [], ', ')).toBe('None recorded');
  });
  it('say which helper was called wrongly, and where', () => {
    expect(() =>
      (HELPERS.date as (...a: unknown[]) => unknown)({ hash: {}, data: {}, loc: { start: { line: 7, column: 2 } } }),
    ).toThrow(/"date" needs a value/);
  });
});

async function withTemplates(files: Record<string, string>) {
  const dir = tempDir();
  const templates = join(dir, 'my-templates');
  mkdirSync(join(templates, 'partials'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(templates, name), text);
  const result = await check([fixtures.placements], { asOf: fixtures.asOf, configPath: fixtures.config });
  result.config = { ...result.config, templates };
  return { dir, templates, result };
}

describe("the school's own templates", () => {
  it('override a partial by name (top level or partials/)', async () => {
    const { result } = await withTemplates({ 'footer.hbs': '<footer>Our own footer for {{school.name}}</footer>' });
    const { html } = renderHtml('planning-call', result);
    expect(html).toContain('<footer>Our own footer for Westbrook High School</footer>');
    expect(html).not.toContain('class="doc-footer"');
  });

  it('override a document and the stylesheet, and may add partials of their own', async () => {
    const { result } = await withTemplates({
      'findings.hbs': '<p>Totals: {{totals.errors}} / {{totals.warnings}}</p>{{> our-note}}',
      'partials/our-note.hbs': '<p>Checked by the data manager.</p>',
      'print.css': 'body { color: rebeccapurple; }',
    });
    const { html } = renderHtml('findings', result);
    // 12 warnings: 2 multiple-providers, whereabouts-unknown for each of the 4 pupils in AP (the fixture keeps no
    // pupil register), and 2 each of objective-overdue, progress-not-recorded and outcome-required (its reviews
    // and ended placements predate progress and outcomes).
    expect(html).toContain('<p>Totals: 1 / 12</p><p>Checked by the data manager.</p>');
    expect(html).toContain('body { color: rebeccapurple; }');
    expect(html).not.toContain('--accent');
  });

  it('an unknown helper is an error naming the file and line, not a stack trace', async () => {
    const { result } = await withTemplates({
      'header.hbs': '<header>\n  <h1>{{document.title}}</h1>\n  {{shout school.name}}\n</header>',
    });
    expect(() => renderHtml('planning-call', result)).toThrow(TemplateError);
    expect(() => renderHtml('planning-call', result)).toThrow(
      /Template .*my-templates\/header\.hbs, line 3: "shout" is not a helper: the helpers are date, plural, yesno, hours/,
    );
  });

  it('a broken template is an error naming the file and line', async () => {
    const { result } = await withTemplates({
      'header.hbs': '<header>\n{{#if school.name}}\n<h1>{{school.name}}</h1>\n</header>',
    });
    expect(() => renderHtml('planning-call', result)).toThrow(
      /header\.hbs, line \d+: Handlebars cannot read it .*every \{\{#block\}\} has its \{\{\/block\}\}/,
    );
  });

  it('a misspelt value is an error naming the file and line', async () => {
    const { result } = await withTemplates({
      'planning-call.hbs': '<p>{{counts.pupils}}</p>\n{{#each providers}}\n<p>{{nmae}}</p>\n{{/each}}',
    });
    expect(() => renderHtml('planning-call', result)).toThrow(
      /planning-call\.hbs, line 3: "nmae" is not a value this template is given here/,
    );
  });

  it('a missing partial and a block closed by the wrong name are named too', async () => {
    let t = await withTemplates({ 'findings.hbs': '{{> not-there}}' });
    expect(() => renderHtml('findings', t.result)).toThrow(
      /findings\.hbs: it uses the partial "not-there", which does not exist/,
    );
    t = await withTemplates({ 'findings.hbs': 'a\n{{#each groups}}{{name}}{{/if}}' });
    expect(() => renderHtml('findings', t.result)).toThrow(
      /findings\.hbs, line 2: \{\{#each\}\} is closed by \{\{\/if\}\}/,
    );
  });

  it('a broken partial is reported even when this document does not use it', async () => {
    const { result } = await withTemplates({ 'partials/unused.hbs': '{{#each x}}' });
    expect(() => renderHtml('findings', result)).toThrow(/unused\.hbs, line 1/);
  });

  it('a templates: folder that does not exist is a usage error', () => {
    expect(() => loadTemplates('/no/such/folder')).toThrow(UsageError);
    expect(() => loadTemplates('/no/such/folder')).toThrow(/templates folder .* does not exist/);
  });

  it('the built-in templates all compile', () => {
    const env = new TemplateEnvironment(loadTemplates(null));
    for (const name of [
      'layout',
      'planning-call',
      'provider-qa',
      'placement-records',
      'findings',
      'pdf-header',
      'pdf-footer',
      'header',
      'footer',
    ]) {
      expect(env.has(name)).toBe(true);
    }
  });

  it('the command exits 2 with one clear line for a broken template, and writes nothing', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tpl'));
    writeFileSync(join(dir, 'tpl', 'header.hbs'), '<h1>{{bold school.name}}</h1>');
    writeFileSync(join(dir, 'ap-ready.config.yaml'), 'school: { name: Test School }\ntemplates: ./tpl\n');
    const r = await cli([
      'render',
      'planning-call',
      fixtures.placements,
      '--config',
      join(dir, 'ap-ready.config.yaml'),
      '--as-of',
      fixtures.asOf,
      '-o',
      join(dir, 'out.html'),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ap-ready: Template \S*tpl\/header\.hbs, line 1: "bold" is not a helper/);
    expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});

describe('values from YAML are escaped', () => {
  it('with the built-in templates', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'evil.yaml'),
      [
        'provider:',
        '  name: "<script>alert(1)</script> Centre"',
        '  address: { line1: "<img src=http://127.0.0.1:9/x.png>", town: "Leeds & District", postcode: LS1 1AA }',
        '  registration: { status: unregistered, type: tuition }',
        'placements:',
        '  - { pupil: "P-<b>1</b>", start_date: 2026-01-05, send: none, looked_after: false, hours_per_week: 5, reason: "\\"quoted\\" <i>reason</i>" }',
      ].join('\n'),
    );
    for (const document of ['planning-call', 'provider-qa', 'placement-records', 'findings'] as const) {
      const r = await render(document, [dir], { asOf: '2026-03-02', format: 'html', config: DEFAULT_CONFIG, cwd: dir });
      expect(r.status).toBe('rendered');
      const html = (r as { html: string }).html;
      expect(html).not.toMatch(/<script|<img|<b>1|<i>reason/i);
      if (document !== 'findings') expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Centre');
    }
    const r = await render('planning-call', [dir], {
      asOf: '2026-03-02',
      format: 'html',
      config: DEFAULT_CONFIG,
      cwd: dir,
    });
    const html = (r as { html: string }).html;
    expect(html).toContain('&lt;img src&#x3D;http://127.0.0.1:9/x.png&gt;');
    expect(html).toContain('Leeds &amp; District');
    expect(html).toContain('&quot;quoted&quot; &lt;i&gt;reason&lt;/i&gt;');
    expect(html).toContain('P-&lt;b&gt;1&lt;/b&gt;');
  });

  it('a pupil reference that looks like a name is hidden', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'p.yaml'),
      [
        'provider:',
        '  name: Test Centre',
        '  address: { line1: 1 Road, town: Leeds, postcode: LS1 1AA }',
        '  registration: { status: unregistered, type: tuition }',
        'placements:',
        '  - { pupil: Jane Smith, start_date: 2026-01-05, send: none, looked_after: false, hours_per_week: 5 }',
        '  - { pupil: P-0042, start_date: 2026-01-05, send: none, looked_after: false, hours_per_week: 5 }',
      ].join('\n'),
    );
    for (const document of ['planning-call', 'provider-qa', 'placement-records', 'findings'] as const) {
      const r = await render(document, [dir], { asOf: '2026-03-02', format: 'html', config: DEFAULT_CONFIG, cwd: dir });
      const html = (r as { html: string }).html;
      expect(html).not.toContain('Jane');
      expect(html).not.toContain('Smith');
      if (document !== 'findings' && document !== 'provider-qa') {
        expect(html).toContain('Reference hidden (placement 1 in the file)');
        expect(html).toContain('P-0042');
      }
    }
  });
});
