/**
 * Literal text a regular expression cannot match without: read from the pattern's source, so a check
 * can skip a pattern whose literals are not in the draft (`@` for an e-mail address, `#` for a hashtag).
 * A JavaScript RegExp tries every start position even when the draft lacks the one character every match
 * needs; an `indexOf` per literal is far cheaper. The reading is conservative: whatever it does not
 * understand (classes, escapes such as `\d`, optional parts, lookarounds) it leaves out, which only
 * makes the filter let more drafts through.
 */

/** Each need is a set of strings of which a match contains at least one; a match meets every need. */
export type Needs = readonly (readonly string[])[];

/** The most alternatives one need may hold before it is not worth testing. */
const MAX_ALTERNATIVES = 64;
/**
 * What a check tests: a missing literal costs a scan of the whole draft, so only needs of a few
 * alternatives, and at most two of them, the most selective first.
 */
const MAX_TESTED_ALTERNATIVES = 3;
const MAX_TESTED_NEEDS = 2;
/** A whole escape: `\u{…}`, `\uXXXX`, `\xXX`, `\cX`, `\p{…}`, `\k<…>`, or a backslash and one character. */
const ESCAPE =
	/^\\(?:u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|[pP]\{[^}]*\}|k<[^>]*>|[\s\S])/;
const SURROGATE_PAIR = /^[\ud800-\udbff][\udc00-\udfff]$/;

/**
 * What every match of `source` (compiled with `flags`) contains, or [] when nothing is known. With the
 * `i` flag the strings are lower-cased, to look for in lower-cased text, and needs that case-folding could
 * meet through other characters (anything outside ASCII; `k` and `s` under `u`, for K and ſ) are dropped.
 * @example requiredLiterals('\\b[\\w.]+@(?:gmail|yahoo)\\.com', '') → [['@'], ['gmail', 'yahoo'], ['.com']]
 */
export function requiredLiterals(source: string, flags: string): Needs {
	if (flags.includes('v')) return []; // nested classes and set operations: not read
	const needs =
		alternativesOf(source).length > 1 ? [groupNeed(source)].filter(isNeed) : sequenceNeeds(source);
	if (!flags.includes('i')) return needs;
	const unicode = flags.includes('u') || flags.includes('v');
	// eslint-disable-next-line no-control-regex -- "anything outside ASCII"
	const unsafe = unicode ? /[^\x00-\x7f]|[ks]/i : /[^\x00-\x7f]/;
	return needs
		.filter((need) => need.every((s) => !unsafe.test(s)))
		.map((need) => need.map((s) => s.toLowerCase()));
}

/**
 * The needs worth testing on every draft: those of at most three alternatives and not mere spaces,
 * fewest and longest first, at most two (a missing literal costs a scan of the whole draft, found ones far less).
 * @example testedNeeds([['a', 'b', 'c', 'd'], [' '], ['@'], ['x', 'yz']]) → [['@'], ['x', 'yz']]
 */
export function testedNeeds(needs: Needs): Needs {
	return (
		needs
			// A space is in every draft: not worth a test.
			.filter((need) => need.length <= MAX_TESTED_ALTERNATIVES && need.every((s) => s.trim() !== ''))
			.sort((a, b) => a.length - b.length || shortest(b) - shortest(a))
			.slice(0, MAX_TESTED_NEEDS)
	);
}

/**
 * True when `text` holds something of every need; `found` remembers what was looked for in this text.
 * @example meetsNeeds('a@b', [['@']]) === true
 */
export function meetsNeeds(text: string, needs: Needs, found?: Map<string, boolean>): boolean {
	return needs.every((need) =>
		need.some((literal) => {
			let has = found?.get(literal);
			if (has === undefined) {
				has = text.includes(literal);
				found?.set(literal, has);
			}
			return has;
		}),
	);
}

function isNeed(need: readonly string[] | undefined): need is readonly string[] {
	return need !== undefined;
}

