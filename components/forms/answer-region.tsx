"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/types";
import { ActionMessage } from "./action-message";

const ReportAnswer = createContext<((state: ActionState) => void) | null>(null);

/**
 * Where the success of a form that disappears with its row is shown (approving a registration
 * takes it out of the queue, and its form with it): the forms inside report to this box, which
 * stays on the page, shows the message and takes focus.
 */
export function AnswerRegion({ children }: { children: ReactNode }) {
  const [state, setState] = useState<ActionState>({ ok: false });
  return (
    <ReportAnswer.Provider value={setState}>
      <div className="mb-4 empty:hidden">
        <ActionMessage state={state} />
      </div>
      {children}
    </ReportAnswer.Provider>
  );
}

/** The region's reporter, or null outside a region. */
export function useReportAnswer() {
  return useContext(ReportAnswer);
}
