// Every role of one tenant, signed in, asks for every address of every resource of another
// tenant (its street, community, grid, building, work unit, member, activity, menu item, letter,
// letters PDF job, roster upload):
// each answer is 403 or 404, and none carries the other tenant's names, phones or serials.
import { expect, signInAs, test, type Tenant } from "./fixtures";

const ROLES = ["admin", "secretary", "member", "unitAdmin"] as const;

/** Every page, file and JSON address that names one of the tenant's rows. */
function addressesOf(t: Tenant) {
  return [
    `/admin/orgs/${t.street.id}`,
    `/admin/orgs/${t.community.id}`,
    `/admin/orgs/${t.grid.id}`,
    `/admin/orgs/${t.building.id}`,
    `/admin/units/${t.unit.id}`,
    `/community/buildings/${t.building.id}`,
    `/community/members/${t.member.memberId}`,
    `/community/activities/${t.activity.id}`,
    `/community/activities/${t.activity.id}/edit`,
    `/community/activities/${t.activity.id}/checkin`,
    `/community/activities/${t.activity.id}/checkin/code`,
    `/community/menu/items/${t.item.id}`,
    `/community/letters/${t.letter.id}`,
    `/community/letters/${t.letter.id}/print`,
    `/community/letters/${t.letter.id}/pdf`,
    `/community/letters/pdf-jobs/${t.pdfJob.id}`,
    `/community/letters/pdf-jobs/${t.pdfJob.id}/file`,
    `/community/roster/import?batch=${t.importBatch.id}`,
    `/community/roster/import?batch=${t.importBatch.id}&show=error`,
    `/me/activities/${t.activity.id}`,
    `/unit/members/${t.member.memberId}`,
    `/unit/letters/${t.letter.id}`,
    `/unit/letters/${t.letter.id}/print`,
    `/unit/letters/${t.letter.id}/pdf`,
  ];
}

/**
 * The check-in page is what a scanned poster opens: it explains itself in the page (200: "this
 * activity is not in your community", or "switch to your member role") instead of the bare 404,
 * so it is held to the second rule only: nothing of the other tenant in the answer.
 */
const EXPLAINED = (t: Tenant) => [`/checkin/${t.activity.id}`, `/checkin/${t.activity.id}?t=1.forged`];

/** What of the other tenant must never reach a stranger. */
function secretsOf(t: Tenant) {
  return [
    t.tag,
    t.member.name,
    t.member.phone,
    t.secretary.phone,
    t.unitAdmin.phone,
    t.activity.title,
    t.item.title,
    t.letter.serial,
    t.letter.verifyCode,
    t.importBatch.fileName,
  ];
}

for (const role of ROLES) {
  test(`${role} of one tenant gets 403 or 404, and nothing of it, for every address of another tenant`, async ({
    page,
    tenant,
    otherTenant,
  }) => {
    await signInAs(page, tenant[role]);
    const secrets = secretsOf(otherTenant);
    for (const address of addressesOf(otherTenant)) {
      const response = await page.request.get(address, { maxRedirects: 0 });
      expect([403, 404], `${role} ${address}`).toContain(response.status());
      const body = await response.text();
      for (const secret of secrets) expect(body.includes(secret), `${role} ${address} shows ${secret}`).toBe(false);
    }
    for (const address of EXPLAINED(otherTenant)) {
      const response = await page.request.get(address, { maxRedirects: 0 });
      expect([200, 403, 404], `${role} ${address}`).toContain(response.status());
      const body = await response.text();
      for (const secret of secrets) expect(body.includes(secret), `${role} ${address} shows ${secret}`).toBe(false);
    }

    // the same addresses with the tenant's own ids answer (the check above is not vacuous)
    const own = await page.request.get(
      {
        admin: `/admin/orgs/${tenant.community.id}`,
        secretary: `/community/members/${tenant.member.memberId}`,
        member: `/me/activities/${tenant.activity.id}`,
        unitAdmin: `/unit/letters/${tenant.letter.id}`,
      }[role],
    );
    expect(own.status(), `${role} own resource`).toBe(200);
  });
}
