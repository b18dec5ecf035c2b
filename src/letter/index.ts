// The letter module's public surface: pure functions over plain data (no DOM, no browser
// API), shared by the popup's letter panel and the options page's template editor.
export * from './choose';
export * from './compose';
export * from './count';
export * from './mailto';
export * from './placeholders';
export * from './sample';
export * from './templates';
export * from './variants';
