import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { FilePhotoStore } from "@/lib/needs/photo-store";
import { uniquePhone } from "@/prisma/factories";

/** A photo store in a fresh temporary folder (and the folder, to look inside). */
export async function tempPhotoStore() {
  const root = await mkdtemp(path.join(tmpdir(), "need-photos-it-"));
  return { root, store: new FilePhotoStore(root) };
}

/** A JPEG as a phone takes it, with camera EXIF and a GPS position. */
export async function phonePhoto(): Promise<File> {
  const bytes = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#aa3333" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestPhone" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "31/1 14/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "121/1 28/1 0/1" },
    })
    .toBuffer();
  return new File([new Uint8Array(bytes)], "IMG_2001.jpg", { type: "image/jpeg" });
}

/** The need form's fields as a browser posts them (photos appended separately). */
export function needFormData(values: Record<string, string | string[]>, photos: File[] = []): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values))
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  if (photos.length) for (const photo of photos) data.append("photos", photo);
  else data.append("photos", new File([], "", { type: "application/octet-stream" }));
  return data;
}

export function validNeedValues(options: { communityId: string; categoryId: string; buildingId?: string; phone?: string }) {
  return {
    communityId: options.communityId,
    kind: "WISH",
    categoryId: options.categoryId,
    content: "想要一台旧收音机，听戏用",
    wantedWhen: "周末",
    buildingId: options.buildingId ?? "",
    room: "302",
    residentName: "王阿姨",
    residentPhone: options.phone ?? uniquePhone(),
    consent: "on",
  };
}
