import type { FormAction } from "@/lib/actions/types";

/** The header's server actions, passed down by each layout (components never import actions). */
export type ShellActions = { switchRole: FormAction; signOut: FormAction; setLocale: FormAction };
