import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { loadValidPack } from '../../harness/load-valid-pack';
import type { CheckContext } from '../../../shared/engine/context';
import { compilePack, type Engine } from '../../../shared/engine/create-engine';
import type { Finding } from '../../../shared/engine/finding';
import { exampleContext } from '../../../shared/eval/run-examples';
import type { Rule, RulePack } from '../../../shared/pack/schema';

// Properties of the engine on the real Mandeville pack (rules/), whatever the draft.

let pack: RulePack;
let engine: Engine;
/** Flag examples of word rules (kind `phrases`), with the context they flag in. */
let flagged: Array<{ rule: Rule; text: string; context: CheckContext }>;
/** Words from the pack's own flag examples, so generated drafts actually raise findings. */
let vocabulary: string[];

beforeAll(async () => {
	pack = await loadValidPack();
	engine = compilePack(pack);
	flagged = pack.rules.flatMap((rule) =>
		rule.kind !== 'phrases'
			? []
			: rule.examples.flag.map((example) => ({
					rule,
					text: typeof example === 'string' ? example : example.text,
					context: exampleContext(rule, example),
				})),
	);
	vocabulary = [
		...new Set(
			pack.rules.flatMap((r) =>
				r.examples.flag.flatMap((e) => (typeof e === 'string' ? e : e.text).split(/\s+/)),
			),
		),
	].filter(Boolean);
});

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
/** Latin letters and a look-alike from another script (Cyrillic, Greek-free to stay unambiguous). */
const LOOK_ALIKES: Record<string, string[]> = {
	a: ['\u0430', '\uFF41'],
	c: ['\u0441', '\uFF43'],
	e: ['\u0435', '\uFF45'],
	i: ['\u0456', '\uFF49'],
	o: ['\u043E', '\uFF4F'],
	p: ['\u0440', '\uFF50'],
	s: ['\u0455', '\uFF53'],
	x: ['\u0445', '\uFF58'],
	y: ['\u0443', '\uFF59'],
};

const contextArb: fc.Arbitrary<CheckContext> = fc.record({
	platform: fc.constantFrom('facebook', 'x', 'linkedin', 'instagram'),
	surface: fc.constantFrom('post', 'reply', 'comment', 'dm', 'recommendation', 'bio', 'email-field'),
	images: fc.integer({ min: 0, max: 5 }),
	time: fc
		.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
		.map((d) => d.toISOString()),
});

/** Drafts mixing the pack's own flagged words with any Unicode, invisibles, digits, e-mail and URL shapes. */
const draftArb = (): fc.Arbitrary<string> =>
	fc
		.array(
			fc.oneof(
				{ weight: 4, arbitrary: fc.constantFrom(...vocabulary) },
				{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
				{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
				{ weight: 1, arbitrary: fc.constantFrom(...ZERO_WIDTH, '\n', '\t', '  ', '@', '.', '07', '+44 ') },
				{ weight: 1, arbitrary: fc.emailAddress() },
				{ weight: 1, arbitrary: fc.webUrl() },
				{ weight: 1, arbitrary: fc.stringMatching(/^[0-9 ()+-]{1,16}$/) },
			),
			{ maxLength: 40 },
		)
		.map((parts) => parts.join(' '));

function isHighSurrogate(code: number | undefined): boolean {
	return code !== undefined && code >= 0xd800 && code <= 0xdbff;
}

function assertSpansInside(draft: string, findings: Finding[]): void {
	for (const f of findings) {
		expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
		expect(0 <= f.start && f.start <= f.end && f.end <= draft.length).toBe(true);
		if (f.end === f.start) continue;
		// A span never cuts a character in half, and it is on words, not on blank space.
		expect(isHighSurrogate(draft.charCodeAt(f.start - 1))).toBe(false);
		expect(isHighSurrogate(draft.charCodeAt(f.end - 1))).toBe(false);
		expect(draft.slice(f.start, f.end).trim()).not.toBe('');
	}
}

function disguise(text: string, zeroWidth: number[], swaps: number[]): string {
	let out = '';
	[...text].forEach((ch, i) => {
		const options = LOOK_ALIKES[ch];
		out += options && swaps[i % swaps.length]! > 0 ? options[swaps[i % swaps.length]! % options.length]! : ch;
		if (/\p{L}/u.test(ch) && zeroWidth[i % zeroWidth.length]! > 0)
			out += ZERO_WIDTH[zeroWidth[i % zeroWidth.length]! % ZERO_WIDTH.length];
	});
	return out;
}

const RUNS = { numRuns: 300 };

describe('compilePack(rules).check() properties', () => {
	it('never throws, on any draft in any context', () => {
		fc.assert(
			fc.property(draftArb(), contextArb, (draft, context) => {
				engine.check(draft, context);
			}),
			RUNS,
		);
		for (const odd of ['', '\uD800', '\uDC00x\uD800', '\u0000'.repeat(50), '\u202E\u202D'.repeat(30)])
			expect(() => engine.check(odd, { platform: 'x', surface: 'post' })).not.toThrow();
	});

	it('keeps every offset inside the draft, on whole characters and on words', () => {
		fc.assert(
			fc.property(draftArb(), contextArb, (draft, context) => {
				assertSpansInside(draft, engine.check(draft, context));
			}),
			RUNS,
		);
	});

	it('keeps a flag on the same words wherever the draft puts them (text before and after)', () => {
		fc.assert(
			fc.property(
				fc.nat(),
				fc.string({ maxLength: 30 }).map((s) => s.replace(/\S+/g, 'zq')),
				fc.string({ maxLength: 30 }).map((s) => s.replace(/\S+/g, 'zq')),
				(pick, before, after) => {
					const { rule, text, context } = flagged[pick % flagged.length]!;
					const alone = engine.check(text, context).filter((f) => f.rule === rule.id);
					const padded = `${before}\n${text}\n${after}`;
					const shift = before.length + 1;
					const inContext = engine.check(padded, context).filter((f) => f.rule === rule.id);
					for (const f of alone) {
						const words = text.slice(f.start, f.end);
						expect(inContext.some((g) => padded.slice(g.start, g.end).includes(words))).toBe(true);
						expect(inContext.some((g) => g.start <= f.start + shift && f.end + shift <= g.end)).toBe(true);
					}
				},
			),
			RUNS,
		);
	});

	it('gives the same findings for the same input (and a freshly compiled pack agrees)', () => {
		const again = compilePack(pack);
		fc.assert(
			fc.property(draftArb(), contextArb, (draft, context) => {
				const first = engine.check(draft, context);
				expect(engine.check(draft, context)).toEqual(first);
				expect(again.check(draft, context)).toEqual(first);
			}),
			{ numRuns: 150 },
		);
	});

	it('cannot be dodged with zero-width or look-alike characters', () => {
		fc.assert(
			fc.property(
				fc.nat(),
				fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 7 }),
				fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 7 }),
				(pick, zeroWidth, swaps) => {
					const { rule, text, context } = flagged[pick % flagged.length]!;
					if (!engine.check(text, context).some((f) => f.rule === rule.id)) return;
					const disguised = disguise(text, zeroWidth, swaps);
					const findings = engine.check(disguised, context);
					expect(
						findings.some((f) => f.rule === rule.id),
						`${rule.id} missed ${JSON.stringify(disguised)}`,
					).toBe(true);
					assertSpansInside(disguised, findings);
				},
			),
			RUNS,
		);
	});
});

