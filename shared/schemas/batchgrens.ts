/**
 * The size limit of the batch contract, without any schema library, so the add-in's client splits by it and its
 * bundle carries no validator.
 */

/** Upper bound on calls in one batch; the API answers 413 beyond it, the add-in splits below it. */
export const MAX_AANROEPEN_PER_BATCH = 20000;
