import { render } from 'preact';

import '../../extension/pages/page.css';
import { PracticePage } from '../../extension/pages/practice/practice-page';

render(<PracticePage />, document.getElementById('app')!);
