// Firefox ESR for the end-to-end tests: puppeteer-core over WebDriver BiDi (Playwright drives
// only its own patched Firefox builds), with the built extension installed (dist/firefox),
// LinkedIn served from local pages and every other request refused and recorded.
//
// The tests are written against Playwright's API, which Chromium runs as it is. Here the part
// of it the tests use — pages, locators (getByRole, getByText, getByLabel, css through shadow
// roots, filters), downloads, dialogs — is built over puppeteer's pages, with the same waiting
// rules: actions wait for the element to be visible and enabled, reads wait for it to exist,
// count/isVisible/allTextContents answer at once. Finding elements happens in the page
// (in-page.ts). The page a test reads or acts on is brought to the front first, as every
// page is in Chromium's: Firefox renders a tab in the background about once a second, so
// a page waiting for its next frame there would take that long to change.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, statSync } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve as resolvePath } from 'node:path';
import * as esbuild from 'esbuild';
import puppeteer, { type Browser, type Dialog, type ElementHandle, type HTTPRequest, type Page as PuppeteerPage } from 'puppeteer-core';
// @ts-expect-error — a plain ES module shared with the demo and the benchmark
import { findFirefox } from '../../../scripts/find-browser.mjs';
import type { Engine, Step, TextMatch } from './in-page';

const TIMEOUT = 30_000;
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

let engineSource: Promise<string> | undefined;
/** in-page.ts as one script, bundled once per test run. */
function getEngineSource(): Promise<string> {
  engineSource ??= esbuild
    .build({
      entryPoints: [join(__dirname, 'in-page.ts')],
      bundle: true,
      format: 'iife',
      write: false,
      target: 'firefox140',
      logLevel: 'silent',
    })
    .then((result) => result.outputFiles[0].text);
  return engineSource;
}

