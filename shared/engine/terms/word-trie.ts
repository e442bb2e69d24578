import { ANY_ENDING, DIGITS, plainFirstWord, type TermElement, type TermWord } from './parse-term';

/**
 * A node of the word trie used on the plain view: edges are whole words. A lexicon that starts a term is
 * inlined where the term starts (its entries merge with the other terms there, so a common first word
 * such as "the" is looked up once), and each entry's end links (epsilon) to one shared continuation node
 * for the rest of the term: nothing is multiplied out. The trie grows as drafts need it: what lies below
 * a first word is inserted the first time a draft reaches that word (see `pending`), so a worker that
 * wakes up builds only the branches its drafts walk.
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
	/**
	 * Terms still to insert below this node, `fillWordNode` inserts them before the node is first read: pairs
	 * of a term's words (or a lexicon entry, parsed only then) and how to insert it. Flat pairs rather than an
	 * object per term, as ten thousand lexicon entries wait here at compile.
	 */
	pending?: (readonly PlainWord[] | string | Insertion)[];
}

/** How a waiting term is inserted: its words from `from` on, and who is told where it ends. */
interface Insertion {
	readonly from: number;
	readonly onEnd: OnEnd;
	readonly context: WordTrieContext;
}

/** A call into a lexicon's own trie, and the node the term carries on at after one of its entries. */
export interface WordCall {
	readonly root: WordNode;
	readonly continuation: WordNode;
}

/** What inserting a term needs besides the node: lexicon entries, and what has been built for them. */
export interface WordTrieContext {
	/** A lexicon's entries as written; throws on an unknown lexicon or a cycle. */
	readonly entries: (name: string) => readonly string[];
	/** One entry parsed; throws on a bad one. */
	readonly parse: (entry: string) => readonly PlainWord[];
	/** Per node and lexicon, where the lexicon inlined there ends. */
	readonly inlined: Map<WordNode, Map<string, Inlined>>;
	/** Each lexicon's own trie, for the places a term names it after its first word. */
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
		pending: undefined,
	};
}

/** A word of a term as the word trie takes it: its text, a word with `#` or `*`, or a lexicon reference. */
export type PlainWord = string | { readonly elements: readonly TermElement[] } | { readonly lexicon: string };

/** A parsed term for the word trie, its literal words joined once. @example toPlainWords(parseTerm('our @roles')) */
export function toPlainWords(words: readonly TermWord[]): PlainWord[] {
	return words.map((word) => (!Array.isArray(word) ? word : (word.literal ?? { elements: word })));
}

/** Told where a term ends: a node, or the lexicon it ends with (whose `hits` every entry's end shares). */
export type OnEnd = (end: WordNode | Inlined) => void;

/**
 * Inserts a parsed term below `node` and tells `onEnd` where it ends — now, or when a draft first reaches
 * the term's first word: a term starting with a literal word waits in that word's node (`pending`). A
 * lexicon that starts the term is inlined at `node` (merged with the other words there, so the draft's
 * word is looked up once); one named later is called: its own trie, built when a draft first enters it,
 * so a lexicon named in forty terms is not copied forty times.
 * @example addWordTerm(root, toPlainWords(parseTerm('our @roles')), context, (end) => (end.hits ??= []).push(0))
 */
export function addWordTerm(
	node: WordNode,
	words: readonly PlainWord[],
	context: WordTrieContext,
	onEnd: OnEnd,
): void {
	const first = words[0];
	if (typeof first === 'string') (child(node, first).pending ??= []).push(words, { from: 1, onEnd, context });
	else insertFrom(node, words, 0, context, onEnd);
}

function child(node: WordNode, word: string): WordNode {
	const children = (node.words ??= new Map());
	let next = children.get(word);
	if (!next) children.set(word, (next = createWordNode()));
	return next;
}

/** Inserts what waits below `node`; the matcher calls it before reading a node with `pending`. */
export function fillWordNode(node: WordNode): void {
	const pending = node.pending!;
	node.pending = undefined;
	for (let k = 0; k < pending.length; k += 2) {
		const words = pending[k] as readonly PlainWord[] | string;
		const { from, onEnd, context } = pending[k + 1] as Insertion;
		insertFrom(node, typeof words === 'string' ? context.parse(words) : words, from, context, onEnd);
	}
}

