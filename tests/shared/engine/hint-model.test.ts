import { describe, expect, it } from 'vitest';

import type { CheckContext } from '../../../shared/engine/context';
import { compilePack } from '../../../shared/engine/create-engine';
import { packHintModel, unpackHintModel } from '../../../shared/pack/pack-hint-model';
import type { RulePack } from '../../../shared/pack/schema';
import { loadMiniPack } from './mini-pack';

const post = { platform: 'x', surface: 'post', images: 0 } as const;
/** The rules (and hints) a check of `text` raises, in order. */
const rulesOf = (pack: RulePack, text: string, context: CheckContext = post) =>
	compilePack(pack)
		.check(text, context)
		.map((f) => f.rule);
const hintsOf = (pack: RulePack, text: string, context: CheckContext = post) =>
	compilePack(pack)
		.check(text, context)
		.filter((f) => f.rule.endsWith('/hint'))
		.map((f) => ({
			clause: f.clause,
			rule: f.rule,
			severity: f.severity,
			words: text.slice(f.start, f.end),
			message: f.message,
		}));

describe('the hint model in a pack (mini pack hint-model.yaml)', () => {
	it('raises a clause no rule raised, at info, pointing at the words that weighed most', async () => {
		const pack = await loadMiniPack();
		expect(hintsOf(pack, 'What a kerfuffle in the staff room today')).toEqual([
			{
				clause: 'reputation',
				rule: 'reputation/hint',
				severity: 'info',
				words: 'kerfuffle',
				message: 'Worded like drafts that raise “Disparaging the school”.',
			},
		]);
	});

	it('reads the words through the engine normalisation, with offsets into the original', async () => {
		const pack = await loadMiniPack();
		// Cyrillic ѕ and a zero-width space: still the pair "staff room" (-1 + 1.5 ≥ 0.5).
		const text = 'Back in the \u0455taff\u200B room';
		expect(hintsOf(pack, text).map((h) => h.words)).toEqual(['\u0455taff\u200B room']);
	});

	it('counts a feature once, however often it appears, and weighs the context', async () => {
		const pack = await loadMiniPack();
		// "glowing" once or thrice: -2 + 1 < 0, no hint; on LinkedIn -2 + 1 + 1 ≥ 0.
		expect(hintsOf(pack, 'glowing glowing glowing')).toEqual([]);
		expect(hintsOf(pack, 'glowing glowing glowing', { ...post, platform: 'linkedin' })).toMatchObject([
			{ clause: 'references', words: 'glowing' },
		]);
		expect(hintsOf(pack, 'What a kerfuffle', { ...post, surface: 'dm' })).toEqual([]);
	});

	it('covers the whole draft when only the context weighed for it', async () => {
		const pack = await loadMiniPack();
		pack.model!.clauses.references!.threshold = -1;
		expect(hintsOf(pack, 'A quiet day', { ...post, platform: 'linkedin' })).toMatchObject([
			{ clause: 'references', words: 'A quiet day' },
		]);
	});

	it('stays quiet where a rule already raised the clause, past maxChars, and in e-mail fields', async () => {
		const pack = await loadMiniPack();
		const ruled = compilePack(pack).check('Our head is useless, what a kerfuffle', post);
		expect(ruled.filter((f) => f.clause === 'reputation').map((f) => f.rule)).toEqual([
			'reputation/disparaging',
		]);
		expect(hintsOf(pack, `${'a '.repeat(100)}kerfuffle`)).toEqual([]);
		expect(hintsOf(pack, `${'a '.repeat(95)}kerfuffle`)).toHaveLength(1);
		expect(hintsOf(pack, 'kerfuffle', { ...post, surface: 'email-field' })).toEqual([]);
	});

	it('drops the findings of the rules it may overrule for a clause it doubts (its score below the veto), and only those', async () => {
		const pack = await loadMiniPack();
		const clausesOf = (text: string, context?: CheckContext) => rulesOf(pack, text, context);
		// Reputation scores -1 (the bias) without "kerfuffle" or "staff room", 1 with "kerfuffle".
		expect(clausesOf('Our head is useless. What a sh1t day')).toEqual([
			'reputation/disparaging',
			'offensive/profanity',
		]);
		pack.model!.veto = -0.5;
		pack.model!.vetoRules = ['reputation/disparaging', 'offensive/profanity'];
		// Doubted: its rule's finding goes; offensive is not modelled, so the model has no say on it.
		expect(clausesOf('Our head is useless. What a sh1t day')).toEqual(['offensive/profanity']);
		expect(clausesOf('Our head is useless, what a kerfuffle')).toEqual(['reputation/disparaging']);
		// A DM weighs -4 against reputation: doubted even with "kerfuffle".
		expect(clausesOf('Our head is useless, what a kerfuffle', { ...post, surface: 'dm' })).toEqual([]);
		// Past maxChars the model reads nothing, so it doubts nothing.
		expect(clausesOf(`Our head is useless. ${'a '.repeat(100)}`)).toEqual(['reputation/disparaging']);
		pack.model!.veto = -1;
		expect(clausesOf('Our head is useless')).toEqual(['reputation/disparaging']);
		// A rule the model may not overrule (added since it was trained, or of a clause it spares) keeps its
		// findings, however low the score; so does every rule when the list is missing.
		pack.model!.veto = -0.5;
		expect(clausesOf('Hillside idiots')).toContain('reputation/insult-at-school');
		delete pack.model!.vetoRules;
		expect(clausesOf('Our head is useless')).toEqual(['reputation/disparaging']);
	});

	it('drops a combination that stood on a finding it doubted, and keeps one whose clauses are still raised', async () => {
		const pack = await loadMiniPack();
		const file = unpackHintModel(pack.model!);
		// Affiliation scores -3 unless the draft says "staff".
		pack.model = packHintModel({
			...file,
			clauses: { ...file.clauses, affiliation: { bias: -3, threshold: 1, weights: [['staff', 4]] } },
		});
		const rules = (text: string) => rulesOf(pack, text);
		expect(rules('Hillside idiots')).toEqual([
			'affiliation/names-school',
			'offensive/profanity',
			'reputation/insult-at-school',
		]);
		// The combination itself may not be overruled; what it stood on may.
		pack.model.veto = -0.5;
		pack.model.vetoRules = ['affiliation/names-school'];
		expect(rules('Hillside idiots')).toEqual(['offensive/profanity']);
		expect(rules('Hillside staff idiots')).toEqual([
			'affiliation/names-school',
			'offensive/profanity',
			'reputation/insult-at-school',
		]);
	});

	it('raises a clause at its lower threshold (alongside) only on a draft that raises another clause', async () => {
		const pack = await loadMiniPack();
		// "glowing" on X scores -1 for references: below its threshold (0), at its alongside threshold (-1).
		pack.model!.clauses.references!.alongside = -1;
		const clauses = (text: string, context?: CheckContext) => rulesOf(pack, text, context);
		expect(clauses('A glowing day')).toEqual([]);
		// Another clause raised by a rule, or by a hint at its full threshold: references comes along.
		expect(clauses('A glowing sh1t day')).toEqual(['references/hint', 'offensive/profanity']);
		expect(clauses('A glowing kerfuffle')).toEqual(['references/hint', 'reputation/hint']);
		// Working time says nothing of the words: it does not bring the lower threshold into play.
		expect(clauses('A glowing day', { ...post, time: '2025-03-03T10:00:00Z' } as typeof post)).toEqual([
			'working-time/during-hours',
		]);
		// Nor does a finding the veto dropped (reputation scores -1 here, below a veto of -0.5).
		expect(clauses('Our head is useless, a glowing day')).toEqual([
			'reputation/disparaging',
			'references/hint',
		]);
		pack.model!.veto = -0.5;
		pack.model!.vetoRules = ['reputation/disparaging'];
		expect(clauses('Our head is useless, a glowing day')).toEqual([]);
	});

	it('hints at the clause a draft reads most like when nothing else raised anything and the breach model says it breaches one', async () => {
		const pack = await loadMiniPack();
		const file = unpackHintModel(pack.model!);
		pack.model = packHintModel({ ...file, breach: { bias: -1, threshold: 0, weights: [['gloomy', 1]] } });
		const rules = (text: string, context: CheckContext = post) =>
			compilePack(pack)
				.check(text, context)
				.map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);
		// Reputation is 1.5 below its threshold here, references 2: reputation, on the whole draft (no word weighed).
		expect(rules('A gloomy Monday')).toEqual(['reputation/hint A gloomy Monday']);
		expect(rules('A quiet Monday')).toEqual([]);
		// Something else raised: no breach hint.
		expect(rules('A gloomy sh1t Monday')).toEqual(['offensive/profanity sh1t']);
		// Lower thresholds: references now leads (0.5 above its own, reputation 0 above), and the draft, flagged,
		// brings reputation along at its lower threshold.
		pack.model.clauses.references!.alongside = -2.5;
		pack.model.clauses.reputation!.alongside = -1;
		expect(rules('A gloomy Monday')).toEqual([
			'references/hint A gloomy Monday',
			'reputation/hint A gloomy Monday',
		]);
		// Not in e-mail fields, and not in a draft past maxChars.
		expect(rules('gloomy', { ...post, surface: 'email-field' })).toEqual([]);
		expect(rules(`gloomy ${'a '.repeat(100)}`)).toEqual([]);
	});

	it("stays quiet on a clause whose hintUnless terms are anywhere in the draft (affiliation's disclaimers)", async () => {
		const pack = await loadMiniPack();
		pack.model!.clauses.references!.alongside = -1;
		const clauses = (text: string) => rulesOf(pack, text);
		expect(clauses('What a kerfuffle, views my own')).toEqual(['reputation/hint']);
		expect(clauses('A glowing kerfuffle. Views my own')).toEqual(['references/hint', 'reputation/hint']);
		pack.clauses.reputation!.hintUnless = ['views my own'];
		expect(clauses('What a kerfuffle, views my own')).toEqual([]);
		expect(clauses('What a kerfuffle, views mine')).toEqual(['reputation/hint']);
		// Only that clause: references still comes along on a draft a rule flags.
		expect(clauses('A glowing sh1t kerfuffle. Views my own')).toEqual([
			'references/hint',
			'offensive/profanity',
		]);
		// A rule's finding of the clause is the rule's business: its own unless, not this.
		expect(clauses('Our head is useless, views my own')).toEqual(['reputation/disparaging']);
		// Nor does it speak when it is the clause the breach model's draft reads most like (as in the test above).
		const breaching = await loadMiniPack();
		const file = unpackHintModel(breaching.model!);
		breaching.model = packHintModel({
			...file,
			breach: { bias: -1, threshold: 0, weights: [['gloomy', 1]] },
		});
		breaching.clauses.reputation!.hintUnless = ['views my own'];
		expect(rulesOf(breaching, 'A gloomy Monday')).toEqual(['reputation/hint']);
		expect(rulesOf(breaching, 'A gloomy Monday, views my own')).toEqual([]);
	});

	it('is optional: without it nothing but rules speaks', async () => {
		const { model: _, ...pack } = await loadMiniPack();
		expect(hintsOf(pack, 'What a kerfuffle in the staff room')).toEqual([]);
	});

	it('weighs a feature for each clause that weights it', async () => {
		const pack = await loadMiniPack();
		const file = unpackHintModel(pack.model!);
		file.clauses.references!.weights.push(['kerfuffle', 1]);
		pack.model = packHintModel(file);
		expect(hintsOf(pack, 'kerfuffle', { ...post, platform: 'linkedin' }).map((h) => h.clause)).toEqual([
			'references',
			'reputation',
		]);
		file.clauses.reputation!.weights.push(['kerfuffle', 1]);
		expect(() => packHintModel(file)).toThrow('hint model: "kerfuffle" is weighted twice for reputation');
	});

	it('refuses a model for a clause the pack does not have', async () => {
		const pack = await loadMiniPack();
		pack.model!.clauses.copyright = { bias: 0, threshold: 0 };
		expect(() => compilePack(pack)).toThrow('hint model: unknown clause "copyright"');
	});
});
