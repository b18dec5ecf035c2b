// @vitest-environment jsdom
// The diagnostic CLI runs the content script's extraction on a saved page.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFixturePath } from '../../../fixtures';
import { FILES, getFixture } from './helpers';

const root = resolve(__dirname, '../../../..');
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/extract.mjs', ...args], { cwd: root, encoding: 'utf8' });

describe('scripts/extract.mjs', () => {
  it('prints one JSON object with the profile, its sources and what is missing', () => {
    const { url } = getFixture(FILES.emberNoExperience);
    const { status, stdout, stderr } = run(getFixturePath(FILES.emberNoExperience), '--url', url);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(
      '{"kind":"profile","profile":{"name":"Liv Sandoval","firstName":"Liv","headline":"Independent researcher.","role":null,"organization":null,"location":"Norway","profileUrl":"https://www.linkedin.com/in/livsandoval/"},' +
        '"sources":{"name":{"strategy":"voyager","derived":false},"firstName":{"strategy":"voyager","derived":false},"headline":{"strategy":"voyager","derived":false},"location":{"strategy":"voyager","derived":false}},' +
        '"missing":["role","organization"]}\n',
    );
  }, 30_000);

  it('prints the reason for a page that is not a profile, with exit 0', () => {
    const { url, expected } = getFixture(FILES.authWall);
    const { status, stdout } = run(`--url=${url}`, getFixturePath(FILES.authWall));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected);
  }, 30_000);

  it('fails with a message for a file it cannot read', () => {
    const { status, stdout, stderr } = run('test/fixtures/no-such-page.html', '--url', 'https://www.linkedin.com/in/x/');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^extract: can't read test\/fixtures\/no-such-page\.html/);
  }, 30_000);

  it('fails with usage for bad arguments', () => {
    expect(run(getFixturePath(FILES.authWall)).status).toBe(2);
    expect(run(getFixturePath(FILES.authWall), '--url', 'not a url').stderr).toBe('extract: not a URL: not a url\n');
    expect(run('--frobnicate').status).toBe(2);
  }, 30_000);
});
