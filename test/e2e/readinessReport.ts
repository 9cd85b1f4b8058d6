/**
 * The readiness report as a mentor reads it: exported by the built CLI, opened in headless chromium
 * from its file, printed. Run by `vscode.test.ts` once setup.mjs has made chromium available.
 */
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '../..');
const OUT = join(ROOT, 'build/e2e/report');
const SCREENSHOTS = join(ROOT, 'build/screenshots');
const CHROMIUM = process.env.RUBRIC_WRITER_E2E_CHROMIUM || '/usr/bin/chromium';

interface CliFile {
  ready: boolean;
  diagnostics: { code: string; range: { start: { line: number } } }[];
  sections: { title: string; found: boolean; ready: boolean }[];
}

const cli = (...args: string[]) => execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT });

function exportReport(example: string): { html: string; report: CliFile } {
  const html = join(OUT, example.replace(/\.md$/, '.html'));
  cli('export', '--format', 'html', '--force', '-o', html, `examples/${example}`);
  let json = '';
  try {
    json = cli('check', '--format', 'json', `examples/${example}`).toString();
  } catch (error) {
    json = (error as { stdout: Buffer }).stdout.toString(); // exit 1: the example has problems
  }
  return { html, report: (JSON.parse(json) as { files: CliFile[] }).files[0] };
}

/** Pages in a PDF as chromium writes it: one `/Type /Page` object per page (`/Pages` is the tree). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

export async function readinessReportInChromium(t: TestContext): Promise<void> {
  const { chromium } = await import('playwright-core');
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, chromiumSandbox: false });
  try {
    for (const example of ['problems.md', 'working-together-for-student-success.md']) {
      await t.test(`readiness report of ${example} in chromium: what it shows, nothing fetched, printed`, async () => {
        const { html, report } = exportReport(example);
        const page = await browser.newPage();
        const requested: string[] = [];
        page.on('request', (request) => requested.push(request.url()));
        await page.goto(pathToFileURL(html).href);
        const text = (await page.locator('body').textContent()) ?? '';

        assert.deepEqual(requested, [pathToFileURL(html).href], 'the report fetches nothing but itself');
        assert.equal(await page.locator('script').count(), 0);
        const titles = await page.locator('section.part .title').allInnerTexts();
        assert.deepEqual(
          titles,
          report.sections.map((s) => s.title),
          'every section, in rubric order',
        );
        // The marks are set in capitals by the style sheet.
        const readiness = await page.locator('section.part .readiness').allInnerTexts();
        assert.deepEqual(
          readiness.map((mark) => mark.toLowerCase()),
          report.sections.map((s) => (s.ready ? 'ready' : 'not ready')),
        );
        for (const d of report.diagnostics) {
          assert.ok(text.includes(`line ${d.range.start.line + 1}`), `the ${d.code} problem's line is shown`);
          assert.ok(text.includes(d.code), `${d.code} is listed`);
        }
        const problems = await page.locator('ul.problems li').count();
        assert.equal(problems, report.diagnostics.length, 'each problem once');

        const pdf = await page.pdf({ format: 'A4' });
        const pages = pageCount(pdf);
        assert.ok(pages >= 1 && pages <= 2, `prints on one or two pages, not ${pages}`);
        await page.emulateMedia({ media: 'print' });
        const name = `readiness-report-${example.replace(/\.md$/, '')}-print.png`;
        await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
        await page.close();
      });
    }
  } finally {
    await browser.close();
  }
}
