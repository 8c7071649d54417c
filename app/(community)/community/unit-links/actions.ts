"use server";

import { action } from "@/lib/actions/action";
import { confirmUnitLinks } from "@/lib/members/confirm-unit-links";
import { dismissUnitLinks } from "@/lib/members/dismiss-unit-links";
import { confirmUnitLinksSchema, dismissUnitLinksSchema } from "@/lib/members/schema";

export const confirmUnitLinksAction = action({
  permission: "unitLinks.confirm",
  schema: confirmUnitLinksSchema,
  successMessage: "trust.links.confirmed",
  run: ({ actor, input }) => confirmUnitLinks({ actor, input }),
  revalidate: [["/community", "layout"]],
});

export const dismissUnitLinksAction = action({
  permission: "unitLinks.confirm",
  schema: dismissUnitLinksSchema,
  successMessage: "trust.links.dismissed",
  run: ({ actor, input }) => dismissUnitLinks({ actor, input }),
  revalidate: [["/community", "layout"]],
});
