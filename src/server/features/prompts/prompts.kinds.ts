import { AppError } from '../../lib/errors.js';
import type { Practice } from '../items/kinds.js';

/**
 * The prompt of the day: an answer is saved only through the prompt, whose rule holds the
 * partner's key until both have answered (prompts.service.ts), so it is never shared by hand.
 */
export const promptsPractice: Practice = {
  name: 'prompts',
  kinds: {
    prompt_answer: {
      createOnlyViaPractice: { message: 'Answers to the prompt of the day are saved through the prompt.', hint: 'Use the prompt.' },
      checkShare: () => Promise.reject(new AppError(409, 'forbidden', 'Prompt answers are shown to both of you together, once you have both answered.')),
    },
  },
};
