import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { env } from "../env.ts";
import { UserFacingError } from "../errors.ts";

/** At most this many photos per need (the resident's request, or a claimant's "done" report). */
export const NEED_PHOTO_MAX_COUNT = 3;
/** Each photo as uploaded; the server action's body limit (8 MB) caps the three together. */
export const NEED_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Longest side after re-encoding: enough to see what is meant, small enough for a phone. */
export const NEED_PHOTO_MAX_SIDE = 1600;
/** Larger images are refused before decoding (a decompression bomb would take the process's memory). */
const MAX_INPUT_PIXELS = 50_000_000;

/**
 * Where photos live. The default keeps files under `.data/needs-photos`; an object store (OSS, S3,
 * MinIO) replaces it by implementing these three calls. Keys are made here, never from user input.
 */
export interface PhotoStore {
  /** bytes are always a re-encoded JPEG (preparePhoto) */
  put(key: string, bytes: Buffer): Promise<void>;
  /** null when there is no such photo (erased, or never stored) */
  get(key: string): Promise<Buffer | null>;
  /** deleting a photo that is already gone is not an error */
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9-]{1,64}\/[A-Za-z0-9_-]{22}\.jpg$/;

/** A new storage key for a photo of a need: `<needId>/<random>.jpg`. */
export function newPhotoKey(needId: string): string {
  return `${needId}/${randomBytes(16).toString("base64url")}.jpg`;
}

export function isPhotoKey(key: string): boolean {
  return KEY.test(key);
}

/** Files in one directory (one folder per need). */
export class FilePhotoStore implements PhotoStore {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    if (!isPhotoKey(key)) throw new Error("bad photo key");
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes, { flag: "wx" });
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.file(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}

let store: PhotoStore | undefined;

/** The portal's photo store: files under NEED_PHOTOS_DIR (default `.data/needs-photos`). */
export function needPhotoStore(): PhotoStore {
  store ??= new FilePhotoStore(path.resolve(process.cwd(), env().NEED_PHOTOS_DIR ?? ".data/needs-photos"));
  return store;
}

export type PreparedPhoto = { bytes: Buffer; contentType: "image/jpeg"; width: number; height: number };

/** What the content starts with, whatever the file is called: JPEG, PNG or WebP. */
export function sniffImageType(head: Uint8Array): "jpeg" | "png" | "webp" | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg";
  if (head.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => head[i] === b)) return "png";
  if (
    head.length >= 12 &&
    String.fromCharCode(...head.subarray(0, 4)) === "RIFF" &&
    String.fromCharCode(...head.subarray(8, 12)) === "WEBP"
  )
    return "webp";
  return null;
}

const refuse = (key: string) => new UserFacingError("errors.checkForm", { photos: key });

/**
 * Checks one uploaded photo by its content (not its name or declared type), its size, and that it
 * decodes; then re-encodes it as JPEG, turned upright and scaled down, which drops every piece of
 * metadata (EXIF, GPS location, camera, XMP, ICC). What is stored is only what this returns.
 */
export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
  if (file.size === 0) throw refuse("needsPublic.photo.empty");
  if (file.size > NEED_PHOTO_MAX_BYTES) throw refuse("needsPublic.photo.tooLarge");
  const input = Buffer.from(await file.arrayBuffer());
  const type = sniffImageType(input.subarray(0, 16));
  if (!type) throw refuse("needsPublic.photo.notImage");
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize({ width: NEED_PHOTO_MAX_SIDE, height: NEED_PHOTO_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: "image/jpeg", width: info.width, height: info.height };
  } catch {
    throw refuse("needsPublic.photo.notImage");
  }
}
