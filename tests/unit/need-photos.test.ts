import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { UserFacingError } from "@/lib/errors";
import { FilePhotoStore, NEED_PHOTO_MAX_BYTES, newPhotoKey, preparePhoto, sniffImageType } from "@/lib/needs/photo-store";

/** A photo as a phone takes it: 1200×800 JPEG with camera EXIF and a GPS position. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: "#3366aa" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestPhone", Model: "Model X", Copyright: "居民" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "31/1 14/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "121/1 28/1 0/1" },
    })
    .toBuffer();
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserFacingError) return error.fieldErrors?.photos ?? error.messageKey;
    throw error;
  }
  throw new Error("expected a refusal");
}

const file = (bytes: Buffer | string, name: string, type: string) =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });

describe("need photos are checked by content and re-encoded", () => {
  it("strips EXIF and the GPS position, keeps the picture", async () => {
    const original = await phonePhoto();
    const before = await sharp(original).metadata();
    expect(before.exif?.toString("latin1")).toContain("TestPhone");
    expect(before.exif!.length).toBeGreaterThan(50);
    const prepared = await preparePhoto(file(original, "IMG_0001.jpg", "image/jpeg"));
    const after = await sharp(prepared.bytes).metadata();
    expect(after.format).toBe("jpeg");
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(prepared.bytes.includes(Buffer.from("TestPhone"))).toBe(false);
    expect([prepared.width, prepared.height]).toEqual([1200, 800]);
  });

  it("refuses a renamed non-image, whatever its name and declared type", async () => {
    const text = file("%PDF-1.4 not a photo at all", "photo.jpg", "image/jpeg");
    expect(await refusal(preparePhoto(text))).toBe("needsPublic.photo.notImage");
    const script = file("<svg onload=alert(1)></svg>", "wish.png", "image/png");
    expect(await refusal(preparePhoto(script))).toBe("needsPublic.photo.notImage");
  });

  it("refuses an image whose content is cut off after a valid header", async () => {
    const original = await phonePhoto();
    const broken = file(original.subarray(0, 40), "cut.jpg", "image/jpeg");
    expect(await refusal(preparePhoto(broken))).toBe("needsPublic.photo.notImage");
  });

  it("refuses a photo over the size limit and an empty one", async () => {
    const big = Buffer.concat([await phonePhoto(), Buffer.alloc(NEED_PHOTO_MAX_BYTES)]);
    expect(await refusal(preparePhoto(file(big, "big.jpg", "image/jpeg")))).toBe("needsPublic.photo.tooLarge");
    expect(await refusal(preparePhoto(file(Buffer.alloc(0), "empty.jpg", "image/jpeg")))).toBe("needsPublic.photo.empty");
  });

  it("accepts PNG and WebP by content (stored as JPEG) and scales large ones down", async () => {
    const png = await sharp({ create: { width: 3000, height: 1000, channels: 4, background: "#ff000080" } })
      .png()
      .toBuffer();
    const prepared = await preparePhoto(file(png, "screenshot.dat", "application/octet-stream"));
    expect(prepared.contentType).toBe("image/jpeg");
    expect([prepared.width, prepared.height]).toEqual([1600, 533]);
    const webp = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#00ff00" } })
      .webp()
      .toBuffer();
    expect(sniffImageType(webp)).toBe("webp");
    expect((await preparePhoto(file(webp, "x.webp", "image/webp"))).width).toBe(20);
  });
});

describe("the file photo store", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("stores, reads and deletes by key, one folder per need, and refuses keys it did not make", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "need-photos-"));
    dirs.push(root);
    const store = new FilePhotoStore(root);
    const key = newPhotoKey("0190f0c4-0000-7000-8000-000000000001");
    await store.put(key, Buffer.from("jpeg bytes"));
    expect((await store.get(key))?.toString()).toBe("jpeg bytes");
    expect(await readdir(root)).toEqual(["0190f0c4-0000-7000-8000-000000000001"]);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await store.delete(key);
    await expect(store.get("../../etc/passwd")).rejects.toThrow("bad photo key");
  });
});
