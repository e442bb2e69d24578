import { render } from 'preact';

import '../../extension/pages/page.css';
import { OptionsApp } from '../../extension/pages/options/options-app';

render(<OptionsApp />, document.getElementById('app')!);
