export const REDEMPTION_SELECT = {
  id: true,
  status: true,
  points: true,
  requestedAt: true,
  handledAt: true,
  reward: { select: { name: true } },
  member: { select: { id: true, name: true, building: { select: { name: true } }, room: true } },
} as const;
