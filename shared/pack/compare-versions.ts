/**
 * Compares two semver versions (`1.2.3`, `1.2.3-rc.1`): negative when `a` is older, 0 when equal, positive when
 * newer. A pre-release is older than its release; build metadata is ignored. Returns `NaN` when either is not
 * a version.
 * @example compareVersions('1.10.0', '1.9.9') > 0 // true
 */
export function compareVersions(a: string, b: string): number {
	const left = parseVersion(a);
	const right = parseVersion(b);
	if (!left || !right) return Number.NaN;
	for (let i = 0; i < 3; i++) {
		const diff = (left.core[i] ?? 0) - (right.core[i] ?? 0);
		if (diff !== 0) return Math.sign(diff);
	}
	return comparePreRelease(left.pre, right.pre);
}

function parseVersion(text: string): { core: number[]; pre: string[] } | undefined {
	const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
		text.trim(),
	);
	if (!match) return undefined;
	return {
		core: [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)],
		pre: match[4] ? match[4].split('.') : [],
	};
}

function comparePreRelease(a: string[], b: string[]): number {
	if (a.length === 0 || b.length === 0) return Math.sign(b.length - a.length);
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const x = a[i];
		const y = b[i];
		if (x === undefined) return -1;
		if (y === undefined) return 1;
		if (x === y) continue;
		const xn = /^\d+$/.test(x);
		const yn = /^\d+$/.test(y);
		if (xn && yn) return Math.sign(Number(x) - Number(y));
		if (xn !== yn) return xn ? -1 : 1;
		return x < y ? -1 : 1;
	}
	return 0;
}
