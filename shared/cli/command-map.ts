/** A CLI command: takes its own arguments, returns the exit code (0 ok, 1 failures, 2 usage). */
export interface Command {
	usage: string;
	run(argv: string[]): Promise<number>;
}

/**
 * Every `rules` command, one file each, loaded on demand so `check` never pays for the signing code.
 * Add a command here and nowhere else.
 */
export const COMMANDS: Record<string, () => Promise<Command>> = {
	check: async () => import('./commands/check').then((m) => ({ usage: m.checkUsage, run: m.checkCommand })),
	validate: async () =>
		import('./commands/validate').then((m) => ({ usage: m.validateUsage, run: m.validateCommand })),
	test: async () => import('./commands/test').then((m) => ({ usage: m.testUsage, run: m.testCommand })),
	build: async () => import('./commands/build').then((m) => ({ usage: m.buildUsage, run: m.buildCommand })),
	keygen: async () =>
		import('./commands/keygen').then((m) => ({ usage: m.keygenUsage, run: m.keygenCommand })),
	sign: async () => import('./commands/sign').then((m) => ({ usage: m.signUsage, run: m.signCommand })),
	verify: async () =>
		import('./commands/verify').then((m) => ({ usage: m.verifyUsage, run: m.verifyCommand })),
	train: async () => import('./commands/train').then((m) => ({ usage: m.trainUsage, run: m.trainCommand })),
	diff: async () => import('./commands/diff').then((m) => ({ usage: m.diffUsage, run: m.diffCommand })),
};
