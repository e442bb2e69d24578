import { plainFirstWord, plainFirstWords, type TermElement, type TermWord } from './parse-term';
import type { RootIndex } from './root-index';
import { createWordNode, type WordCall, type WordNode } from './word-node';
import { patternChild } from './word-patterns';

/**
 * Inserting terms into the word trie (nodes in word-node.ts, words with `#` or `*` in word-patterns.ts):
 * literal words, lexicons inlined where a term starts or called where it goes on, and insertion deferred
 * until a draft reaches a term's first word.
 */

/** How a waiting term is inserted (see WordNode.pending): its words from `from` on, and who is told where it ends. */
export interface Insertion {
	readonly from: number;
	readonly onEnd: OnEnd;
	readonly context: WordTrieContext;
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
	/** Lexicons inlined at this root wait there until a draft has their first words (see root-index.ts). */
	readonly rootIndex?: RootIndex;
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

/**
 * Adds a term (or lexicon entry) as written: when its first word reads without parsing (most), it waits
 * unparsed below that word until a draft reaches it; otherwise it is parsed and inserted now. `insertion`
 * (from word 1) can be shared by every term with the same `onEnd`.
 * @example addTermText(root, 'useless', { from: 1, onEnd: (end) => (end.hits ??= []).push(0), context })
 */
export function addTermText(node: WordNode, term: string, insertion: Insertion): void {
	const first = plainFirstWord(term);
	if (first === undefined)
		addWordTerm(node, insertion.context.parse(term), insertion.context, insertion.onEnd);
	else (child(node, first).pending ??= []).push(term, insertion);
}

/**
 * `addTermText` for a whole list sharing one insertion, with the first words of the list read at once
 * (`plainFirstWords`): compiling adds thousands of lexicon entries, and a waking worker interprets whatever
 * runs once per entry. @example addTermTexts(root, ['useless', 'y#s'], insertion)
 */
export function addTermTexts(node: WordNode, terms: readonly string[], insertion: Insertion): void {
	const firsts = plainFirstWords(terms);
	for (let i = 0; i < terms.length; i++) {
		const first = firsts[i];
		if (first === undefined)
			addWordTerm(node, insertion.context.parse(terms[i]!), insertion.context, insertion.onEnd);
		else (child(node, first).pending ??= []).push(terms[i]!, insertion);
	}
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
	const call: WordCall = { root, continuation: createWordNode(), top: undefined };
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
	if (context.rootIndex?.root === node && context.rootIndex.defer(name, insertion)) return result;
	addTermTexts(node, context.entries(name), insertion);
	return result;
}
