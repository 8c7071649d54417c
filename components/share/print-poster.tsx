import type { ReactNode } from "react";

/**
 * An A4 poster for a noticeboard: who puts it up, a headline, a lead, numbered steps, a large QR
 * code with its caption, and the address written out for those who cannot scan. Generic: the
 * registration poster fills it for a community, a need poster can fill it for a need.
 * Its print CSS is POSTER_CSS (rendered by PosterStyles in the print layout).
 */
export function PrintPoster({
  org,
  kicker,
  title,
  lead,
  steps,
  qrSvg,
  qrCaption,
  url,
  urlNote,
  footer,
}: {
  org: string;
  kicker: string;
  title: string;
  lead: string;
  steps: string[];
  qrSvg: string;
  qrCaption: string;
  url: string;
  urlNote: string;
  footer?: ReactNode;
}) {
  return (
    <article className="poster-sheet" lang="zh-CN">
      <header className="poster-head">
        <p className="poster-org">{org}</p>
        <p className="poster-kicker">{kicker}</p>
      </header>
      <h1 className="poster-title">{title}</h1>
      <p className="poster-lead">{lead}</p>
      <figure className="poster-qr">
        {/* the SVG comes from the qrcode package, not from user input */}
        <div className="poster-qr-code" role="img" aria-label={qrCaption} dangerouslySetInnerHTML={{ __html: qrSvg }} />
        <figcaption className="poster-qr-caption">{qrCaption}</figcaption>
      </figure>
      <ol className="poster-steps">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="poster-url">
        {urlNote}
        <br />
        <span className="poster-url-text">{url}</span>
      </p>
      {footer ? <footer className="poster-footer">{footer}</footer> : null}
    </article>
  );
}

export const POSTER_CSS = `
:where(.poster-sheet) :where(p, h1, figure, ol) { margin: 0; }
.poster-sheet { box-sizing: border-box; width: 210mm; max-width: 100%; min-height: 297mm; margin: 0 auto; padding: 16mm 18mm;
  background: #fff; color: #111; display: flex; flex-direction: column; align-items: center; text-align: center;
  font-family: "Noto Serif SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", serif; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
.poster-head { width: 100%; border-bottom: 3pt solid #b91c1c; padding-bottom: 6mm; }
.poster-org { color: #b91c1c; font-size: 24pt; font-weight: 700; letter-spacing: .1em; line-height: 1.3; }
.poster-kicker { margin-top: 2mm; font-size: 15pt; color: #333; }
.poster-title { margin-top: 10mm; font-size: 44pt; font-weight: 700; color: #b91c1c; letter-spacing: .15em; line-height: 1.2; }
.poster-lead { margin-top: 6mm; max-width: 150mm; font-size: 15pt; line-height: 1.7; text-align: left; }
.poster-qr { margin-top: 8mm; }
.poster-qr-code { width: 95mm; height: 95mm; margin: 0 auto; padding: 4mm; border: 1pt solid #b91c1c; background: #fff; }
.poster-qr-code svg { width: 100%; height: 100%; display: block; }
.poster-qr-caption { margin-top: 3mm; font-size: 16pt; font-weight: 700; }
.poster-steps { margin-top: 8mm; padding-left: 8mm; list-style: decimal; font-size: 14pt; line-height: 1.9; text-align: left; }
.poster-url { margin-top: auto; padding-top: 6mm; font-size: 10pt; color: #444; line-height: 1.5; }
.poster-url-text { font-family: ui-monospace, monospace; word-break: break-all; }
.poster-footer { margin-top: 3mm; font-size: 10pt; color: #444; }
@page { size: A4; margin: 0; }
@media print {
  html, body { background: #fff !important; }
  .no-print { display: none !important; }
  .poster-sheet { width: 210mm; height: 297mm; min-height: 0; margin: 0; box-shadow: none; break-after: page; overflow: hidden; }
  .poster-sheet:last-of-type { break-after: auto; }
}
`;

export function PosterStyles() {
  return <style>{POSTER_CSS}</style>;
}
