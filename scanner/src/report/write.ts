import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScanOptions } from '../args.js';
import type { ScanResult, Visit } from '../types.js';
import { draftConfig } from './config.js';
import { markdownReport } from './markdown.js';
import { htmlReport } from './html.js';
import { sarifReport } from './sarif.js';
import { junitReport } from './junit.js';

/**
 * Writes every report of a scan into `options.out`: scan.json (the record, with banner screenshots
 * beside it in screenshots/), tamis.config.json, report.html, report.md, and report.sarif / junit.xml
 * when asked.
 * @returns the paths written
 */
export async function writeReports(result: ScanResult, visits: Visit[], options: Pick<ScanOptions, 'out' | 'formats' | 'failOn'>): Promise<string[]> {
  const dir = options.out;
  await mkdir(join(dir, 'screenshots'), { recursive: true });
  const shots = new Map<string, string>();
  const written: string[] = [];
  const put = async (name: string, body: string | Buffer) => {
    await writeFile(join(dir, name), body);
    written.push(join(dir, name));
  };
  for (const [i, page] of result.pages.entries()) {
    const shot = visits.find((v) => v.page === page.url && v.phase === 'reject')?.screenshot;
    if (!shot) continue;
    shots.set(page.url, shot);
    page.screenshot = `screenshots/page-${i + 1}.jpg`;
    await writeFile(join(dir, page.screenshot), Buffer.from(shot, 'base64'));
  }
  await put('scan.json', JSON.stringify(result, null, 2) + '\n');
  await put('tamis.config.json', JSON.stringify(draftConfig(result), null, 2) + '\n');
  await put('report.html', htmlReport(result, shots));
  await put('report.md', markdownReport(result));
  if (options.formats.includes('sarif')) await put('report.sarif', JSON.stringify(sarifReport(result), null, 2) + '\n');
  if (options.formats.includes('junit')) await put('junit.xml', junitReport(result, options.failOn));
  return written;
}
