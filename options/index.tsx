import { render } from 'preact';
import { OptionsApp } from './app';

render(<OptionsApp />, document.getElementById('app')!);
