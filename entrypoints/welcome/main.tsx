import { render } from 'preact';

import '../../extension/pages/page.css';
import { WelcomePage } from '../../extension/pages/welcome/welcome-page';

render(<WelcomePage />, document.getElementById('app')!);