function insertFrom(
	node: WordNode,
	words: readonly PlainWord[],
	from: number,
	context: WordTrieContext,
	onEnd: OnEnd,
): void {
	let current = node;
	for (let k = from; k < words.length; k++) {
		const word = words[k]!;
		if (typeof word === 'string') {
			// Inlined by hand: this runs for every word of every lexicon entry a draft reaches.
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
		if (k === words.length - 1) {
			onEnd(lexicon);
			return;
		}
		// One continuation per (node, lexicon), shared by every term that goes on after it.
		if (!lexicon.continuation) {
			const continuation = createWordNode();
			for (const end of lexicon.ends) (end.epsilons ??= []).push(continuation);
			lexicon.continuation = continuation;
		}
		current = lexicon.continuation;
	}
	onEnd(current);
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

const LEXICON_END: OnEnd = (end) => {
	if (!('ends' in end)) return markLexiconEnd(end);
	for (const known of end.ends) markLexiconEnd(known);
	end.listeners.push(markLexiconEnd);
};

function markLexiconEnd(end: WordNode): void {
	end.lexiconEnd = true;
}

function lexiconTrie(name: string, context: WordTrieContext): WordNode {
	let root = context.tries.get(name);
	if (root) return root;
	root = createWordNode();
	context.tries.set(name, root);
	// The lexicon inlined at a root of its own, once a draft enters it; where its entries end, the matcher
	// goes back to the caller.
	root.pending = [[{ lexicon: name }], { from: 0, onEnd: LEXICON_END, context }];
	return root;
}

/**
 * A lexicon inlined at a node: where its entries end (so far: they are inserted as drafts reach them),
 * their shared hits, where a term goes on, and who else is told of each new end (an enclosing lexicon).
 */
export interface Inlined {
	readonly ends: WordNode[];
	readonly hits: number[];
	continuation?: WordNode;
	readonly listeners: ((end: WordNode) => void)[];
}

function inlineLexicon(node: WordNode, name: string, context: WordTrieContext): Inlined {
	let byName = context.inlined.get(node);
	if (!byName) context.inlined.set(node, (byName = new Map()));
	const known = byName.get(name);
	if (known) return known;
	const result: Inlined = { ends: [], hits: [], listeners: [] };
	byName.set(name, result);
	// Each end once (two entries may end at one node), marked with this inlining's shared hit list.
	const add = (end: WordNode) => {
		if (end.sharedHits?.includes(result.hits)) return;
		(end.sharedHits ??= []).push(result.hits);
		result.ends.push(end);
		if (result.continuation) (end.epsilons ??= []).push(result.continuation);
		for (const listener of result.listeners) listener(end);
	};
	const onEnd: OnEnd = (end) => {
		if (!('ends' in end)) return add(end);
		for (const nested of end.ends) add(nested);
		end.listeners.push(add);
	};
	// An entry whose first word reads without parsing (most) waits, unparsed, below that word.
	const insertion: Insertion = { from: 1, onEnd, context };
	for (const entry of context.entries(name)) {
		const first = plainFirstWord(entry);
		if (first === undefined) addWordTerm(node, context.parse(entry), context, onEnd);
		else (child(node, first).pending ??= []).push(entry, insertion);
	}
	return result;
}

// Without the g flag a RegExp keeps no state, so every node testing the same word shares one.
const regexes = new Map<string, RegExp>();

/**
 * A word with `#` or `*`, tested against the draft's word, and where it leads. Most are a stem and `*`
 * ("staffroom*"): they carry the stem, and a `startsWith` does the regex's work.
 */
export interface PatternEdge {
	readonly regex: RegExp;
	readonly stem: string | undefined;
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
	node.patterns.set(source, (entry = { regex, stem: stemOf(elements), node: createWordNode() }));
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

/** The letters before a final `*` when that is all the word is ("observ*" → "observ"), else undefined. */
function stemOf(elements: readonly TermElement[]): string | undefined {
	if (elements.length < 2 || elements.at(-1) !== ANY_ENDING) return undefined;
	const stem = elements.slice(0, -1);
	return stem.every((e) => typeof e === 'string') ? stem.join('') : undefined;
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
