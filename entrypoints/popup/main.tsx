import { render } from 'preact';

import '../../extension/pages/page.css';
import { PopupPage } from '../../extension/pages/popup/popup-page';

render(<PopupPage />, document.getElementById('app')!);
