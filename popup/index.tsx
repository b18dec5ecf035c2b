import { render } from 'preact';
import { App } from './app';

render(<App />, document.getElementById('app')!);

// popup/contact-view.js (built apart, loaded when first needed) runs on this page's Preact:
// build.mjs points its Preact imports here.
export * as preact from 'preact';
export * as hooks from 'preact/hooks';
export * as jsxRuntime from 'preact/jsx-runtime';