/** Retries `attempt` until it returns a value; errors while a page navigates count as "not yet". */
async function poll<T>(attempt: () => Promise<T | undefined>, what: string, timeout = TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Firefox: timed out after ${timeout} ms waiting for ${what}${lastError ? ` (${(lastError as Error).message})` : ''}`);
    await sleep(50);
  }
}

const toMatch = (text: string | RegExp): TextMatch => (typeof text === 'string' ? text : { source: text.source, flags: text.flags });

interface LocatorOptions {
  hasText?: string | RegExp;
  has?: FirefoxLocator;
}

type State = { count: number; visible: boolean; enabled: boolean };

export class FirefoxLocator {
  constructor(
    private readonly owner: FirefoxPage,
    readonly steps: Step[],
  ) {}

  private with(...steps: Step[]): FirefoxLocator {
    return new FirefoxLocator(this.owner, [...this.steps, ...steps]);
  }

  private filterStep(options: LocatorOptions): Step[] {
    if (options.hasText === undefined && options.has === undefined) return [];
    return [{ hasText: options.hasText === undefined ? undefined : toMatch(options.hasText), has: options.has?.steps }];
  }

  locator(css: string, options: LocatorOptions = {}) {
    return this.with({ css }, ...this.filterStep(options));
  }
  getByRole(role: string, options: { name?: string | RegExp; exact?: boolean; checked?: boolean } = {}) {
    return this.with({
      role,
      name: options.name === undefined ? undefined : toMatch(options.name),
      exact: options.exact,
      checked: options.checked,
    });
  }
  getByText(text: string | RegExp, options: { exact?: boolean } = {}) {
    return this.with({ text: toMatch(text), exact: options.exact });
  }
  getByLabel(text: string | RegExp, options: { exact?: boolean } = {}) {
    return this.with({ label: toMatch(text), exact: options.exact });
  }
  getByTestId(testId: string) {
    return this.with({ testId });
  }
  filter(options: LocatorOptions) {
    return this.with(...this.filterStep(options));
  }
  first() {
    return this.with({ nth: 0 });
  }
  last() {
    return this.with({ nth: -1 });
  }
  nth(index: number) {
    return this.with({ nth: index });
  }

  // --- Answered at once -------------------------------------------------------------------
  count(): Promise<number> {
    return this.owner.query('count', this.steps);
  }
  allTextContents(): Promise<string[]> {
    return this.owner.query('allTextContents', this.steps);
  }
  isVisible(): Promise<boolean> {
    return this.owner.query('isVisible', this.steps);
  }

  // --- Wait for the element to exist ------------------------------------------------------
  private read<T>(what: string, name?: string): Promise<T> {
    return poll(async () => {
      const result = await this.owner.query<{ value: T } | null>('read', this.steps, { what, name });
      return result ?? undefined;
    }, `${this.describe()} to ${what}`).then((result) => result.value);
  }
  textContent(): Promise<string | null> {
    return this.read('textContent');
  }
  innerText(): Promise<string> {
    return this.read('innerText');
  }
  inputValue(): Promise<string> {
    return this.read('inputValue');
  }
  getAttribute(name: string): Promise<string | null> {
    return this.read('getAttribute', name);
  }
  isDisabled(): Promise<boolean> {
    return this.read('isDisabled');
  }
  async isEnabled(): Promise<boolean> {
    return !(await this.isDisabled());
  }
  isChecked(): Promise<boolean> {
    return this.read('isChecked');
  }

  async waitFor({
    state = 'visible',
    timeout = TIMEOUT,
  }: {
    state?: 'attached' | 'detached' | 'visible' | 'hidden';
    timeout?: number;
  } = {}): Promise<void> {
    await poll(
      async () => {
        const { count, visible } = await this.owner.query<State>('state', this.steps);
        const done = { attached: count > 0, detached: count === 0, visible, hidden: !visible }[state];
        return done ? true : undefined;
      },
      `${this.describe()} to be ${state}`,
      timeout,
    );
  }

  /** The element, once it is there (and visible and enabled, for actions). */
  private async getHandle(actionable: boolean): Promise<ElementHandle<Element>> {
    return poll(
      async () => {
        const state = await this.owner.query<State>('state', this.steps);
        if (state.count === 0 || (actionable && !(state.visible && state.enabled))) return undefined;
        const handle = await this.owner.page.evaluateHandle(
          (steps) => (globalThis as { __rapportE2E?: Engine }).__rapportE2E!.resolve(steps)[0] ?? null,
          this.steps,
        );
        const element = handle.asElement() as ElementHandle<Element> | null;
        if (!element) await handle.dispose();
        return element ?? undefined;
      },
      `${this.describe()} to be ${actionable ? 'visible and enabled' : 'attached'}`,
    );
  }

  private async withHandle<T>(actionable: boolean, use: (handle: ElementHandle<Element>) => Promise<T>): Promise<T> {
    const handle = await this.getHandle(actionable);
    try {
      return await use(handle);
    } finally {
      await handle.dispose().catch(() => undefined);
    }
  }

  // --- Actions: wait for the element to be visible and enabled --------------------------
  /** Clicks the middle of the element once it is visible, enabled, not covered and holding
   * still (in the same place twice in a row: a row that moves as the list fills in would take
   * the click meant for it elsewhere), as Playwright's actionability checks do. */
  async click(): Promise<void> {
    let last = '';
    const { x, y } = await poll(async () => {
      const state = await this.owner.query<State>('state', this.steps);
      if (!(state.visible && state.enabled)) return undefined;
      const point = await this.owner.query<{ x: number; y: number } | null>('clickPoint', this.steps);
      const seen = JSON.stringify(point);
      const steady = point !== null && seen === last;
      last = seen;
      return steady ? point : undefined;
    }, `${this.describe()} to be clickable`);
    await this.owner.page.mouse.click(x, y);
  }
  async fill(value: string): Promise<void> {
    await this.getHandle(true).then((handle) => handle.dispose());
    await this.owner.query('fill', this.steps, value);
  }
  async press(key: string): Promise<void> {
    await this.withHandle(true, (handle) => handle.focus());
    await this.owner.page.keyboard.press(key as never);
  }
  async pressSequentially(text: string): Promise<void> {
    await this.withHandle(true, (handle) => handle.focus());
    await this.owner.page.keyboard.type(text);
  }
  async selectOption(value: string): Promise<string[]> {
    return this.withHandle(true, (handle) => handle.select(value));
  }
  async blur(): Promise<void> {
    await this.withHandle(false, (handle) => handle.evaluate((element) => (element as HTMLElement).blur()));
  }
  async setInputFiles(files: string | string[]): Promise<void> {
    const paths = (Array.isArray(files) ? files : [files]).map((file) => resolvePath(file));
    await this.withHandle(false, (handle) => (handle as ElementHandle<HTMLInputElement>).uploadFile(...paths));
  }
  evaluate<R, A, E extends Element = HTMLElement>(fn: (element: E, arg: A) => R, arg?: A): Promise<Awaited<R>> {
    return this.withHandle(false, (handle) => handle.evaluate(fn as never, arg) as Promise<Awaited<R>>);
  }
  /** Runs `fn` on every element the locator names, at once (no waiting), as Playwright's does. */
  async evaluateAll<R, A, E extends Element = HTMLElement>(fn: (elements: E[], arg: A) => R, arg?: A): Promise<Awaited<R>> {
    await this.count(); // puts in-page.ts in the page if it is not there yet
    const handle = await this.owner.page.evaluateHandle(
      (steps) => (globalThis as { __rapportE2E?: Engine }).__rapportE2E!.resolve(steps),
      this.steps,
    );
    try {
      return (await handle.evaluate(fn as never, arg)) as Awaited<R>;
    } finally {
      await handle.dispose().catch(() => undefined);
    }
  }
  async screenshot(options: { path?: string } = {}): Promise<Uint8Array> {
    return this.withHandle(true, (handle) => handle.screenshot(options));
  }

  describe(): string {
    return `locator ${JSON.stringify(this.steps)}`;
  }
}

export interface Download {
  suggestedFilename(): string;
  path(): Promise<string>;
  saveAs(path: string): Promise<void>;
}

export class FirefoxPage {
  /** Where a BiDi navigation puppeteer did not follow went (extension pages). */
  private extensionPageUrl: string | undefined;
  private readonly root = new FirefoxLocator(this, []);

  constructor(
    readonly session: FirefoxSession,
    readonly page: PuppeteerPage,
  ) {}

  locator(...args: Parameters<FirefoxLocator['locator']>) {
    return this.root.locator(...args);
  }
  getByRole(...args: Parameters<FirefoxLocator['getByRole']>) {
    return this.root.getByRole(...args);
  }
  getByText(...args: Parameters<FirefoxLocator['getByText']>) {
    return this.root.getByText(...args);
  }
  getByLabel(...args: Parameters<FirefoxLocator['getByLabel']>) {
    return this.root.getByLabel(...args);
  }
  getByTestId(...args: Parameters<FirefoxLocator['getByTestId']>) {
    return this.root.getByTestId(...args);
  }
  fill(selector: string, value: string): Promise<void> {
    return this.root.locator(selector).fill(value);
  }

  /** Runs an operation of in-page.ts on the elements `steps` name, installing it if the page has not got it. */
  async query<T>(op: string, steps: Step[], arg?: unknown): Promise<T> {
    await this.session.bringToFront(this);
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await this.page.evaluate(
        (op, steps, arg) => {
          const engine = (globalThis as { __rapportE2E?: Engine }).__rapportE2E;
          return engine ? { value: engine.query(op, steps, arg) } : { missing: true };
        },
        op,
        steps,
        arg as never,
      );
      if (!('missing' in result)) return result.value as T;
      await this.page.evaluate(await getEngineSource());
    }
    throw new Error('Firefox: the page would not keep the locator script');
  }

  private get contextId(): string {
    return (this.page.mainFrame() as unknown as { _id: string })._id;
  }

  async goto(url: string): Promise<void> {
    if (url.startsWith('moz-extension:')) {
      // BiDi's navigate opens moz-extension:// pages (with --remote-allow-system-access);
      // puppeteer's goto() to them never settles.
      this.extensionPageUrl = url;
      await this.session.bidi('browsingContext.navigate', { context: this.contextId, url, wait: 'complete' });
    } else {
      this.extensionPageUrl = undefined;
      await this.page.goto(url);
    }
  }
  async reload(): Promise<void> {
    await this.session.bidi('browsingContext.reload', { context: this.contextId, wait: 'complete' });
  }
  async goBack(): Promise<void> {
    await this.session.bidi('browsingContext.traverseHistory', { context: this.contextId, delta: -1 });
  }
  url(): string {
    const url = this.page.url();
    return url === 'about:blank' && this.extensionPageUrl ? this.extensionPageUrl : url;
  }
  title(): Promise<string> {
    return this.page.title();
  }
  async waitForURL(url: string | RegExp): Promise<void> {
    await poll(async () => {
      const now = await this.page.evaluate(() => location.href);
      return (typeof url === 'string' ? now === url : url.test(now)) || undefined;
    }, `the page to be at ${url}`);
  }
  evaluate<R, A>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>> {
    return this.page.evaluate(fn as never, arg) as Promise<Awaited<R>>;
  }
  async setViewportSize(size: { width: number; height: number }): Promise<void> {
    await this.page.setViewport(size);
  }
  async screenshot(options: { path?: string; fullPage?: boolean } = {}): Promise<Uint8Array> {
    return this.page.screenshot(options);
  }
  waitForTimeout(ms: number): Promise<void> {
    return sleep(ms);
  }
  /** Firefox has no per-page colour scheme under BiDi: this sets it for every page of this browser. */
  async emulateMedia({ colorScheme }: { colorScheme: 'light' | 'dark' | null }): Promise<void> {
    await this.session.setColorScheme(colorScheme);
  }
  async close(options: { runBeforeUnload?: boolean } = {}): Promise<void> {
    this.session.forget(this);
    await this.page.close(options);
  }
  on(event: 'dialog', listener: (dialog: Dialog) => void): this {
    this.page.on(event, listener);
    return this;
  }
  waitForEvent(event: 'download'): Promise<Download> {
    if (event !== 'download') throw new Error(`Firefox adapter: waitForEvent('${event}') is not supported`);
    return this.session.waitForDownload();
  }
}

interface Options {
  extensionDir?: string;
  pages?: Record<string, string>;
}

/** The parts of a Playwright BrowserContext the tests use. */
export class FirefoxContext {
  private readonly wrapped = new Map<PuppeteerPage, FirefoxPage>();
  private readonly dialogListeners: ((dialog: Dialog) => void)[] = [];
  readonly requestListeners: ((request: { url(): string }) => void)[] = [];

  constructor(private readonly session: FirefoxSession) {}

  async wrap(page: PuppeteerPage): Promise<FirefoxPage> {
    let wrapped = this.wrapped.get(page);
    if (!wrapped) {
      wrapped = new FirefoxPage(this.session, page);
      this.wrapped.set(page, wrapped);
      for (const listener of this.dialogListeners) page.on('dialog', listener);
      await this.session.routeRequests(page);
    }
    return wrapped;
  }

  /** A new tab, in front as Firefox opens it. */
  async newPage(): Promise<FirefoxPage> {
    const page = await this.wrap(await this.session.browser.newPage());
    this.session.openedInFront(page);
    return page;
  }

  /** A tab the extension opens (the settings, a profile from the popup). */
  async waitForEvent(event: 'page'): Promise<FirefoxPage> {
    if (event !== 'page') throw new Error(`Firefox adapter: context.waitForEvent('${event}') is not supported`);
    const target = await this.session.browser.waitForTarget(
      (candidate) => candidate.type() === 'page' && ![...this.wrapped.keys()].some((page) => page.target() === candidate),
      { timeout: TIMEOUT },
    );
    const page = await this.wrap((await target.page())!);
    this.session.openedInFront(page);
    return page;
  }

  on(event: 'dialog', listener: (dialog: Dialog) => void): this;
  on(event: 'request', listener: (request: { url(): string }) => void): this;
  on(event: 'dialog' | 'request', listener: ((dialog: Dialog) => void) | ((request: { url(): string }) => void)): this {
    if (event === 'dialog') {
      const onDialog = listener as (dialog: Dialog) => void;
      this.dialogListeners.push(onDialog);
      for (const page of this.wrapped.keys()) page.on('dialog', onDialog);
    } else this.requestListeners.push(listener as (request: { url(): string }) => void);
    return this;
  }

  /** Firefox grants the async clipboard to test runs by a pref (dom.events.testing.asyncClipboard). */
  async grantPermissions(_permissions: string[]): Promise<void> {}
}

export class FirefoxSession {
  readonly context = new FirefoxContext(this);
  readonly outsideRequests: string[] = [];
  private readonly servedPages: Map<string, string>;
  private downloadsTaken = 0;
  private backgroundPage: Promise<FirefoxPage> | undefined;
  /** The tab Firefox shows; the others are rendered about once a second. */
  private front: FirefoxPage | undefined;

  constructor(
    readonly browser: Browser,
    readonly extensionId: string,
    private readonly geckoId: string,
    private readonly downloadDir: string,
    pages: Record<string, string>,
  ) {
    this.servedPages = new Map(Object.entries(pages));
  }

  openedInFront(page: FirefoxPage): void {
    this.front = page;
  }
  forget(page: FirefoxPage): void {
    if (this.front === page) this.front = undefined;
  }
  async bringToFront(page: FirefoxPage): Promise<void> {
    if (this.front === page) return;
    await page.page.bringToFront();
    this.front = page;
  }

  bidi(method: string, params: object): Promise<unknown> {
    return (this.browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection.send(
      method,
      params,
    );
  }

  /** Runs a script in Firefox's own (chrome) scope, where the add-on manager and prefs are. */
  async evaluateInChrome(expression: string): Promise<unknown> {
    const tree = (await this.bidi('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { result: { contexts: { context: string }[] } };
    const reply = (await this.bidi('script.evaluate', {
      expression,
      target: { context: tree.result.contexts[0].context },
      awaitPromise: true,
    })) as {
      result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
    };
    if (reply.result.type === 'exception') throw new Error(`Firefox chrome script failed: ${reply.result.exceptionDetails?.text}`);
    return reply.result.result?.value;
  }

  servePage(path: string, html: string): void {
    this.servedPages.set(path, html);
  }

  extensionUrl(path: string): string {
    return `moz-extension://${this.extensionId}/${path}`;
  }

  async routeRequests(page: PuppeteerPage): Promise<void> {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      for (const listener of this.context.requestListeners) listener({ url: () => request.url() });
      const url = new URL(request.url());
      if (url.protocol === 'moz-extension:' || url.protocol === 'blob:' || url.protocol === 'data:') return void request.continue();
      if (url.protocol === 'https:' && (url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com'))) {
        const body = this.servedPages.get(url.pathname) ?? this.servedPages.get(`${url.pathname}/`);
        // request.resourceType() throws under BiDi; navigations are the documents.
        if (body !== undefined && request.isNavigationRequest())
          return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        return void request.respond({ status: 404, contentType: 'text/plain', body: '' });
      }
      this.outsideRequests.push(url.href);
      return void request.abort();
    });
  }

  /**
   * Runs `fn` with the extension's API, as Chromium's tests do in its service worker. The event
   * page is not reachable over BiDi, so it runs in an extension page of its own (the icon,
   * which runs no code of Rapport's); tabs, the badge and messages are the same from there.
   */
  readonly worker = {
    evaluate: async <R, A>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>> => {
      // Opened behind the page under test: a helper must not change what is on screen.
      const shown = this.front;
      this.backgroundPage ??= this.context.newPage().then(async (page) => {
        await page.goto(this.extensionUrl('icons/icon.svg'));
        if (shown) await this.bringToFront(shown);
        return page;
      });
      return (await this.backgroundPage).evaluate(fn, arg);
    },
  };

  /** Stops the event page, as Firefox does when it has been idle; the next event starts it again. */
  async stopBackground(): Promise<void> {
    await this.evaluateInChrome(
      `WebExtensionPolicy.getByID(${JSON.stringify(this.geckoId)}).extension.terminateBackground().then(() => true)`,
    );
  }

  async setColorScheme(scheme: 'light' | 'dark' | null): Promise<void> {
    const pref = 'layout.css.prefers-color-scheme.content-override';
    const value = { dark: 0, light: 1 }[scheme ?? 'light'];
    await this.evaluateInChrome(
      scheme === null ? `Services.prefs.clearUserPref('${pref}')` : `Services.prefs.setIntPref('${pref}', ${value})`,
    );
  }

  /**
   * The next file Firefox saves (prefs send every download to downloadDir without asking).
   * Each one is moved to a folder of its own once complete, so the next file of the same name
   * keeps its name rather than becoming "name(1)".
   */
  async waitForDownload(): Promise<Download> {
    const before = new Set(readdirSync(this.downloadDir));
    const name = await poll(async () => {
      const files = readdirSync(this.downloadDir);
      if (files.some((file) => file.endsWith('.part'))) return undefined;
      const added = files.find((file) => !before.has(file) && statSync(join(this.downloadDir, file)).size > 0);
      return added;
    }, 'a download');
    const folder = join(this.downloadDir, '..', `taken-${++this.downloadsTaken}`);
    await mkdir(folder, { recursive: true });
    const path = join(folder, name);
    renameSync(join(this.downloadDir, name), path);
    return {
      suggestedFilename: () => basename(path),
      path: async () => path,
      saveAs: (to: string) => copyFile(path, to),
    };
  }

  async close(): Promise<void> {
    await this.browser.close();
    await rm(join(this.downloadDir, '..'), { recursive: true, force: true });
  }
}

