import { beforeAll, describe, expect, it } from 'vitest';

import type { CheckContext } from '../../../shared/engine/context';
import type { Engine } from '../../../shared/engine/create-engine';
import { miniEngine } from './mini-pack';

let engine: Engine;
beforeAll(async () => {
	engine = await miniEngine();
});

const post: CheckContext = { platform: 'facebook', surface: 'post', images: 0 };
const found = (text: string, context: CheckContext = post) =>
	engine.check(text, context).map((f) => [f.rule, text.slice(f.start, f.end)]);

describe('compilePack().check()', () => {
	it('phrases: offsets point into the original draft, through zero-width and look-alike letters', () => {
		const text = 'What a ѕh\u200Bіt day';
		expect(found(text)).toEqual([['offensive/profanity', 'ѕh\u200Bіt']]);
	});
	it('phrases: the message quotes the flagged words', () => {
		expect(engine.check('f*ck this', post)[0]?.message).toBe('Profanity: “f*ck”.');
	});
	it('requirement: a disclaimer clears the trigger, and `when` keeps DMs out', () => {
		expect(found('First week at Hillside!')).toEqual([['affiliation/names-school', 'Hillside']]);
		expect(found('First week at Hillside! Views my own.')).toEqual([]);
		expect(found('First week at Hillside!', { ...post, surface: 'dm' })).toEqual([]);
	});
	it('proximity: the disparaging words, when a target is in the same sentence (or within N words)', () => {
		expect(found('Our head is useless.')).toEqual([['reputation/disparaging', 'useless']]);
		expect(found('Our head spoke. The weather was useless.')).toEqual([]);
		expect(found('the governors are clueless')).toEqual([['reputation/near-words', 'clueless']]);
	});
	it('proximity: the window is exact — N words either side, the sentence and not the next, however long the draft', () => {
		// near-words: "clueless" within 3 words of "governors".
		expect(found('governors one two clueless')).toEqual([['reputation/near-words', 'clueless']]);
		expect(found('governors one two three clueless')).toEqual([]);
		expect(found('clueless one two governors')).toEqual([['reputation/near-words', 'clueless']]);
		expect(found('clueless one two three governors')).toEqual([]);
		const filler = 'We had a lovely walk by the canal today. '.repeat(500);
		expect(found(`${filler}The governors are clueless. ${filler}`)).toEqual([
			['reputation/near-words', 'clueless'],
		]);
		// disparaging: same sentence, from either side, with targets before and after in other sentences.
		expect(found(`${filler}Our head spoke. It was useless. Our head left.`)).toEqual([]);
		expect(found(`Our head spoke. ${filler}Useless, said our head.`)).toEqual([
			['reputation/disparaging', 'Useless'],
		]);
	});
	it('personal data: phone, spelled e-mail, UPN, date of birth; the school domain is ignored', () => {
		expect(found('ring 07700 900123 or jo at gmail dot com')).toEqual([
			['personal-data/contact-details', '07700 900123'],
			['personal-data/contact-details', 'jo at gmail dot com'],
		]);
		expect(
			found('mail office@hillside.sch.uk').filter(([rule]) => rule?.startsWith('personal-data')),
		).toEqual([]);
		expect(found('UPN K302413100089')).toEqual([['personal-data/contact-details', 'K302413100089']]);
	});
	it('personal data: spelled e-mails are read around each "at", wherever it is in a long draft', () => {
		const contacts = (text: string) =>
			found(text)
				.filter(([rule]) => rule === 'personal-data/contact-details')
				.map(([, match]) => match);
		const filler = 'We met at the park at noon and ate at home. '.repeat(300);
		expect(contacts(`${filler}mail jo dot bloggs at gmail dot co dot uk ${filler}`)).toEqual([
			'jo dot bloggs at gmail dot co dot uk',
		]);
		expect(contacts('jo.b_x (at) school.org.uk and sam [at] mail.com')).toEqual([
			'jo.b_x (at) school.org.uk',
			'sam [at] mail.com',
		]);
		// An "at" inside an address found is part of it; "at" with no labels after it is prose.
		expect(contacts('x at y dot at z dot com')).toEqual(['x at y dot at']);
		expect(contacts('back at school, dot the i and cross the t')).toEqual([]);
		expect(contacts('at gmail dot com')).toEqual([]);
	});
	it('pattern: matches in the clean text', () => {
		expect(found('see PUPIL-12345')).toEqual([['personal-data/pupil-code', 'PUPIL-12345']]);
	});
	it('context: working time needs a time inside the hours, in the school time zone', () => {
		expect(found('hi', { ...post, time: '2025-03-03T10:00:00Z' })).toEqual([
			['working-time/during-hours', 'hi'],
		]);
		expect(found('hi', { ...post, time: '2025-07-07T15:30:00Z' })).toEqual([]); // 16:30 BST
		expect(found('hi', { ...post, time: '2025-03-03T10:00:00' })).toEqual([
			['working-time/during-hours', 'hi'],
		]);
		expect(found('hi')).toEqual([]);
		expect(engine.check('', { ...post, time: '2025-03-03T10:00:00Z' })).toMatchObject([{ start: 0, end: 0 }]);
	});
	it('context: e-mail fields run only e-mail-field rules', () => {
		expect(found('jo@hillside.sch.uk', { ...post, surface: 'email-field' })).toEqual([
			['work-email/sign-up', 'jo@hillside.sch.uk'],
		]);
		expect(found('Hillside idiots', { ...post, surface: 'email-field' })).toEqual([]);
	});
	it('when: platforms, surfaces and images', () => {
		expect(found('Great colleague', { platform: 'linkedin', surface: 'recommendation', images: 0 })).toEqual([
			['references/recommendation', 'Great colleague'],
		]);
		expect(found('Look at our logo', { ...post, images: 1, surface: 'dm' })).toEqual([
			['brand/logo-photo', 'our logo'],
		]);
		expect(found('Look at our logo')).toEqual([]);
	});
	it('combination: raises its clause on the first clause of `all` when the others are raised too', () => {
		expect(found('Hillside idiots')).toEqual([
			['affiliation/names-school', 'Hillside'],
			['offensive/profanity', 'idiots'],
			['reputation/insult-at-school', 'idiots'],
		]);
		expect(found('What idiots')).toEqual([['offensive/profanity', 'idiots']]); // no affiliation or brand
		expect(found('Hillside idiots', { ...post, surface: 'dm' })).toEqual([['offensive/profanity', 'idiots']]);
		expect(found('Hillside, what a sh1t day').map(([rule]) => rule)).not.toContain(
			'reputation/insult-at-school', // an exception
		);
	});
	it('combination: an `unless` term anywhere in the draft keeps it quiet', () => {
		const withLogo = { ...post, images: 1 };
		expect(found('Look at our logo', withLogo)).toEqual([
			['affiliation/logo-shown', 'our logo'],
			['brand/logo-photo', 'our logo'],
		]);
		expect(found('Look at our logo. Views my own.', withLogo)).toEqual([['brand/logo-photo', 'our logo']]);
	});
	it('combination: adds nothing when another rule raised its clause already', () => {
		expect(
			found('Hillside idiots, our head is useless').filter(([rule]) => rule?.startsWith('reputation')),
		).toEqual([['reputation/disparaging', 'useless']]);
	});
	it('findings are sorted and overlapping hits of one rule are merged', () => {
		const findings = engine.check('fucking fuck idiots', post);
		expect(findings.map((f) => [f.start, f.end])).toEqual([
			[0, 7],
			[8, 12],
			[13, 19],
		]);
	});
});
