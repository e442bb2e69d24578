/** Corpus-like sentences for the benchmark: mostly ordinary staff posts, some breaches of every kind. */
export const SENTENCES = [
	'Lovely sunny walk along the canal this morning with the dog.',
	'Marking mountain finally conquered, time for a cup of tea and a biscuit.',
	'Anyone got a good recipe for a vegetarian lasagne that freezes well?',
	'Parkrun PB this morning, absolutely buzzing about it.',
	'Reading a brilliant book on memory and learning, highly recommended for any teacher.',
	'So proud of my Year 6 today, they smashed the spelling test.',
	'Our head is useless and the governors have no idea what they are doing.',
	'What a sh1t week, roll on Friday honestly.',
	'If anyone needs Jayden’s dad his number is 07700 900417.',
	'First week at Mandeville done and dusted, pizza and bed.',
	'The parents at my school are a bunch of clowns.',
	'Happy birthday to the best sister in the world, love you loads.',
	'Train cancelled again, the Elizabeth line really is something else.',
	'Between us, SLT just told us there will be redundancies after Easter.',
	'Pics from today’s trip to Kew Gardens with my class, swipe for the gang.',
	'Can highly recommend Gemma for maths tutoring, she is a colleague of mine.',
	'Finished the allotment shed at last, now for the tomatoes.',
	'Watching the football with a curry, perfect Saturday night.',
	'Email me at jo.bloggs at gmail dot com if you want the notes.',
	'Half term plans: sleep, garden, sleep again.',
	'The f*cking photocopier has jammed for the third time today.',
	'Just booked flights to Lisbon for the summer, cannot wait.',
	'Great CPD session on adaptive teaching, lots to think about.',
	'UPN K302413100089, DOB 14/02/2013, transferred in from Hillingdon.',
	'Our new deputy head is running the marathon for charity, please sponsor her.',
	'Rainy Sunday, soup on the hob and a film on the telly.',
];

/** A deterministic text of exactly `length` characters made of SENTENCES (fixed-seed shuffle). */
export function buildText(length: number, seed = 42): string {
	let state = seed;
	const next = () => {
		state = (state * 1103515245 + 12345) & 0x7fffffff;
		return state;
	};
	let text = '';
	while (text.length < length) text += `${SENTENCES[next() % SENTENCES.length]!} `;
	return text.slice(0, length);
}

/** Adversarial inputs of 100,000 characters: long runs that make naive matchers go quadratic. */
export const ADVERSARIAL: Record<string, string> = {
	'a×1e5': 'a'.repeat(100_000),
	'@×1e5': '@'.repeat(100_000),
	'spaces×1e5': ' '.repeat(100_000),
	'digits×1e5': '1'.repeat(100_000),
	'"f u c k "×12500': 'f u c k '.repeat(12_500),
	'star word': `f${'*'.repeat(99_998)}k`,
	'"a@"×5e4': 'a@'.repeat(50_000),
	'"0 "×5e4': '0 '.repeat(50_000),
	'"sh1t."×16667': 'sh1t.'.repeat(20_000),
	'zero-width×1e5': '\u200B'.repeat(100_000),
	'"Year 9s "×12500': 'Year 9s '.repeat(12_500),
	'"a at b dot "×9091': 'a at b dot '.repeat(9_091).slice(0, 100_000),
};