export async function launchFirefox({
  extensionDir = process.env.RAPPORT_FIREFOX_EXTENSION_DIR ?? 'dist/firefox',
  pages = {},
}: Options = {}) {
  const extDir = resolvePath(extensionDir);
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`No Firefox build at ${extDir}: run npm run build first.`);
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  // A fixed origin (moz-extension://<uuid>/) for this run; Firefox picks a random one otherwise.
  const uuid = randomUUID();
  const work = mkdtempSync(join(tmpdir(), 'rapport-firefox-'));
  const downloadDir = join(work, 'downloads');
  await mkdir(downloadDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    // Lets BiDi reach moz-extension:// pages and Firefox's own scope (terminateBackground, prefs).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // The clipboard read a test does after "Copy" (Chromium: a granted permission).
      'dom.events.testing.asyncClipboard': true,
      // Firefox itself asks each site for /favicon.ico; the test that no request leaves the
      // routed pages is about Rapport's own.
      'browser.chrome.site_icons': false,
    },
  });
  try {
    await browser.installExtension(extDir);
    const session = new FirefoxSession(browser, uuid, geckoId, downloadDir, pages);
    for (const page of await browser.pages()) await session.context.wrap(page);
    return session;
  } catch (error) {
    await browser.close();
    throw error;
  }
}
