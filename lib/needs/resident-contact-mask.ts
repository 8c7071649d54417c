import { maskPhone } from "../privacy/phone.ts";

/**
 * A resident's contact as anyone but the secretary and the claimants sees it (issue 9 item 10):
 * the family name only, the phone masked, the room hidden. Erased contacts stay null.
 */
export function maskedResidentContact(need: { residentName: string | null; residentPhone: string | null; room: string | null }) {
  return {
    residentName: need.residentName ? `${[...need.residentName][0]}*` : null,
    residentPhone: need.residentPhone ? maskPhone(need.residentPhone) : null,
    room: need.room ? "***" : null,
  };
}
