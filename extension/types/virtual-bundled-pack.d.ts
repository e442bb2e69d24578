declare module 'virtual:bundled-pack' {
	import type { RulePack } from '../../shared/pack/schema';

	/** The rule pack built from rules/ at build time: the default until a signed update arrives. */
	const pack: RulePack;
	export default pack;
}
