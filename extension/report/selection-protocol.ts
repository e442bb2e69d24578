import { z } from 'zod';

/** The longest selection a content script hands back for a report. */
export const MAX_SELECTION_CHARS = 5000;

/** The background asks the content script of a tab what the person has selected (only for a report they asked for). */
export const GetSelectionRequestSchema = z.object({ kind: z.literal('getSelection') });
export type GetSelectionRequest = z.infer<typeof GetSelectionRequestSchema>;

export const SelectionAnswerSchema = z.object({ text: z.string().max(MAX_SELECTION_CHARS) });
export type SelectionAnswer = z.infer<typeof SelectionAnswerSchema>;
