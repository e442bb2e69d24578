import { ANY_ENDING, DIGITS, type TermElement, type TermWord } from './parse-term';

/**
 * A node of the word trie used on the plain view: edges are whole words. A lexicon named in a term is
 * inlined where it is named (its entries merge with the other terms there, so a common first word such
 * as "the" is looked up once), and each entry's end links (epsilon) to one shared continuation node for
 * the rest of the term: nothing is multiplied out.
 */
export interface WordNode {
	words?: Map<string, WordNode>;
	/** Words with `#` or `*`, tested against the draft's word; by source, and by first character. */
	patterns?: Map<string, PatternEdge>;
	/**
	 * The words with `#` or `*` a draft word starting with this character may match: those starting with
	 * it, with a digit for `#`, and those starting with `*` (in every list), so a visit makes one lookup.
	 */
	patternsByFirst?: Map<string, PatternEdge[]>;
	/** Those starting with `*`: for a first character no other pattern starts with. */
	patternsAnyFirst?: PatternEdge[];
	/** Words with `#` but no `*`, by shape (each run of digits as one `#`: "y#", "#s"): one lookup, no regex. */
	shapes?: Map<string, WordNode>;
	hits?: number[];
	/** Hit lists shared by every end of an inlined lexicon: a term ending in `@insults` is one push, not 800. */
	sharedHits?: number[][];
	/** Nodes that continue from here without consuming a word (the rest of a term after a lexicon). */
	epsilons?: WordNode[];
	/** Lexicons named here after a term's first word: their own trie, entered with where to carry on. */
	calls?: WordCall[];
	/** In a lexicon's own trie: an entry ends here (the matcher carries on at the caller's continuation). */
	lexiconEnd?: boolean;
}

/** A call into a lexicon's own trie, and the node the term carries on at after one of its entries. */
export interface WordCall {
	readonly root: WordNode;
	readonly continuation: WordNode;
}

/** What inserting a term needs besides the node: lexicon entries, and what has been built for them. */
export interface WordTrieContext {
	readonly entries: LexiconEntries;
	/** Per node and lexicon, where the lexicon inlined there ends. */
	readonly inlined: Map<WordNode, Map<string, Inlined>>;
	/** Each lexicon's own trie, built once, for the places a term names it after its first word. */
	readonly tries: Map<string, WordNode>;
}

/**
 * A fresh, empty word-trie node. Every field is there from the start, so all nodes share one shape and
 * the property reads of building and walking the trie stay monomorphic.
 * @example const root = createWordNode()
 */
export function createWordNode(): WordNode {
	return {
		words: undefined,
		patterns: undefined,
		patternsByFirst: undefined,
		patternsAnyFirst: undefined,
		shapes: undefined,
		hits: undefined,
		sharedHits: undefined,
		epsilons: undefined,
		calls: undefined,
		lexiconEnd: undefined,
	};
}

/** A word of a term as the word trie takes it: its text, a word with `#` or `*`, or a lexicon reference. */
export type PlainWord = string | { readonly elements: readonly TermElement[] } | { readonly lexicon: string };

/** A parsed term for the word trie, its literal words joined once. @example toPlainWords(parseTerm('our @roles')) */
export function toPlainWords(words: readonly TermWord[]): PlainWord[] {
	return words.map((word) => (!Array.isArray(word) ? word : (word.literal ?? { elements: word })));
}

/** A lexicon's entries as PlainWords, by name; throws on an unknown one. */
export type LexiconEntries = (name: string) => readonly (readonly PlainWord[])[];

/**
 * Inserts a parsed term below `node` and returns where it ends: a node, or the lexicon it ends with (whose
 * `hits` every entry's end shares). A lexicon that starts the term is inlined at `node` (merged with the
 * other words there, so the draft's word is looked up once); one named later is called: its own trie,
 * built once, is entered from here, so a lexicon named in forty terms is not copied forty times.
 * @example (addWordTerm(root, toPlainWords(parseTerm('our @roles')), context).hits ??= []).push(0)
 */
export function addWordTerm(
	node: WordNode,
	words: readonly PlainWord[],
	context: WordTrieContext,
): WordNode | Inlined {
	let current = node;
	for (let k = 0; k < words.length; k++) {
		const word = words[k]!;
		if (typeof word === 'string') {
			// Inlined by hand: this runs for every word of every lexicon entry.
			const children = (current.words ??= new Map());
			let next = children.get(word);
			if (!next) children.set(word, (next = createWordNode()));
			current = next;
			continue;
		}
		if ('elements' in word) {
			current = patternChild(current, word.elements);
			continue;
		}
		if (k > 0) {
			current = callLexicon(current, word.lexicon, context);
			continue;
		}
		const lexicon = inlineLexicon(current, word.lexicon, context);
		if (k === words.length - 1) return lexicon;
		// One continuation per (node, lexicon), shared by every term that goes on after it.
		if (!lexicon.continuation) {
			const continuation = createWordNode();
			for (const end of lexicon.ends) (end.epsilons ??= []).push(continuation);
			lexicon.continuation = continuation;
		}
		current = lexicon.continuation;
	}
	return current;
}

