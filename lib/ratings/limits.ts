// Lengths the objection forms (client components) show and enforce, without zod (decision 082);
// lib/ratings/schema.ts re-exports them.
export const REASON_MAX = 500;
export const ANSWER_MAX = 500;
