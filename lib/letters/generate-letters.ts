import type { Actor } from "../auth/actor.ts";
import { authorize } from "../auth/authorize.ts";
import { db, type Prisma, type Tx } from "../db.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { classifyMembers } from "./letter-candidates.ts";
import { formatSerial, isLetterYear, newVerifyCode, serialPrefixes, serialSeq } from "./letter-rules.ts";
import { snapshotsFor } from "./letter-snapshot.ts";
import { standardBody } from "./letter-text.ts";
import type { GenerateSummary } from "./schema.ts";

/**
 * The shortest serial prefix that no other community uses yet. A community keeps the prefix of
 * its earlier letters, so its serials stay one series.
 */
async function serialPrefix(tx: Tx, communityId: string, existingSerials: string[]): Promise<string> {
  const prefixes = serialPrefixes(communityId);
  const own = prefixes.find((p) => existingSerials.some((s) => s.startsWith(`${p}-`)));
  if (own) return own;
  const ownEver = await tx.thankYouLetter.findFirst({
    where: { communityId },
    orderBy: { generatedAt: "asc" },
    select: { serial: true },
  });
  const kept = ownEver && prefixes.find((p) => ownEver.serial.startsWith(`${p}-`));
  if (kept) return kept;
  for (const prefix of prefixes) {
    const taken = await tx.thankYouLetter.findFirst({
      where: { serial: { startsWith: `${prefix}-` }, communityId: { not: communityId } },
      select: { id: true },
    });
    if (!taken) return prefix;
  }
  return prefixes[prefixes.length - 1];
}

/**
 * Writes the year's letters of thanks: one per member with at least the community's threshold of
 * confirmed activities in the year and an employer to write to. Idempotent: a member who has a
 * letter for the year keeps it untouched, so a second run creates only letters for members who
 * newly qualify. Runs for one community and year are serialized by an advisory lock, so two
 * clicks at once cannot hand out the same serial numbers.
 *
 * Not authorized: `generateLetters` is the entry point for people; this one is for it and for
 * benchmarks and jobs that already know the community.
 */
export async function generateLettersForCommunity(options: {
  communityId: string;
  year: number;
  actorId: string | null;
}): Promise<GenerateSummary> {
  const { communityId, year } = options;
  if (!isLetterYear(year)) throw new UserFacingError("letters.badYear");
  const community = await db().organization.findFirst({
    where: { id: communityId, kind: "COMMUNITY" },
    select: { id: true, name: true },
  });
  if (!community) throw new NotFoundError();
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`letters:${communityId}:${year}`}, 0))`;
      const plan = await classifyMembers(tx, communityId, year);
      const summary: GenerateSummary = {
        year,
        threshold: plan.threshold,
        created: 0,
        existing: plan.existing.length,
        noAddressee: plan.noAddressee,
        belowThreshold: plan.belowThreshold,
      };
      if (!plan.toCreate.length) return summary;

      const serials = plan.existing.map((l) => l.serial);
      const prefix = await serialPrefix(tx, communityId, serials);
      let seq = serials.reduce((max, s) => Math.max(max, serialSeq(s)), 0);
      const snapshots = await snapshotsFor(
        tx,
        communityId,
        year,
        plan.toCreate.map((c) => c.member.id),
      );
      const now = new Date();
      const data: Prisma.ThankYouLetterCreateManyInput[] = [];
      for (const candidate of plan.toCreate) {
        const snapshot = snapshots.get(candidate.member.id);
        if (!snapshot?.activityCount) continue;
        seq += 1;
        data.push({
          serial: formatSerial(prefix, year, seq),
          verifyCode: newVerifyCode(),
          communityId,
          memberId: candidate.member.id,
          year,
          workUnitId: candidate.workUnitId,
          addressee: candidate.addressee,
          employerName: candidate.employerName,
          services: snapshot.services,
          activityCount: snapshot.activityCount,
          totalHours: snapshot.totalHours,
          stars: snapshot.stars,
          body: standardBody({ community: community.name, name: candidate.member.name }, plan.closing),
          generatedAt: now,
        });
      }
      // (memberId, year), serial and verifyCode are unique; the lock and the check above make a
      // conflict impossible, and if one ever happens the run fails whole instead of losing a letter
      const created = await tx.thankYouLetter.createManyAndReturn({
        data,
        skipDuplicates: true,
        select: {
          id: true,
          serial: true,
          memberId: true,
          addressee: true,
          workUnitId: true,
          activityCount: true,
          totalHours: true,
        },
      });
      if (created.length !== data.length)
        throw new Error(`letters: ${data.length - created.length} of ${data.length} letters conflicted with existing rows`);
      await tx.auditEvent.createMany({
        data: created.map((letter) => ({
          actorId: options.actorId,
          action: "letter.generate",
          entityType: "ThankYouLetter",
          entityId: letter.id,
          scopeOrgId: communityId,
          after: {
            year,
            serial: letter.serial,
            memberId: letter.memberId,
            addressee: letter.addressee,
            workUnitId: letter.workUnitId,
            activityCount: letter.activityCount,
            totalHours: Number(letter.totalHours),
          },
        })),
      });
      summary.created = created.length;
      return summary;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

export type GenerateLettersOptions = { actor: Actor; input: { year: number } };

/** The secretary generates the letters of a year for their own community. */
export async function generateLetters({ actor, input }: GenerateLettersOptions): Promise<GenerateSummary> {
  const community = authorize(actor, "letters.manage");
  return generateLettersForCommunity({ communityId: community.orgId, year: input.year, actorId: actor.userId });
}