/** The continuation of a call from `node` into the lexicon's trie (one per node and lexicon). */
function callLexicon(node: WordNode, name: string, context: WordTrieContext): WordNode {
	const root = lexiconTrie(name, context);
	const known = node.calls?.find((call) => call.root === root);
	if (known) return known.continuation;
	const call: WordCall = { root, continuation: createWordNode() };
	(node.calls ??= []).push(call);
	return call.continuation;
}

function lexiconTrie(name: string, context: WordTrieContext): WordNode {
	let root = context.tries.get(name);
	if (root) return root;
	root = createWordNode();
	context.tries.set(name, root);
	// The lexicon inlined at a root of its own: where its entries end, the matcher goes back to the caller.
	for (const end of inlineLexicon(root, name, context).ends) end.lexiconEnd = true;
	return root;
}

/** A lexicon inlined at a node: where its entries end, their shared hits, and where a term goes on. */
export interface Inlined {
	ends: WordNode[];
	hits: number[];
	continuation?: WordNode;
}

function inlineLexicon(node: WordNode, name: string, context: WordTrieContext): Inlined {
	let byName = context.inlined.get(node);
	if (!byName) context.inlined.set(node, (byName = new Map()));
	const known = byName.get(name);
	if (known) return known;
	const result: Inlined = { ends: [], hits: [] };
	// Each end once (two entries may end at one node), marked with this inlining's shared hit list.
	const add = (end: WordNode) => {
		if (end.sharedHits?.at(-1) === result.hits) return;
		(end.sharedHits ??= []).push(result.hits);
		result.ends.push(end);
	};
	for (const entry of context.entries(name)) {
		const end = addWordTerm(node, entry, context);
		if ('ends' in end) for (const nested of end.ends) add(nested);
		else add(end);
	}
	byName.set(name, result);
	return result;
}

// Without the g flag a RegExp keeps no state, so every node testing the same word shares one.
const regexes = new Map<string, RegExp>();

/** A word with `#` or `*`, tested against the draft's word, and where it leads. */
export interface PatternEdge {
	readonly regex: RegExp;
	readonly node: WordNode;
}

const DIGIT_CHARS = [...'0123456789'];

function patternChild(node: WordNode, elements: readonly TermElement[]): WordNode {
	const shape = shapeOf(elements);
	if (shape !== undefined) {
		const shapes = (node.shapes ??= new Map());
		let next = shapes.get(shape);
		if (!next) shapes.set(shape, (next = createWordNode()));
		return next;
	}
	const source = `^${elements.map((e) => (e === DIGITS ? '\\d+' : e === ANY_ENDING ? '[^]*' : escape(e))).join('')}$`;
	node.patterns ??= new Map();
	let entry = node.patterns.get(source);
	if (entry) return entry.node;
	let regex = regexes.get(source);
	if (!regex) regexes.set(source, (regex = new RegExp(source)));
	node.patterns.set(source, (entry = { regex, node: createWordNode() }));
	const byFirst = (node.patternsByFirst ??= new Map());
	const anyFirst = (node.patternsAnyFirst ??= []);
	const addTo = (char: string) => {
		const list = byFirst.get(char);
		if (list) list.push(entry);
		else byFirst.set(char, [...anyFirst, entry]);
	};
	const first = elements[0];
	if (first === ANY_ENDING) {
		anyFirst.push(entry);
		for (const list of byFirst.values()) list.push(entry);
	} else if (first === DIGITS) for (const digit of DIGIT_CHARS) addTo(digit);
	else addTo(first as string);
	return entry.node;
}

function escape(char: string): string {
	return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}

const DIGIT = /[0-9]/;
const DIGIT_RUNS = /[0-9]+/g;

/** A draft word's shape: each run of digits as one `#` ("Y10" → "y#"). @example wordShape('9s') === '#s' */
export function wordShape(word: string): string {
	return word.replace(DIGIT_RUNS, '#');
}

/** The shape a `#` word matches exactly, or undefined when it needs its regex (a `*`, or `#` beside a digit). */
function shapeOf(elements: readonly TermElement[]): string | undefined {
	let shape = '';
	for (let k = 0; k < elements.length; k++) {
		const element = elements[k]!;
		if (element === ANY_ENDING) return undefined;
		if (element === DIGITS) {
			const before = elements[k - 1];
			const after = elements[k + 1];
			if (after === DIGITS || (typeof before === 'string' && DIGIT.test(before))) return undefined;
			if (typeof after === 'string' && DIGIT.test(after)) return undefined;
			shape += '#';
		} else shape += element;
	}
	return shape;
}
