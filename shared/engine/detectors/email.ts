import type { Detection, Detector } from './detection';
import { mapSpan } from '../normalize/mapped-text';

const LOCAL = /[A-Za-z0-9._%+'-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

/**
 * E-mail addresses. Expands left and right from each '@' with bounded loops instead of a regex, which
 * would go quadratic on 'a'.repeat(1e5).
 * @example detectEmail(env) on 'mail jo.bloggs@gmail.com' → [{ span: [5, 24], domain: 'gmail.com' }]
 */
export const detectEmail: Detector = (env) => {
	const clean = env.views.clean;
	const text = clean.text;
	const found: Detection[] = [];
	for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
		let from = at;
		while (from > 0 && at - from < 64 && LOCAL.test(text[from - 1]!)) from--;
		while (from < at && text[from] === '.') from++;
		let to = at + 1;
		while (to < text.length && to - at < 254 && DOMAIN.test(text[to]!)) to++;
		while (to > at + 1 && (text[to - 1] === '.' || text[to - 1] === '-')) to--;
		const domain = text.slice(at + 1, to).toLowerCase();
		if (from === at || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(domain)) continue;
		found.push({ span: mapSpan(clean, from, to), domain });
	}
	return found;
};
