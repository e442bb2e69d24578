/** Every clause id of CLAUSES.md. The ids are a contract: never rename one, only add. */
export const CLAUSE_IDS = [
	'reputation',
	'confidential',
	'personal-data',
	'harassment',
	'offensive',
	'discrimination',
	'consent',
	'references',
	'brand',
	'affiliation',
	'official-voice',
	'media',
	'legal-proceedings',
	'misleading',
	'safeguarding',
	'photos',
	'copyright',
	'working-time',
	'work-email',
	'profile-employment',
] as const;

/** A clause id of CLAUSES.md. */
export type ClauseId = (typeof CLAUSE_IDS)[number];