/**
 * A hang guard, not a speed measurement (`npm run bench` measures and prints the worst case against its own,
 * much tighter budget): no 100,000-character draft may take this much CPU time (this process's own, so other
 * work on a shared machine does not count; a quadratic matcher takes minutes).
 */
export const WORST_CASE_BUDGET_MS = 5_000;
const N = 100_000;

/** Drafts built to slow regular expressions and matchers: long runs, near-misses, nested-looking shapes. */
export function hostileDrafts(words: string[]): Array<[string, string]> {
	const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
	return [
		['one letter', fill('a')],
		['one digit', fill('0')],
		['digits and spaces', fill('0 ')],
		['phone-like near miss', fill('+44 (0)20 7946 09')],
		['e-mail near miss', fill('a.b-c_d@')],
		['e-mail local part only', `${fill('a.')}@`],
		['url-ish', fill('https://a.b/')],
		['spaced letters', fill('s h ')],
		['repeats for collapse', fill('shhhhiiiitt')],
		['leet symbols', fill('$h!7*')],
		['zero-width run', fill('\u200B')],
		['zero-width between letters', fill('f\u200Bu\u200Cc\u200Dk ')],
		['combining marks (Zalgo)', fill('a\u0301\u0302\u0303\u0304')],
		['look-alikes', fill('\u0455\u04BB\u0456\u0442 ')],
		['astral characters', fill('😀𝐚')],
		['no spaces at all', fill('abcdefghij')],
		['punctuation', fill('!?.,;:')],
		['newlines', fill('\n')],
		['flagged words back to back', fill(`${words.join(' ')} `)],
		['date-like', fill('12/12/19')],
		['one long starred word', `f${'*'.repeat(N - 2)}k`],
		['leet digit run', fill('1')],
	];
}

function cpuMs(since: NodeJS.CpuUsage): number {
	const { user, system } = process.cpuUsage(since);
	return (user + system) / 1000;
}

describe('worst case: 100,000-character drafts', () => {
	it(`checks every hostile draft within ${WORST_CASE_BUDGET_MS} ms of CPU time`, () => {
		const times: Array<[string, number]> = [];
		for (const [name, draft] of hostileDrafts(vocabulary.slice(0, 200))) {
			expect(draft.length).toBeGreaterThanOrEqual(N - 1);
			const started = process.cpuUsage();
			const findings = engine.check(draft, { platform: 'facebook', surface: 'post', images: 1 });
			const ms = cpuMs(started);
			times.push([name, Math.round(ms)]);
			assertSpansInside(draft, findings.slice(0, 50));
		}
		times.sort((a, b) => b[1] - a[1]);
		console.info(
			`worst case over ${times.length} hostile 100k drafts: ${times[0]![1]} ms CPU (${times[0]![0]})`,
		);
		for (const [name, ms] of times) expect(ms, name).toBeLessThan(WORST_CASE_BUDGET_MS);
	}, 120_000);

	it('checks random 100,000-character drafts within the budget', () => {
		fc.assert(
			fc.property(draftArb(), (seed) => {
				const draft = (seed || 'x').repeat(Math.ceil(N / Math.max(1, seed.length))).slice(0, N);
				const started = process.cpuUsage();
				engine.check(draft, { platform: 'x', surface: 'post' });
				expect(cpuMs(started)).toBeLessThan(WORST_CASE_BUDGET_MS);
			}),
			{ numRuns: 10 },
		);
	}, 120_000);
});

describe('context findings', () => {
	it('span the draft without its blank edges, and a blank draft at 0..0', () => {
		const context = { platform: 'x', surface: 'post', images: 0, time: '2025-03-03T10:00:00Z' } as const;
		const on = (draft: string) =>
			engine
				.check(draft, context)
				.filter((f) => f.clause === 'working-time')
				.map((f) => [f.start, f.end]);
		expect(on('\uFEFF')).toEqual([[0, 0]]);
		expect(on('  hello there \n')).toEqual([[2, 13]]);
	});
});
