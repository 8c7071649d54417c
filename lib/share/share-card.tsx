import { ImageResponse } from "next/og";
import { qrDataUrl } from "./qr.ts";
import { loadShareFonts, SHARE_FONT_FAMILY } from "./share-font.ts";

/**
 * A share card: a PNG rendered on the server with Satori (`next/og`) in the letters' CJK font.
 * Anything worth posting to a WeChat group (an activity, later a resident's need) fills the same
 * frame: whose it is, what kind, the title, a few facts, one highlighted line and a QR code.
 *
 * Two formats: `card` (portrait, 1080×1440: a chat shows it large and a phone saves it whole) and
 * `og` (1200×630, the Open Graph size link previews crop to).
 */
export type ShareCardInput = {
  /** who posts it: the community's name */
  eyebrow: string;
  /** what kind of thing: 社区活动, 群众需求… */
  kind: string;
  title: string;
  lines: { label: string; value: string }[];
  /** one line in the accent colour: places left, how many helpers still wanted… */
  highlight?: string;
  /** what the QR code opens */
  qrUrl: string;
  /** under the QR code: 扫码查看并报名 */
  qrCaption: string;
  /** bottom line: the app's name */
  footer: string;
};

export type ShareCardFormat = "card" | "og";

export const SHARE_CARD_SIZE: Record<ShareCardFormat, { width: number; height: number }> = {
  card: { width: 1080, height: 1440 },
  og: { width: 1200, height: 630 },
};

const ACCENT = "#b91c1c";
const INK = "#111827";
const MUTED = "#4b5563";
/** Satori lays out strings, it does not cut them: a title longer than this is shortened with … */
const TITLE_MAX = 48;

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

export async function renderShareCard(
  input: ShareCardInput,
  format: ShareCardFormat,
  init: { headers?: Record<string, string> } = {},
): Promise<ImageResponse> {
  const [fonts, qr] = await Promise.all([loadShareFonts(), qrDataUrl(input.qrUrl, format === "card" ? 420 : 300)]);
  const size = SHARE_CARD_SIZE[format];
  const element = format === "card" ? <PortraitCard input={input} qr={qr} /> : <LandscapeCard input={input} qr={qr} />;
  return new ImageResponse(element, {
    ...size,
    fonts,
    headers: { "Cache-Control": "no-store", ...init.headers },
  });
}

function Facts({ input, fontSize }: { input: ShareCardInput; fontSize: number }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", width: "100%", gap: fontSize * 0.45 }}>
      {input.lines.map((line) => (
        <div key={line.label} style={{ display: "flex", width: "100%", fontSize, color: INK, lineHeight: 1.35 }}>
          <span style={{ color: MUTED, width: fontSize * 3.2, flexShrink: 0 }}>{line.label}</span>
          <span style={{ display: "flex", flex: 1, minWidth: 0 }}>{line.value}</span>
        </div>
      ))}
    </div>
  );
}

function PortraitCard({ input, qr }: { input: ShareCardInput; qr: string }) {
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        background: "#ffffff",
        fontFamily: SHARE_FONT_FAMILY,
        color: INK,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column", background: ACCENT, color: "#ffffff", padding: "56px 72px 48px" }}>
        <div style={{ fontSize: 36, opacity: 0.9 }}>{clip(input.eyebrow, 24)}</div>
        <div style={{ fontSize: 30, marginTop: 8, opacity: 0.85 }}>{input.kind}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "56px 72px 40px" }}>
        <div style={{ display: "flex", width: "100%", fontSize: 68, fontWeight: 700, lineHeight: 1.25 }}>
          {clip(input.title, TITLE_MAX)}
        </div>
        <div style={{ display: "flex", width: "100%", marginTop: 44 }}>
          <Facts input={input} fontSize={38} />
        </div>
        {input.highlight ? (
          <div style={{ display: "flex", marginTop: 36, fontSize: 44, fontWeight: 700, color: ACCENT }}>{input.highlight}</div>
        ) : null}
        <div style={{ display: "flex", flex: 1, alignItems: "flex-end", justifyContent: "space-between", marginTop: 32 }}>
          <div style={{ display: "flex", flexDirection: "column", fontSize: 30, color: MUTED, maxWidth: 460 }}>
            <span>{input.qrCaption}</span>
            <span style={{ marginTop: 16, fontSize: 26 }}>{input.footer}</span>
          </div>
          {/* eslint-disable-next-line @next/next/no-img-element -- Satori draws plain <img> */}
          <img src={qr} width={380} height={380} alt="" />
        </div>
      </div>
    </div>
  );
}

function LandscapeCard({ input, qr }: { input: ShareCardInput; qr: string }) {
  return (
    <div
      style={{
        display: "flex",
        width: "100%",
        height: "100%",
        background: "#ffffff",
        fontFamily: SHARE_FONT_FAMILY,
        color: INK,
        borderTop: `24px solid ${ACCENT}`,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column", flex: 1, minWidth: 0, padding: "40px 48px" }}>
        <div style={{ display: "flex", fontSize: 28, color: ACCENT }}>{`${clip(input.eyebrow, 20)} · ${input.kind}`}</div>
        <div style={{ display: "flex", width: "100%", fontSize: 52, fontWeight: 700, lineHeight: 1.25, marginTop: 16 }}>
          {clip(input.title, 30)}
        </div>
        <div style={{ display: "flex", width: "100%", marginTop: 28 }}>
          <Facts input={input} fontSize={30} />
        </div>
        {input.highlight ? (
          <div style={{ display: "flex", marginTop: 20, fontSize: 34, fontWeight: 700, color: ACCENT }}>{input.highlight}</div>
        ) : null}
      </div>
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          alignItems: "center",
          justifyContent: "center",
          width: 360,
          padding: "0 40px",
          fontSize: 24,
          color: MUTED,
        }}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- Satori draws plain <img> */}
        <img src={qr} width={280} height={280} alt="" />
        <span style={{ marginTop: 16, textAlign: "center" }}>{input.qrCaption}</span>
      </div>
    </div>
  );
}
