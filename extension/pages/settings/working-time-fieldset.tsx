import { WEEKDAYS, type Weekday } from '../../storage/settings';
import type { SectionProps } from './settings-page';

const DAY_NAMES: Record<Weekday, string> = {
	mon: 'Monday',
	tue: 'Tuesday',
	wed: 'Wednesday',
	thu: 'Thursday',
	fri: 'Friday',
	sat: 'Saturday',
	sun: 'Sunday',
};

/** Working-time reminders (the policy: no personal social media in working time) and the person's own hours. */
export function WorkingTimeFieldset({ settings, save }: SectionProps) {
	const { workingTime } = settings;
	const setTime = (key: 'start' | 'end', value: string) => {
		if (/^\d{2}:\d{2}$/.test(value))
			void save((s) => ({ ...s, workingTime: { ...s.workingTime, [key]: value } }));
	};
	const toggleDay = (day: Weekday, on: boolean) =>
		void save((s) => ({
			...s,
			workingTime: {
				...s.workingTime,
				days: WEEKDAYS.filter((d) => (d === day ? on : s.workingTime.days.includes(d))),
			},
		}));
	return (
		<fieldset class="card">
			<legend>Working time</legend>
			<label class="check">
				<input
					type="checkbox"
					checked={workingTime.reminders}
					onChange={(e) => {
						const reminders = e.currentTarget.checked;
						void save((s) => ({ ...s, workingTime: { ...s.workingTime, reminders } }));
					}}
				/>
				Remind me when I write a post during my working hours
			</label>
			<fieldset class="inner" disabled={!workingTime.reminders}>
				<legend>My working hours</legend>
				<div class="row">
					<div class="field">
						<label for="wt-start">From</label>
						<input
							id="wt-start"
							type="time"
							value={workingTime.start}
							onChange={(e) => setTime('start', e.currentTarget.value)}
						/>
					</div>
					<div class="field">
						<label for="wt-end">To</label>
						<input
							id="wt-end"
							type="time"
							value={workingTime.end}
							onChange={(e) => setTime('end', e.currentTarget.value)}
						/>
					</div>
				</div>
				<div class="checks days">
					{WEEKDAYS.map((day) => (
						<label key={day} class="check">
							<input
								type="checkbox"
								checked={workingTime.days.includes(day)}
								onChange={(e) => toggleDay(day, e.currentTarget.checked)}
							/>
							{DAY_NAMES[day]}
						</label>
					))}
				</div>
			</fieldset>
		</fieldset>
	);
}
