// The in-page Save button. It lives in an open shadow root on a host element of its own, so
// LinkedIn's styles and ours never mix; built with DOM calls only (LinkedIn enforces Trusted
// Types, and page text must never be parsed as markup).
import type { SavedState } from '../protocol';
import { getStageLabel } from '../pipeline/stages';

const STYLE = `
:host { all: initial; }
.wrap { position: fixed; right: 20px; bottom: 20px; z-index: 2147483646;
  font: 600 14px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  display: flex; flex-direction: column; align-items: flex-end; gap: 6px; max-width: 320px; }
button { all: unset; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center;
  gap: 8px; padding: 10px 16px; border-radius: 999px; color: #fff; background: #1b6b4a;
  box-shadow: 0 2px 10px rgba(0,0,0,.25); }
button:hover { background: #15583c; }
button:focus-visible { outline: 3px solid #8fd3b0; outline-offset: 2px; }
button[data-state="saved"] { background: #fff; color: #1b6b4a; border: 2px solid #1b6b4a; }
button[data-state="busy"] { opacity: .8; cursor: progress; }
button[data-state="blocked"] { background: #56687a; }
.mark { width: 18px; height: 18px; border-radius: 50%; background: rgba(255,255,255,.25);
  display: inline-grid; place-items: center; font-size: 12px; }
button[data-state="saved"] .mark { background: #1b6b4a; color: #fff; }
.note { font-weight: 500; font-size: 13px; padding: 8px 12px; border-radius: 8px; background: #fff;
  color: #1d2226; box-shadow: 0 2px 10px rgba(0,0,0,.2); }
.note[data-tone="problem"] { border-left: 4px solid #b3261e; }
@media (prefers-color-scheme: dark) {
  button[data-state="saved"] { background: #1d2226; color: #8fd3b0; border-color: #8fd3b0; }
  .note { background: #1d2226; color: #e8e8e8; }
}`;

export class SaveButton {
  private host: HTMLElement | null = null;
  private button!: HTMLButtonElement;
  private label!: HTMLSpanElement;
  private mark!: HTMLSpanElement;
  private note!: HTMLDivElement;

  constructor(private readonly onSave: () => void) {}

  /** `blocked`: why this page can't be saved; the button says so, and a click tells why
   * (after reading the page again, in case it changed since). */
  mount(saved: SavedState | null, blocked: string | null = null): void {
    if (!this.host) this.build();
    if (!this.host!.isConnected) document.documentElement.append(this.host!);
    this.hideNote();
    if (blocked) this.setState('blocked', '!', "Can't save this page", blocked);
    else this.showSaved(saved, false);
  }

  unmount(): void {
    this.host?.remove();
  }

  showBusy(): void {
    this.hideNote(); // a problem from an earlier click no longer applies
    this.setState('busy', '…', 'Saving…');
  }

  showSaved(saved: SavedState | null, again: boolean): void {
    if (!this.host) return;
    if (!saved) {
      this.setState('unsaved', '+', 'Save to Rapport');
      return;
    }
    const stage = getStageLabel(saved.stage);
    this.setState('saved', '✓', saved.stage === 'saved' ? 'Saved to Rapport' : `Saved to Rapport — ${stage}`);
    if (again) this.showNote(`Already saved — stage: ${stage}. Updated with what LinkedIn shows now.`, 'info');
  }

  showProblem(message: string): void {
    if (!this.host) this.mount(null);
    if (this.button.dataset.state !== 'blocked') this.setState('unsaved', '+', 'Save to Rapport');
    this.showNote(`Can't save: ${message}`, 'problem');
  }

  private setState(state: string, mark: string, text: string, title = ''): void {
    this.button.dataset.state = state;
    this.mark.textContent = mark;
    this.label.textContent = text;
    this.button.title = title;
    this.button.setAttribute('aria-busy', String(state === 'busy'));
  }

  private showNote(text: string, tone: 'info' | 'problem'): void {
    this.note.textContent = text;
    this.note.dataset.tone = tone;
    this.note.hidden = false;
  }

  private hideNote(): void {
    this.note.hidden = true;
  }

  private build(): void {
    const host = document.createElement('rapport-save');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const wrap = document.createElement('div');
    wrap.className = 'wrap';
    this.note = document.createElement('div');
    this.note.className = 'note';
    this.note.setAttribute('role', 'status');
    this.note.hidden = true;
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.mark = document.createElement('span');
    this.mark.className = 'mark';
    this.mark.setAttribute('aria-hidden', 'true');
    this.label = document.createElement('span');
    this.button.append(this.mark, this.label);
    this.button.addEventListener('click', () => {
      if (this.button.dataset.state !== 'busy') this.onSave();
    });
    wrap.append(this.note, this.button);
    root.append(style, wrap);
    this.host = host;
  }
}
