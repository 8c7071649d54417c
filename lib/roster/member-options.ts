// The member fields' choices, without zod: client components import them from here, so a page's
// JavaScript does not carry the validation library (decision 082). lib/roster/roster-filter.ts re-exports them.
export const AVAILABILITY = ["WEEKDAY_DAY", "WEEKDAY_EVENING", "WEEKEND"] as const;
export const MEMBER_KINDS = ["IN_SERVICE", "RESIDENT", "RETIRED"] as const;
export const MEMBER_STATUSES = ["PENDING", "ACTIVE", "REJECTED", "MOVED_OUT"] as const;
