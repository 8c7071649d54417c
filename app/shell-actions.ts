import type { ShellActions } from "@/components/shell/shell-actions";
import { setLocaleAction, signOutAction, switchRoleAction } from "./actions";

/** What every layout hands its shell: the header's role switch, sign-out and language buttons. */
export const shellActions: ShellActions = { switchRole: switchRoleAction, signOut: signOutAction, setLocale: setLocaleAction };
