import { z } from 'zod';

/* Practice 5, the prompt of the day: what an answer holds inside its encrypted content. */

/** A `prompt_answer` item's content: the words. */
export const answerContentSchema = z.object({ text: z.string() });