/** The needs of a sequence: its literal runs, and its required groups. */
function sequenceNeeds(source: string): string[][] {
	const needs: string[][] = [];
	let run = '';
	const endRun = () => {
		if (run) needs.push([run]);
		run = '';
	};
	for (let i = 0; i < source.length;) {
		const c = source[i]!;
		if (c === '(') {
			const end = closingParen(source, i);
			const quantifier = readQuantifier(source, end + 1);
			endRun();
			const body = source.slice(i + 1, end);
			// A lookaround or anything else after `(?` is left out; a plain, `?:` or named group is read.
			const inner = /^(?:\?:|\?<[A-Za-z_$][\w$]*>|(?!\?))/.exec(body);
			if (!quantifier.optional && inner) {
				const need = groupNeed(body.slice(inner[0].length));
				if (need) needs.push([...need]);
			}
			i = quantifier.end;
			continue;
		}
		if (c === '[') {
			endRun();
			i = readQuantifier(source, closingBracket(source, i) + 1).end;
			continue;
		}
		let literal: string | undefined;
		let next = i + 1;
		if (c === '\\') {
			const escape = ESCAPE.exec(source.slice(i))?.[0] ?? c;
			next = i + escape.length;
			if (/^\\[^A-Za-z0-9]$/.test(escape)) literal = escape[1];
		} else if (SURROGATE_PAIR.test(source.slice(i, i + 2))) {
			literal = source.slice(i, i + 2); // one character, whatever a quantifier after it covers
			next = i + 2;
		} else if (!'^$.|?*+{}'.includes(c)) literal = c;
		const quantifier = readQuantifier(source, next);
		if (literal === undefined) endRun();
		else if (quantifier.optional) endRun();
		else {
			run += literal;
			if (quantifier.end > next) endRun(); // "ab+c" has "ab" and "c", not "abc"
		}
		i = quantifier.end;
	}
	endRun();
	return needs;
}

/** One need for a group: the best need of each alternative, pooled; undefined if one has none. */
function groupNeed(body: string): readonly string[] | undefined {
	const pooled = new Set<string>();
	for (const alternative of alternativesOf(body)) {
		const best = sequenceNeeds(alternative).reduce<string[] | undefined>(
			(a, b) => (a && shortest(a) >= shortest(b) ? a : b),
			undefined,
		);
		if (!best) return undefined;
		for (const literal of best) pooled.add(literal);
	}
	return pooled.size > 0 && pooled.size <= MAX_ALTERNATIVES ? [...pooled] : undefined;
}

function shortest(need: readonly string[]): number {
	return Math.min(...need.map((s) => s.length));
}

/** The top-level alternatives of a sequence (split at `|` outside groups and classes). */
function alternativesOf(body: string): string[] {
	const parts: string[] = [];
	let start = 0;
	for (let i = 0; i < body.length; i++) {
		const c = body[i]!;
		if (c === '\\') i++;
		else if (c === '[') i = closingBracket(body, i);
		else if (c === '(') i = closingParen(body, i);
		else if (c === '|') {
			parts.push(body.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(body.slice(start));
	return parts;
}

function closingBracket(source: string, open: number): number {
	for (let i = open + 1; i < source.length; i++) {
		if (source[i] === '\\') i++;
		else if (source[i] === ']') return i; // in JavaScript `[]` is an empty class: the first `]` closes
	}
	return source.length;
}

function closingParen(source: string, open: number): number {
	let depth = 0;
	for (let i = open; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') i++;
		else if (c === '[') i = closingBracket(source, i);
		else if (c === '(') depth++;
		else if (c === ')' && --depth === 0) return i;
	}
	return source.length;
}

/** The quantifier at `at`, if any: where it ends, and whether it allows zero repeats. */
function readQuantifier(source: string, at: number): { end: number; optional: boolean } {
	const c = source[at];
	let end = at;
	let optional = false;
	if (c === '?' || c === '*') {
		end = at + 1;
		optional = true;
	} else if (c === '+') end = at + 1;
	else if (c === '{') {
		const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(at));
		if (!m) return { end: at, optional: false };
		end = at + m[0].length;
		optional = Number(m[1]) === 0;
	}
	if (end > at && source[end] === '?') end++; // lazy
	return { end, optional };
}
