import { COMMANDS } from './command-map';

// `npm run rules -- <command> …`: argv → command, exit code back. No logic lives here.
async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	const load = name ? COMMANDS[name] : undefined;
	if (!load) {
		const usages = await Promise.all(Object.values(COMMANDS).map(async (l) => (await l()).usage));
		console.error(`usage: rules <command>\n${usages.map((u) => `  ${u}`).join('\n')}`);
		return 2;
	}
	const command = await load();
	return command.run(rest);
}

// A reader that stops early (`rules check … | head`) closes the pipe: the output was read as far as wanted,
// which is no error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') throw error;
	process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
		process.exitCode = 1;
	},
);
