import policyText from '../../../rules/policy.txt?raw';

/** The school's social media policy, word for word, as plain text. */
export function PolicyPage() {
	return (
		<>
			<h1 tabIndex={-1}>The full policy</h1>
			<p class="lead">
				Your school's staff social media policy, word for word. Every note Second Look shows quotes it; the{' '}
				<a href="#/clauses">clause library</a> explains each part.
			</p>
			<div class="card policy-text" data-testid="policy-text">
				{policyText}
			</div>
		</>
	);
}
